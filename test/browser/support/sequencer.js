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
  screenshots: 60,
  upload: 48,
  accessibility: 47,
  export: 45,
  layout: 42,
  accessibilityStates: 42,
  offline: 38,
  preview: 31,
  liveCheck: 30,
  check: 29,
  layoutRegister: 28,
  accessibilityRegister: 27,
  batchForm: 27,
  languages: 27,
  macExport: 22,
  registerScreenshots: 21,
  register: 21,
  ribbon: 20,
  network: 20,
  checkLayout: 19,
  newBatch: 19,
  registerForm: 19,
  registerCopy: 11,
  registerUpload: 10,
  sheetCopy: 9,
  focus: 9,
  sheetRename: 9,
  registerList: 9,
  formulaFinding: 8,
  existingSheet: 8,
};

class LongestFirst extends Sequencer {
  time(test) {
    const seconds = RELATIVE_COST[path.basename(test.path).replace(/\.test\.ts$/, '')];
    return seconds === undefined ? super.time(test) : seconds * 1000;
  }
}

module.exports = LongestFirst;
