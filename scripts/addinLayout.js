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
  // The downloads page the task pane opens in the system browser where it cannot save files itself
  // (Excel for Mac); the files travel in its URL fragment (src/export-page/fragment.ts).
  { filename: 'export.html', template: 'src/export-page/export.html', chunks: ['export-page'] },
];

/** Webpack entries; each is emitted as `<name>.js`. */
const ENTRIES = {
  functions: 'src/functions/functions.ts',
  taskpane: 'src/taskpane/index.tsx',
  // Referenced by hand in taskpane.html, right after the office.js CDN script (not a page chunk):
  // loads the bundled office.js copy (OFFICE_JS_COPY) when the CDN did not answer.
  'office-fallback': 'src/taskpane/officeFallback.ts',
  'export-page': 'src/export-page/export.ts',
  // The offline copy's service worker (issue #8), at the root so its scope is the whole add-in;
  // the build writes the precache list into it (scripts/serviceWorkerManifest.js).
  sw: 'src/sw/sw.ts',
};

/** The custom functions source the metadata plugin reads, and the metadata file it emits. */
const FUNCTIONS_SOURCE = 'src/functions/functions.ts';
const FUNCTIONS_METADATA = 'functions.json';

/** Directories copied as-is into the build output (CopyWebpackPlugin). */
const STATIC_COPIES = [{ from: 'assets', to: 'assets' }];

/**
 * The offline fallback copy of office.js (src/taskpane/officeFallback.ts), copied from
 * @microsoft/office-js into `office-js/`. office.js loads its host file and locale strings from
 * its own folder, so the copy holds what Excel needs next to it: the Excel host files for
 * Windows, Mac and the web (the manifest's SharedRuntime 1.1 excludes iPad and Android), the
 * telemetry sink office.js asks for (it reports through the host, not the network), the table
 * it reads outside an Office host, and the strings of the pane's languages plus en-us,
 * office.js's own fallback locale. No debug files.
 */
const OFFICE_JS_COPY = {
  context: 'node_modules/@microsoft/office-js/dist',
  to: 'office-js',
  files: [
    'office.js',
    // Outside an Office host (a plain browser) office.js asks for this table before onReady.
    'o15apptofilemappingtable.js',
    'excel-win32-16.0*.js',
    'excel-mac-16.00*.js',
    'excel-web-16.00*.js',
    'telemetry/oteljs_agave.js',
    '{en-us,nl-nl,nl-be,fr-fr,fr-be}/office_strings.js',
  ],
  ignore: ['**/*.debug.js'],
};

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
  return [
    ...PREVIEW_PAGES.map((page) => page.filename),
    ...Object.keys(PREVIEW_ENTRIES).map((name) => `${name}.js`),
  ];
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
  OFFICE_JS_COPY,
  MANIFEST_GLOB,
  emittedFiles,
  OFFICE_JS_URL,
  PREVIEW_FAKE_OFFICE,
  PREVIEW_ENTRIES,
  PREVIEW_PAGES,
  previewFiles,
};
