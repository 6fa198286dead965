// The service worker's precache list (src/sw/sw.ts, issue #8), made by the build: every file the
// pages, the custom functions and the office.js fallback need, each with a content hash, and one
// version for the whole build. webpack.config.js writes it into dist/sw.js; README "Offline".

const { createHash } = require('node:crypto');

/** The placeholder in src/sw/sw.ts that the build replaces (a string literal survives minifying). */
const PLACEHOLDER = '__SW_BUILD_MANIFEST__';

/** Emitted files the offline copy leaves out: source maps, licence texts, manifests, the worker itself. */
function isPrecached(name) {
  return !/\.map$|\.LICENSE\.txt$|^manifest[^/]*\.xml$|^sw\.js$/u.test(name);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * The manifest of a build: `files` sorted by URL, each with the first 16 hex digits of its
 * SHA-256; `version` is the package version and a hash over all files, so any changed byte
 * makes a new version (and so a new sw.js, which browsers compare byte for byte to update).
 *
 * @param {{ name: string, bytes: Buffer | Uint8Array | string }[]} assets
 * @param {string} packageVersion
 */
function buildManifest(assets, packageVersion) {
  const files = assets
    .filter((asset) => isPrecached(asset.name))
    .map((asset) => ({ url: asset.name, revision: sha256(asset.bytes).slice(0, 16) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const all = sha256(files.map((file) => `${file.url} ${file.revision}`).join('\n')).slice(0, 8);
  return { version: `${packageVersion}-${all}`, files };
}

/** sw.js with the manifest written in; throws when the placeholder is missing (a broken build). */
function injectManifest(source, manifest) {
  const pattern = new RegExp(`(["'\`])${PLACEHOLDER}\\1`, 'u');
  if (!pattern.test(source)) throw new Error(`sw.js: the placeholder ${PLACEHOLDER} is missing`);
  return source.replace(pattern, () => JSON.stringify(JSON.stringify(manifest)));
}

module.exports = { PLACEHOLDER, isPrecached, buildManifest, injectManifest };
