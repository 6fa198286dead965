// What the build serves, in one place: webpack.config.js builds exactly this and
// test/manifest.test.ts checks that every URL in manifest.xml points at something in it.

/** The dev server origin written in manifest.xml (Office add-ins need https, also in development). */
const DEV_ORIGIN = 'https://localhost:3000';
const DEV_PORT = 3000;

/**
 * Pages built by HtmlWebpackPlugin, with the entry chunks each loads (in order).
 *
 * taskpane.html is the shared runtime page: manifest.xml points the task pane, the ribbon's
 * FunctionFile and the custom functions <Page> at it, so it must load the functions chunk too
 * (Microsoft: "Configure your Office Add-in to use a shared runtime"). functions.html loads only
 * the functions; the manifest does not reference it (see docs/manual-test.md).
 */
const PAGES = [
  { filename: 'taskpane.html', template: 'src/taskpane/taskpane.html', chunks: ['functions', 'taskpane'] },
  { filename: 'functions.html', template: 'src/functions/functions.html', chunks: ['functions'] },
];

/** Webpack entries; each is emitted as `<name>.js`. */
const ENTRIES = {
  functions: 'src/functions/functions.ts',
  taskpane: 'src/taskpane/taskpane.ts',
};

/** The custom functions source the metadata plugin reads, and the metadata file it emits. */
const FUNCTIONS_SOURCE = 'src/functions/functions.ts';
const FUNCTIONS_METADATA = 'functions.json';

/** Directories copied as-is into the build output (CopyWebpackPlugin). */
const STATIC_COPIES = [{ from: 'assets', to: 'assets' }];

/** Manifests copied into the output with the production origin swapped in (see manifestTransform.js). */
const MANIFEST_GLOB = 'manifest*.xml';

/**
 * The preview without Excel (README "Preview without Excel"): /preview.html shows the real task
 * pane in an iframe beside a grid of a fake workbook. The iframe loads preview-taskpane.html, the
 * task pane page built from the same template and chunks as taskpane.html, with the office.js
 * script (OFFICE_JS_URL) swapped for the fake host (PREVIEW_FAKE_OFFICE). Browser tests load
 * taskpane.html itself and answer its office.js request with the same fake bundle.
 *
 * These files are built in every mode (the browser tests run against the production build); they
 * hold no patient data and call no other host, and a deployment may leave them out.
 */
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PREVIEW_FAKE_OFFICE = 'preview/fake-office.js';

const PREVIEW_ENTRIES = {
  'preview/fake-office': 'src/preview/fakeOffice.ts',
  'preview/preview': 'src/preview/preview.ts',
};

/** `officeJs`: what the template's office.js script is replaced by in that page. */
const PREVIEW_PAGES = [
  { filename: 'preview.html', template: 'src/preview/preview.html', chunks: ['preview/preview'] },
  {
    filename: 'preview-taskpane.html',
    template: 'src/taskpane/taskpane.html',
    chunks: ['functions', 'taskpane'],
    officeJs: PREVIEW_FAKE_OFFICE,
  },
];

/** Every file of the preview the build emits. */
function previewFiles() {
  return [...PREVIEW_PAGES.map((page) => page.filename), ...Object.keys(PREVIEW_ENTRIES).map((name) => `${name}.js`)];
}

/** Every file name the build emits at the output root, besides the static copies and manifests. */
function emittedFiles() {
  return [
    ...PAGES.map((page) => page.filename),
    ...Object.keys(ENTRIES).map((name) => `${name}.js`),
    FUNCTIONS_METADATA,
  ];
}

module.exports = {
  DEV_ORIGIN,
  DEV_PORT,
  PAGES,
  ENTRIES,
  FUNCTIONS_SOURCE,
  FUNCTIONS_METADATA,
  STATIC_COPIES,
  MANIFEST_GLOB,
  emittedFiles,
  OFFICE_JS_URL,
  PREVIEW_FAKE_OFFICE,
  PREVIEW_ENTRIES,
  PREVIEW_PAGES,
  previewFiles,
};
