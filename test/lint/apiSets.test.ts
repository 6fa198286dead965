/**
 * Every Excel and Office API member the add-in uses must be available in the requirement sets the
 * manifest declares (manifest.xml `<Requirements><Sets>`: Office only loads the add-in where those
 * are supported), or be used behind `Office.context.requirements.isSetSupported` with a fallback
 * (ARCHITECTURE.md "Talking to Excel": declare what you use, feature-detect anything newer).
 *
 * The requirement of a member is the `[Api set: …]` / `**Requirement set**` note of its declaration
 * in @types/office-js, found with the type checker on a program built with tsconfig.json's compiler
 * options (test/support/apiSetUsage.ts says how uses, notes and guards are read). src/fake-excel is
 * left out: it implements the API rather than calling it.
 *
 * To use a newer member: guard it (`if (Office.context.requirements.isSetSupported('ExcelApi',
 * '1.16')) … else fallback`), or raise `<Set Name="ExcelApi" MinVersion>` in manifest.xml and say
 * in README "Requirement sets" which Excel versions that drops.
 */
import { join } from 'node:path';
import type ts from 'typescript';
import {
  type ApiUse,
  type RequirementSet,
  declaredSets,
  findApiUses,
  formatSet,
  isCovered,
  programFromTsconfig,
  readManifest,
  tsconfigFilesUnder,
} from '../support/apiSetUsage';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(__dirname, 'apiSetFixtures', 'tooNewMembers.ts');

/** "src/excel/x.ts:12 Excel.Range.valuesAsJson needs ExcelApi 1.16" for each unguarded use. */
function violations(uses: readonly ApiUse[], declared: readonly RequirementSet[]): string[] {
  const found: string[] = [];
  for (const use of uses) {
    const missing = use.needs.filter((set) => !isCovered(set, declared) && !isCovered(set, use.guardedBy));
    for (const set of missing) found.push(`${use.file}:${use.line} ${use.member} needs ${formatSet(set)}`);
  }
  return [...new Set(found)];
}

let program: ts.Program;
let sourceFiles: string[];
let declared: RequirementSet[];

beforeAll(() => {
  declared = declaredSets(readManifest(ROOT));
  sourceFiles = tsconfigFilesUnder(ROOT, 'src', ['src/fake-excel/']);
  // One program for both the product and the fixture, so the type checker runs once.
  program = programFromTsconfig(ROOT, [...sourceFiles, FIXTURE]);
}, 300_000);

describe('requirement sets of the API members under src/', () => {
  test('the manifest declares the sets the add-in is built for', () => {
    expect(declared.map(formatSet)).toEqual(
      expect.arrayContaining(['ExcelApi 1.14', 'SharedRuntime 1.1', 'CustomFunctionsRuntime 1.2']),
    );
  });

  test('every member is within the declared sets or behind isSetSupported', () => {
    const uses = findApiUses(program, sourceFiles, ROOT);
    // The scan must see the add-in's real calls, or an empty result would prove nothing.
    const members = new Set(uses.map((use) => use.member));
    for (const member of [
      'Excel.Range.values',
      'Excel.Worksheet.getRanges',
      'Excel.Worksheet.onChanged',
      'Excel.run',
    ])
      expect(members.has(member)).toBe(true);
    expect(violations(uses, declared)).toEqual([]);
  }, 300_000);
});

describe('the check can fail (test/lint/apiSetFixtures/tooNewMembers.ts)', () => {
  let reported: string[];
  let fixtureText: string[];

  beforeAll(() => {
    reported = violations(findApiUses(program, [FIXTURE], ROOT), declared);
    fixtureText = (program.getSourceFile(FIXTURE)?.text ?? '').split('\n');
  }, 300_000);

  const linesMarked = (marker: string): number[] =>
    fixtureText.flatMap((text, index) => (text.includes(`// ${marker}`) ? [index + 1] : []));

  test('each use marked REPORTED is reported with the set it needs', () => {
    const expected = linesMarked('REPORTED').map((line) => {
      const set = /REPORTED: (\w+ \d+\.\d+)/.exec(fixtureText[line - 1] ?? '')?.[1];
      return `test/lint/apiSetFixtures/tooNewMembers.ts:${line} needs ${set}`;
    });
    expect(expected.length).toBeGreaterThanOrEqual(6);
    const reportedByLine = reported.map((entry) => entry.replace(/ \S+ needs /, ' needs '));
    expect(reportedByLine.sort()).toEqual(expected.sort());
  });

  test('the guarded uses and the allowed overload are not reported', () => {
    const allowed = linesMarked('ALLOWED');
    expect(allowed.length).toBeGreaterThanOrEqual(4);
    for (const line of allowed)
      expect(
        reported.filter((entry) => entry.startsWith(`test/lint/apiSetFixtures/tooNewMembers.ts:${line} `)),
      ).toEqual([]);
  });

  test('a guard counts only for the set and version it checks', () => {
    expect(
      reported.some((entry) => /:\d+ Excel\.Range\.valuesAsJson needs ExcelApi 1\.16$/.test(entry)),
    ).toBe(true);
    expect(isCovered({ name: 'ExcelApi', version: [1, 16] }, [{ name: 'ExcelApi', version: [1, 15] }])).toBe(
      false,
    );
    expect(isCovered({ name: 'ExcelApi', version: [1, 9] }, [{ name: 'ExcelApi', version: [1, 14] }])).toBe(
      true,
    );
    expect(
      isCovered({ name: 'ExcelApi', version: [1, 1] }, [{ name: 'OpenBrowserWindowApi', version: [1, 1] }]),
    ).toBe(false);
  });
});
