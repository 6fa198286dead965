// Build of the add-in: task pane + custom functions in one shared runtime (see scripts/addinLayout.js).
//
//   npm run build      production bundle in dist/; manifest URLs switched to ADDIN_PRODUCTION_ORIGIN
//   npm run serve      https dev server on https://localhost:3000 (certificates from office-addin-dev-certs)
//
// TypeScript is only transpiled here (ts-loader transpileOnly); type checking is `npm run typecheck`.

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const layout = require('./scripts/addinLayout');
const serviceWorker = require('./scripts/serviceWorkerManifest');
const packageJson = require('./package.json');
const {
  PRODUCTION_ORIGIN_ENV,
  parseProductionOrigin,
  transformManifest,
} = require('./scripts/manifestTransform');

const root = __dirname;
const fromRoot = (p) => path.resolve(root, p);

/**
 * The origin the emitted manifest points at. Development: the dev server. Production: the
 * configured origin; without one the manifest keeps the dev URLs and the build says so (a
 * misconfigured value fails the build instead, it is never silently ignored).
 */
function manifestOrigin(production) {
  if (!production) return { origin: layout.DEV_ORIGIN, warning: null };
  const configured = process.env[PRODUCTION_ORIGIN_ENV];
  if (configured === undefined || configured.trim() === '') {
    return {
      origin: layout.DEV_ORIGIN,
      warning: `${PRODUCTION_ORIGIN_ENV} is not set: dist/manifest.xml keeps the development URLs (${layout.DEV_ORIGIN}).`,
    };
  }
  const parsed = parseProductionOrigin(configured);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { origin: parsed.origin, warning: null };
}

/** Adds a warning to every compilation (shown by webpack and by the dev server overlay). */
class WarnPlugin {
  constructor(message) {
    this.message = message;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WarnPlugin', (compilation) => {
      compilation.warnings.push(new webpack.WebpackError(this.message));
    });
  }
}

/**
 * Excel on the web fetches the custom functions metadata from its own origin
 * (https://excel.officeapps.live.com), so functions.json needs a CORS header; every other file is
 * loaded by the add-in's own pages and gets none. A production server must send the same header on
 * functions.json.
 */
function corsForFunctionsMetadata(middlewares) {
  middlewares.unshift({
    name: 'cors-functions-metadata',
    middleware: (req, res, next) => {
      if (req.path === `/${layout.FUNCTIONS_METADATA}`) res.setHeader('Access-Control-Allow-Origin', '*');
      next();
    },
  });
  return middlewares;
}

/**
 * The preview's copy of the task pane page (scripts/addinLayout.js, PREVIEW_PAGES): its office.js
 * script points at the fake host instead. Fails the build when the template no longer loads
 * office.js from OFFICE_JS_URL, rather than emitting a page that would call Microsoft's CDN.
 */
class SwapOfficeJsPlugin {
  apply(compiler) {
    const swaps = new Map(
      layout.PREVIEW_PAGES.filter((page) => page.officeJs).map((page) => [page.filename, page.officeJs]),
    );
    compiler.hooks.compilation.tap('SwapOfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapAsync('SwapOfficeJsPlugin', (data, callback) => {
        const replacement = swaps.get(data.outputName);
        if (replacement === undefined) return callback(null, data);
        if (!data.html.includes(layout.OFFICE_JS_URL)) {
          return callback(
            new Error(`${data.outputName}: the task pane template does not load ${layout.OFFICE_JS_URL}`),
          );
        }
        data.html = data.html.split(layout.OFFICE_JS_URL).join(replacement);
        return callback(null, data);
      });
    });
  }
}

/**
 * Writes the precache list into sw.js (src/sw/sw.ts, issue #8) once every other file is final:
 * after the copies, the pages (HtmlWebpackPlugin, SwapOfficeJsPlugin) and minifying. In
 * development the list is empty, so the worker passes everything to the dev server and a
 * rebuild is seen at once.
 */
class ServiceWorkerManifestPlugin {
  constructor(production) {
    this.production = production;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ServiceWorkerManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ServiceWorkerManifestPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const worker = compilation.getAsset('sw.js');
          if (worker === undefined) throw new Error('sw.js is missing from the build');
          const assets = this.production
            ? compilation.getAssets().map((asset) => ({ name: asset.name, bytes: asset.source.buffer() }))
            : [];
          const manifest = serviceWorker.buildManifest(assets, packageJson.version);
          const source = serviceWorker.injectManifest(worker.source.source().toString(), manifest);
          compilation.updateAsset('sw.js', new webpack.sources.RawSource(source));
        },
      );
    });
  }
}

/** Set by scripts/start.mjs when it generated the certificates but could not make them trusted. */
const UNTRUSTED_CERTS_ENV = 'ADDIN_DEV_CERTS_UNTRUSTED';

