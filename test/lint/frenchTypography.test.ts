/**
 * French typography (issue #13): in French a no-break space goes before « : », « ; », « ? » and
 * « ! » ("NISS : ..."), so the sign never starts a line. Every string of the French catalogs is
 * read from the source with the TypeScript parser (string literals and the literal parts of
 * template strings, so texts built by functions are covered too) and each of those signs must
 * follow U+00A0 (no-break space) or U+202F (narrow no-break space) in the same literal part.
 *
 * Not prose, hence not checked: `://` in an address, a time or ratio between digits (`10:30`), and
 * the sign named as a character right after an opening bracket or quote (`point-virgule (;)`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

/** The French catalogs: the pane's, core's issue messages and the export page's texts. */
const FILES = ['src/taskpane/i18n/fr.ts', 'src/core/messages/fr.ts', 'src/core/exportPageTexts.ts'];

const NO_BREAK = new Set(['\u00a0', '\u202f']);

/** The literal text parts of a source file: string literals and template heads, middles, tails. */
function literalParts(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const parts: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    // Import paths and property keys are code, not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      parts.push({ text: node.text, line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return parts;
}

/** The signs in `text` not preceded by a no-break space, with a little context. */
export function missingNoBreakSpaces(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const sign = text[i] ?? '';
    if (!':;?!'.includes(sign)) continue;
    if (sign === ':' && text.slice(i, i + 3) === '://') continue;
    if (sign === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (NO_BREAK.has(text[i - 1] ?? '')) continue;
    if ('("“«'.includes(text[i - 1] ?? ' ')) continue;
    found.push(`…${text.slice(Math.max(0, i - 20), i + 1)}`);
  }
  return found;
}

/** Only the French block of a file that holds every language (exportPageTexts.ts). */
function frenchParts(file: string): { text: string; line: number }[] {
  const parts = literalParts(file);
  if (!file.endsWith('exportPageTexts.ts')) return parts;
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => /^const fr\b/.test(line)) + 1;
  const end = lines.findIndex((line, i) => i >= start && /^};/.test(line)) + 1;
  return parts.filter((part) => part.line >= start && part.line <= end);
}

test('the checker finds a missing no-break space and accepts the right ones', () => {
  expect(missingNoBreakSpaces('NISS: 85')).toEqual(['…NISS:']);
  expect(missingNoBreakSpaces('Continuer ?')).toEqual(['…Continuer ?']);
  expect(missingNoBreakSpaces('NISS\u00a0: 85\u00a0; Continuer\u202f? Oui\u00a0!')).toEqual([]);
  expect(missingNoBreakSpaces('https://example.org à 10:30, un point-virgule (;)')).toEqual([]);
});

test.each(FILES)('%s: a no-break space before every : ; ? !', (file) => {
  const parts = frenchParts(file);
  expect(parts.length).toBeGreaterThan(10);
  const missing = parts.flatMap((part) =>
    missingNoBreakSpaces(part.text).map((where) => `line ${part.line}: ${where}`),
  );
  expect(missing).toEqual([]);
});
