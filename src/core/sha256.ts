import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

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
  return bytesToHex(sha256(bytes));
}
