/**
 * Order of the browser test files (jest `testSequencer`): the longest first, so that jest's two
 * workers end together instead of one finishing a long file alone. Jest's own order does that
 * from the durations it cached on an earlier run; on a fresh clone (CI) it has none and falls back
 * to file size, which put the short files with the longest runs (the axe scans) last. Here a file
 * without a cached duration takes the relative cost below (seconds of one run on the shared
 * 2-core machine; only the order matters). A file not listed has neither and runs first, as jest
 * runs any file it knows nothing about.
 */
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

const RELATIVE_COST = {
  screenshots: 86,
  accessibility: 84,
  layout: 83,
  upload: 81,
  liveCheck: 58,
  languages: 56,
  export: 55,
  accessibilityStates: 55,
  check: 53,
  accessibilityRegister: 47,
  batchForm: 45,
  layoutRegister: 43,
  offline: 39,
  checkLayout: 39,
  register: 38,
  macExport: 37,
  registerScreenshots: 36,
  network: 35,
  ribbon: 35,
  newBatch: 31,
  registerUpload: 30,
  registerForm: 28,
  preview: 25,
  registerList: 17,
  existingSheet: 17,
  sheetRename: 15,
  focus: 13,
};

class LongestFirst extends Sequencer {
  time(test) {
    const cached = super.time(test);
    if (cached !== undefined && cached !== null) return cached;
    const seconds = RELATIVE_COST[path.basename(test.path).replace(/\.test\.ts$/, '')];
    return seconds === undefined ? undefined : seconds * 1000;
  }
}

module.exports = LongestFirst;
