/**
 * Issue #12: every file of src/excel holds one concept, and docs/architecture.md ("Inside
 * `src/excel`: one concept per file") names it. This keeps the table and the folder in step: a new
 * file needs its row (its one concept), a removed or renamed file loses or changes its row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The `file` cells of the concept table: one backticked file name per row. */
function tableFiles(markdown: string): string[] {
  const start = markdown.indexOf('## Inside `src/excel`');
  if (start < 0) throw new Error('docs/architecture.md has no "Inside `src/excel`" section');
  const rows = markdown
    .slice(start)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/u.test(line));
  return rows.slice(1).flatMap((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^`([^`]+)`$/u.exec(cells[2] ?? '');
    if (file === null) throw new Error(`docs/architecture.md: a row without one file: ${line}`);
    return [file[1] as string];
  });
}

test('docs/architecture.md lists every src/excel file once, each with its concept', () => {
  const listed = tableFiles(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8'));
  const files = readdirSync(join(ROOT, 'src', 'excel')).filter((name) => name.endsWith('.ts'));
  expect([...listed].sort()).toEqual([...files].sort());
});

test('the table check fails on a file without a row and on a row without one file', () => {
  const section = '## Inside `src/excel`\n\n| concept | file |\n| --- | --- |\n| a | `a.ts` |\n';
  expect(tableFiles(section)).toEqual(['a.ts']);
  expect(tableFiles(section).sort()).not.toEqual(['a.ts', 'b.ts']);
  expect(() => tableFiles(`${section}| b | \`b.ts\`, \`c.ts\` |\n`)).toThrow(/a row without one file/u);
});
