// `node scripts/parallel.mjs <script> <script> ...`: runs the named npm scripts side by side and
// fails when any of them fails, after all have finished (every failure is reported, not only the
// first). Each script's output is printed in one piece when it ends, so the logs do not interleave.
//
// `npm test` runs its static checks and the production build this way: each is one Node process
// using about one core (tsc, eslint, prettier, webpack), so on a 2-core machine two at a time
// finish them in about half the time one after the other takes. No shell syntax (`&`, `wait`): the
// same command works in Windows' cmd.
//
// Why not npm-run-all2's `run-p --aggregate-output` (the field's tool for this): it hands every
// `config` entry of package.json (the Office tooling's app_to_debug, dev_server_port, ...) to each
// npm run as a command-line option, and npm 11 prints six "Unknown cli config" warnings per run
// (tried 2026-12-03 with npm-run-all2 8.0.4, the last line for Node 20); concurrently 10 and
// npm-run-all2 9 need Node 22.

import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

// Inside `npm run`, npm_execpath is npm's own CLI: run it with this Node, no shell needed.
const npmCli = process.env.npm_execpath;
const command = (script) =>
  npmCli !== undefined && npmCli !== ''
    ? { file: process.execPath, args: [npmCli, 'run', '--silent', script], shell: false }
    : { file: 'npm', args: ['run', '--silent', script], shell: process.platform === 'win32' };

function run(script) {
  const started = Date.now();
  const { file, args, shell } = command(script);
  return new Promise((resolve) => {
    const output = [];
    const child = spawn(file, args, { shell, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    let reported = false;
    const done = (code) => {
      if (reported) return;
      reported = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      const verdict = code === 0 ? 'ok' : `FAILED (exit ${code})`;
      process.stdout.write(`\n> ${script}: ${verdict} in ${seconds} s\n${text === '' ? '' : `${text}\n`}`);
      resolve(code === 0);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(String(error)));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal === null ? 1 : 128)));
  });
}

const results = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
