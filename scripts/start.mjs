// `npm start`: development session for the add-in.
//
//   1. switch off usage-data reporting of Microsoft's add-in tooling;
//   2. make sure https://localhost has a certificate (office-addin-dev-certs), trusted if possible;
//   3. build and serve on https://localhost:3000 (webpack serve, development mode);
//   4. print the preview URL (every platform);
//   5. sideload: on Windows and macOS into desktop Excel through office-addin-debugging when it is
//      installed; otherwise print the steps for Excel on the web; keep serving until Ctrl+C.
//
// office-addin-debugging is an optionalDependency: its peer dependency pulls keytar, a native
// module with prebuilt binaries for Windows and macOS that must be compiled against libsecret on
// Linux. There the build fails and npm skips the optional package, which is fine: Linux has no
// desktop Excel, and the preview and Excel on the web need no sideloading tool.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const layout = require('./scripts/addinLayout.js');
const MANIFEST = 'manifest.xml';

const log = (message) => console.log(`[start] ${message}`);

/** Resolves a package file from the project's node_modules, or null when not installed. */
function resolveOptional(request) {
  try {
    return require.resolve(request);
  } catch {
    return null;
  }
}

/**
 * office-addin-usage-data's `off` command. Versions before 3 wrote
 * `{"usageDataInstances":{"office-addin-usage-data":{"usageDataLevel":"off"}}}` to
 * ~/office-addin-usage-data.json, which every Office add-in CLI tool read before reporting.
 * Version 3 (installed here, and the copy nested in custom-functions-metadata) removed reporting
 * altogether: `off` then writes nothing. Running it stays correct for whichever version is installed.
 */
function usageDataOff() {
  const cli = resolveOptional('office-addin-usage-data/cli.js');
  if (cli === null) {
    log('office-addin-usage-data is not installed: nothing to switch off.');
    return;
  }
  const result = spawnSync(process.execPath, [cli, 'off'], { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) {
    console.error(`[start] "office-addin-usage-data off" failed (exit ${result.status}): ${output}`);
    process.exit(1);
  }
  log(`usage data: ${output || 'off'}`);
}

/**
 * Generates the localhost certificate and installs its CA in the system trust store. Returns
 * false when the files exist but could not be made trusted: serving continues, but desktop Excel
 * refuses an untrusted https://localhost (a browser can be told to accept it).
 */
async function ensureDevCertificates() {
  const devCerts = require('office-addin-dev-certs');
  const defaults = require('office-addin-dev-certs/lib/defaults');
  try {
    await devCerts.ensureCertificatesAreInstalled();
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!existsSync(defaults.localhostCertificatePath) || !existsSync(defaults.localhostKeyPath)) {
      console.error(`[start] Could not create the dev certificates for https://localhost:\n${message}`);
      console.error(
        '[start] Stopping: the dev server cannot run without them. Try "npx office-addin-dev-certs install".',
      );
      process.exit(1);
    }
    console.warn(
      [
        '',
        "[start] WARNING: the dev certificate could not be installed in this machine's trust store:",
        `        ${message.split('\n').join('\n        ')}`,
        '        (On Linux this needs sudo and update-ca-certificates or update-ca-trust; a container',
        '        usually has neither.) Serving continues with the untrusted certificate:',
        `          certificate: ${defaults.localhostCertificatePath}`,
        `          CA to trust: ${defaults.caCertificatePath}`,
        '        Desktop Excel will refuse the add-in until that CA is trusted. In a browser (Excel on the',
        `        web), open ${layout.DEV_ORIGIN}/taskpane.html once and accept the certificate first.`,
        '',
      ].join('\n'),
    );
    return false;
  }
}

/** True when something already listens on the dev port (another dev server, say). */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts `webpack serve --mode development`; resolves with the child process. */
function startDevServer(trusted) {
  const webpackCli = resolveOptional('webpack-cli/bin/cli.js');
  if (webpackCli === null) {
    console.error('[start] webpack-cli is not installed (npm install).');
    process.exit(1);
  }
  const env = { ...process.env };
  if (!trusted) env.ADDIN_DEV_CERTS_UNTRUSTED = '1';
  return spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
}

/** Polls the dev server until it serves the functions metadata (the last thing a build emits). */
async function waitForServer(timeoutMs) {
  const url = `${layout.DEV_ORIGIN}/${layout.FUNCTIONS_METADATA}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      // Only reachability is checked here; whether the certificate is trusted was settled above.
      const request = https.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      });
      request.on('error', () => resolve(false));
      request.setTimeout(2000, () => request.destroy());
    });
    if (ok) return true;
    await delay(1000);
  }
  return false;
}

function printWebSideloadSteps() {
  console.log(
    [
      '',
      `The add-in is served on ${layout.DEV_ORIGIN}. To load it in Excel on the web:`,
      '  1. Open a workbook in Excel on the web (https://www.office.com).',
      '  2. Insert > Add-ins (in some tenants: Home > Add-ins > More add-ins).',
      '  3. My Add-ins > Upload My Add-in > choose manifest.xml in this project > Upload.',
      '  4. Home tab > Vaccinnet > Registraties opens the task pane; in a cell type =VACCINNET.INSZVALID("...").',
      'Desktop Excel on Windows or macOS: npm start sideloads there; to do it by hand see README.md,',
      'section "Sideloading". Press Ctrl+C to stop the server.',
      '',
    ].join('\n'),
  );
}

/**
 * Sideloads into desktop Excel with the installed office-addin-debugging (the optionalDependency);
 * false when that is not possible here: not Windows or macOS, or npm skipped the package.
 */
function sideloadDesktop() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return false;
  const cli = resolveOptional('office-addin-debugging/cli.js');
  if (cli === null) {
    log(
      'office-addin-debugging is not installed (npm skipped the optional dependency): no desktop sideload.',
    );
    return false;
  }
  log('sideloading into desktop Excel (office-addin-debugging)...');
  const result = spawnSync(process.execPath, [cli, 'start', MANIFEST, 'desktop'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.warn(`[start] office-addin-debugging exited with ${result.status}; sideload by hand instead.`);
    return false;
  }
  return true;
}

async function main() {
  usageDataOff();
  if (await portInUse(layout.DEV_PORT)) {
    console.error(`[start] Port ${layout.DEV_PORT} is already in use (another dev server?). Stop it first.`);
    process.exit(1);
  }
  const trusted = await ensureDevCertificates();
  const server = startDevServer(trusted);
  let stopping = false;
  const stop = () => {
    stopping = true;
    server.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => {
    if (!stopping) console.error(`[start] the dev server stopped (exit ${code}).`);
    process.exit(code ?? 0);
  });

  if (!(await waitForServer(120_000))) {
    console.error(
      `[start] ${layout.DEV_ORIGIN} did not answer within 2 minutes; see the webpack output above.`,
    );
    return;
  }
  log(`serving ${layout.DEV_ORIGIN}`);
  // On every platform: the preview runs the real task pane on a fake workbook, no Excel needed
  // (README "Preview without Excel"); on Linux it is the one way to see the pane.
  log(`preview without Excel: ${layout.DEV_ORIGIN}/preview.html`);
  if (!sideloadDesktop()) printWebSideloadSteps();
}

await main();