/**
 * Certificates for https://localhost from office-addin-dev-certs. getHttpsServerOptions also
 * installs its CA in the system trust store; where that is impossible (no trust store, no admin
 * rights, a container) the generated files are still served, with a warning: a browser can be told
 * to accept them, desktop Excel cannot (see docs/manual-test.md).
 */
async function devServerCertificates() {
  const devCerts = require('office-addin-dev-certs');
  const defaults = require('office-addin-dev-certs/lib/defaults');
  const fs = require('node:fs');
  const readFiles = () => ({
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  });
  if (process.env[UNTRUSTED_CERTS_ENV] === '1') return readFiles();
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    let files;
    try {
      files = readFiles();
    } catch {
      throw new Error(
        `No dev certificates for https://localhost: ${error.message}\nRun: npx office-addin-dev-certs install`,
      );
    }
    console.warn(
      `\nWARNING: the dev certificate is NOT trusted by this machine (${error.message.trim()}).\n` +
        `Serving with ${defaults.localhostCertificatePath} anyway; trust ${defaults.caCertificatePath} or run ` +
        `"npx office-addin-dev-certs install" with admin rights.\n`,
    );
    return files;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const { origin, warning } = manifestOrigin(production);

  const config = {
    mode: production ? 'production' : 'development',
    context: root,
    devtool: 'source-map',
    entry: Object.fromEntries(
      Object.entries({ ...layout.ENTRIES, ...layout.PREVIEW_ENTRIES }).map(([name, file]) => [
        name,
        fromRoot(file),
      ]),
    ),
    output: {
      path: fromRoot('dist'),
      filename: '[name].js',
      // Lazily loaded parts of the task pane (React.lazy tabs) keep their chunk names: taskpane-*.js.
      chunkFilename: (pathData) => (pathData.chunk && pathData.chunk.name ? '[name].js' : 'lazy-[id].js'),
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          // Core is pure (ARCHITECTURE: no Office, no DOM, no clock): importing a module for its
          // side effects never happens, so unused core modules can be dropped from each bundle.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: fromRoot('tsconfig.json'),
              // tsconfig.base.json says noEmit (it is for type checking). Emit syntax that the
              // add-in webviews run: WebView2 on Windows, WKWebView on macOS 10.14+ (Safari 14).
              compilerOptions: { noEmit: false, target: 'ES2020', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: fromRoot(layout.FUNCTIONS_SOURCE),
        output: layout.FUNCTIONS_METADATA,
      }),
      ...[...layout.PAGES, ...layout.PREVIEW_PAGES].map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: fromRoot(page.template),
            chunks: [...page.chunks],
            chunksSortMode: 'manual',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          ...layout.STATIC_COPIES.map((copy) => ({ from: copy.from, to: copy.to })),
          ...layout.OFFICE_JS_COPY.files.map((file) => ({
            from: file,
            context: fromRoot(layout.OFFICE_JS_COPY.context),
            // Same relative path as in the package: office.js loads its files relative to itself.
            to: ({ absoluteFilename }) =>
              path.posix.join(
                layout.OFFICE_JS_COPY.to,
                path
                  .relative(fromRoot(layout.OFFICE_JS_COPY.context), absoluteFilename)
                  .split(path.sep)
                  .join('/'),
              ),
            globOptions: { ignore: [...layout.OFFICE_JS_COPY.ignore] },
            // Microsoft's files as published: not minified again, no licence comments extracted.
            info: { minimized: true },
          })),
          {
            from: layout.MANIFEST_GLOB,
            to: '[name][ext]',
            transform: (content) => transformManifest(content.toString('utf8'), origin),
          },
        ],
      }),
      new SwapOfficeJsPlugin(),
      new ServiceWorkerManifestPlugin(production),
      ...(warning ? [new WarnPlugin(warning)] : []),
    ],
    performance: { hints: false },
    optimization: {
      splitChunks: {
        // Share a module between the two bundles even where they use different exports of it
        // (otherwise webpack keeps a copy per bundle): the unused exports cost less than a copy.
        usedExports: false,
        cacheGroups: {
          // taskpane.html is the shared runtime page and loads both the functions and the pane
          // bundles: the modules both use (core: rules and message catalogs) go into one chunk
          // loaded once, instead of once in each bundle (issue #11: initial task pane JavaScript
          // <= 200 KB gzipped). Each page still lists every script it needs (HtmlWebpackPlugin).
          shared: {
            name: 'shared',
            chunks: (chunk) => chunk.name === 'functions' || chunk.name === 'taskpane',
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
  };

  if (serving) {
    // Only the dev server needs certificates; `webpack --mode production` must build without them.
    const httpsOptions = await devServerCertificates();
    config.devServer = {
      port: layout.DEV_PORT,
      host: 'localhost',
      server: {
        type: 'https',
        options: { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert },
      },
      // Serve only the build output, never the project directory.
      static: false,
      setupMiddlewares: corsForFunctionsMetadata,
      // No hot module replacement: re-running functions.ts in a live runtime would associate the
      // custom functions a second time. A changed file reloads the page (and the shared runtime).
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    };
  }

  return config;
};
