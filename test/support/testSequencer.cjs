/**
 * Order of the unit suites (jest.config.js `testSequencer`). Jest starts the suites whose duration
 * it remembers longest first; with a cold cache (CI's fresh clone) it knows none and starts the
 * largest files first, so the slowest suites, which are short files, started last and one worker
 * ran them alone at the end (marksScale.test.ts, 55 lines, started last of 118). This puts the
 * suites below, the slowest on the 2-core machine, first whenever their duration is unknown;
 * everything else keeps Jest's order. It changes the order only, never which tests run.
 */
const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/** Slowest first (`npx jest --json --outputFile=jest.json` gives each suite's time). */
const SLOW_FIRST = [
  'test/excel/marksScale.test.ts',
  'test/excel/conditionalFormulas.test.ts',
  'test/lint/apiSets.test.ts',
  'test/excel/marksFaults.test.ts',
  'test/excel/readSheet.test.ts',
  'test/excel/identityPostcodeFormulas.test.ts',
];

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (test) => {
      if (test.duration != null) return SLOW_FIRST.length;
      const index = SLOW_FIRST.indexOf(
        relative(test.context.config.rootDir, test.path).split('\\').join('/'),
      );
      return index === -1 ? SLOW_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the other suites keep Jest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
