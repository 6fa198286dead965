// The production manifest: manifest.xml with the dev origin replaced by the production origin.
// Used by webpack.config.js (CopyWebpackPlugin transform) and by test/manifest.test.ts, so the
// test checks the exact function the build runs.

const { URL } = require('node:url');
const { DEV_ORIGIN } = require('./addinLayout');

/** Environment variable naming the production origin, e.g. https://vaccinnet-addin.example.org */
const PRODUCTION_ORIGIN_ENV = 'ADDIN_PRODUCTION_ORIGIN';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a configured production origin: an absolute https URL with nothing but scheme, host and
 * optional port (a trailing `/` is tolerated), not a loopback host. Returns the normalised origin
 * (`URL.origin`: lower-case host, default port dropped) or the reason it is refused.
 *
 * @param {string} value
 * @returns {{ ok: true, origin: string } | { ok: false, reason: string }}
 */
function parseProductionOrigin(value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, reason: `${PRODUCTION_ORIGIN_ENV}="${value}" is not an absolute URL` };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: `${PRODUCTION_ORIGIN_ENV} must use https (Office add-ins load only https pages)`,
    };
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    return {
      ok: false,
      reason: `${PRODUCTION_ORIGIN_ENV} must be an origin only (scheme, host, port), e.g. https://vaccinnet-addin.example.org`,
    };
  }
  if (LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, reason: `${PRODUCTION_ORIGIN_ENV} must not be a loopback host (${url.hostname})` };
  }
  return { ok: true, origin: url.origin };
}

/**
 * Replaces EVERY occurrence of the dev origin in a manifest with `origin`.
 *
 * Microsoft's template calls String.prototype.replace with a string, which replaces only the first
 * occurrence and leaves the other URLs pointing at localhost. A replacer function is used instead
 * of a replacement string so that `$&`-style patterns can never be interpreted.
 * Throws when anything mentioning localhost is left, so a build never ships a half-converted manifest.
 *
 * @param {string} xml manifest text
 * @param {string} origin target origin, without trailing slash
 * @returns {string}
 */
function transformManifest(xml, origin) {
  if (origin === DEV_ORIGIN) return xml;
  const out = xml.replaceAll(DEV_ORIGIN, () => origin);
  const leftover = /localhost|127\.0\.0\.1/i.exec(out);
  if (leftover) {
    const line = out.slice(0, leftover.index).split('\n').length;
    throw new Error(`manifest still mentions ${leftover[0]} on line ${line} after replacing ${DEV_ORIGIN}`);
  }
  return out;
}

module.exports = { PRODUCTION_ORIGIN_ENV, parseProductionOrigin, transformManifest };
