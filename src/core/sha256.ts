import { createHash } from 'sha256-uint8array';

/** The two lowercase hex digits of each byte value. */
const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, '0'),
);

/**
 * SHA-256 of the exact bytes of a file, as lowercase hex (SPEC: the export log records the
 * "SHA-256 of the bytes"). Synchronous and platform-free, so it runs the same in the task pane, in
 * custom functions and in Node tests; Web Crypto would be async and Node's crypto is not
 * available in the browser.
 *
 * sha256-uint8array, the one SHA-256 of the add-in (the export key's check code and key id use
 * it too): hashing is the largest part of planExport after validation, and on the bench's 100,000
 * rows (984 files, 3.2 MB) it took 13 ms alone where @noble/hashes took 18 ms and js-sha256's
 * browser build 44 ms (Node 20, 2026-12-03; issue #11). It is checked against node:crypto in
 * test/core/sha256.test.ts.
 *
 * @example
 * ```ts
 * sha256Hex(new Uint8Array()); // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 * ```
 */
export function sha256Hex(bytes: Uint8Array): string {
  return hexOf(sha256Bytes(bytes));
}

/**
 * SHA-256 of `bytes`, the 32 digest bytes (the export envelope's key id, keyCode's check code).
 *
 * @example
 * ```ts
 * sha256Bytes(new Uint8Array()).length; // 32
 * ```
 */
export function sha256Bytes(bytes: Uint8Array): Uint8Array {
  return createHash().update(bytes).digest();
}

function hexOf(digest: Uint8Array): string {
  // One flat string, joined from a plain loop: the libraries' hex digests append pieces with `+`
  // (without Uint8Array.prototype.toHex, as on Node 20), which leaves a rope of up to 1 KB per
  // hash, and a plan keeps one per file (8 MB at 1,000,000 rows); Array.from on the digest
  // allocated an iterator result per byte (issue #11).
  const pairs = new Array<string>(digest.length);
  for (let i = 0; i < digest.length; i++) pairs[i] = HEX_PAIRS[digest[i] as number] as string;
  return pairs.join('');
}
