/**
 * Order of the browser test files (jest `testSequencer`): the longest first, so that jest's
 * workers end together instead of one finishing a long file alone. The relative costs below
 * (seconds of one full run on the shared 2-core machine, three workers; only the order matters)
 * come first: jest's own cache of durations holds whatever the last run of each file took, and a
 * file run alone while fixing it (seconds instead of a minute) or one that failed early would
 * then start last and finish alone. A file not listed takes its cached duration; one with neither
 * runs first, as jest runs any file it knows nothing about. Update the table when a file's share
 * changes (`npx jest -c jest.browser.config.js --json --outputFile=b.json` gives each file's time).
 */
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

const RELATIVE_COST = {
  screenshots: 120,
  layout: 74,
  upload: 66,
  accessibility: 58,
  layoutRegister: 58,
  liveCheck: 58,
  export: 57,
  offline: 52,
  check: 48,
  accessibilityRegister: 45,
  accessibilityStates: 43,
  macExport: 37,
  batchForm: 37,
  preview: 36,
  languages: 31,
  checkLayout: 30,
  ribbon: 29,
  registerScreenshots: 28,
  newBatch: 26,
  register: 26,
  network: 22,
  registerForm: 19,
  registerCopy: 14,
  sheetCopy: 12,
  registerUpload: 12,
  focus: 11,
  formulaFinding: 10,
  registerList: 10,
  sheetRename: 10,
  existingSheet: 9,
};

class LongestFirst extends Sequencer {
  time(test) {
    const seconds = RELATIVE_COST[path.basename(test.path).replace(/\.test\.ts$/, '')];
    return seconds === undefined ? super.time(test) : seconds * 1000;
  }
}

module.exports = LongestFirst;
