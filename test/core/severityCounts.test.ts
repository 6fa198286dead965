import {
  countBySeverity,
  DEFAULT_SETTINGS,
  type Issue,
  type Severity,
  validateRegistrations,
} from '../../src/core';
import { textRow } from '../support/rows';
import { INSZ_A } from '../support/threePeople';

const issue = (severity: Severity): Issue => ({
  code: 'insz_checksum',
  row: 2,
  column: 'insz',
  severity,
  params: {},
});

test.each([
  ['nothing', [], { errors: 0, warnings: 0, infos: 0 }],
  ['one of each', ['error', 'warning', 'info'], { errors: 1, warnings: 1, infos: 1 }],
  ['errors only', ['error', 'error'], { errors: 2, warnings: 0, infos: 0 }],
] as const)('countBySeverity: %s', (_label, severities, expected) => {
  expect(countBySeverity(severities.map(issue))).toEqual(expected);
});

test('a report counts its findings as countBySeverity does', () => {
  const report = validateRegistrations({
    rows: [
      textRow(2, [INSZ_A, 'Peeters ', 'Jan']),
      textRow(3, ['123']),
      textRow(4, [INSZ_A, 'Peeters', 'Jan']),
    ],
    today: new Date(2026, 10, 28),
    settings: { ...DEFAULT_SETTINGS, linesPerFile: 2 },
  });
  expect(report.counts).toMatchObject(countBySeverity(report.issues));
  expect(report.counts.errors + report.counts.warnings + report.counts.infos).toBe(report.issues.length);
  expect(report.counts.errors).toBeGreaterThan(0);
  expect(report.counts.warnings).toBeGreaterThan(0);
  expect(report.counts.infos).toBeGreaterThan(0);
});
