import { sha256 } from '@noble/hashes/sha2.js';

/** The two lowercase hex digits of each byte value. */
const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, '0'),
);

/**
 * SHA-256 of the exact bytes of a file, as lowercase hex (SPEC: the export log records the
 * "SHA-256 of the bytes"). Synchronous and platform-free (@noble/hashes), so it runs the same in
 * the task pane, in custom functions and in Node tests; Web Crypto would be async and Node's
 * crypto is not available in the browser.
 *
 * @example
 * ```ts
 * sha256Hex(new Uint8Array()); // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 * ```
 */
export function sha256Hex(bytes: Uint8Array): string {
  // One flat string, joined from a plain loop: @noble/hashes' bytesToHex appends 32 pieces with
  // `+=` where the engine has no Uint8Array.prototype.toHex (Node 20), which leaves a rope of
  // about 1 KB per hash, and a plan keeps one per file (8 MB at 1,000,000 rows); Array.from on
  // the digest allocated an iterator result per byte (issue #11).
  const digest = sha256(bytes);
  const pairs = new Array<string>(digest.length);
  for (let i = 0; i < digest.length; i++) pairs[i] = HEX_PAIRS[digest[i] as number] as string;
  return pairs.join('');
}
