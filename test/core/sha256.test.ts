import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Bytes, sha256Hex } from '../../src/core/sha256';

// Node's crypto is the independent oracle here, and only here: src/core must run in the browser.
const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  test.each<[string, Uint8Array, string]>([
    ['empty', new Uint8Array(), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      '"abc" (FIPS 180-2 vector)',
      new TextEncoder().encode('abc'),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    ['BOM only', Uint8Array.of(0xef, 0xbb, 0xbf), nodeSha256(Uint8Array.of(0xef, 0xbb, 0xbf))],
    ['one block + 1 (65 bytes)', new Uint8Array(65).fill(0x61), nodeSha256(new Uint8Array(65).fill(0x61))],
  ])('%s', (_label, bytes, expected) => {
    expect(sha256Hex(bytes)).toBe(expected);
  });

  test('property: equals node:crypto, lowercase hex of 64 characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const digest = sha256Hex(bytes);
        expect(digest).toMatch(/^[0-9a-f]{64}$/);
        expect(digest).toBe(nodeSha256(bytes));
      }),
    );
  });

  test('property: a view at any offset of a larger buffer (aligned and not) hashes as its own bytes', () => {
    // sha256-uint8array reads whole 32-bit words when a view starts at a multiple of 4 bytes and
    // copies byte by byte otherwise; planExport hands it views into shared buffers.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 9000 }), fc.nat(), fc.nat(), (buffer, a, b) => {
        const start = a % buffer.length;
        const end = start + (b % (buffer.length - start + 1));
        const view = buffer.subarray(start, end);
        expect(sha256Hex(view)).toBe(nodeSha256(view.slice()));
      }),
      { numRuns: 300 },
    );
  });

  test('"abcdbcdecdef...nopq" (FIPS 180-2 vector, two blocks of padding)', () => {
    expect(
      sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  test('hashes the view, not the whole underlying buffer', () => {
    const buffer = Uint8Array.of(1, 2, 3, 4, 5);
    const view = buffer.subarray(1, 3);
    expect(sha256Hex(view)).toBe(nodeSha256(Uint8Array.of(2, 3)));
  });
});

describe('sha256Bytes', () => {
  test('property: the 32 bytes node:crypto gives, the bytes sha256Hex spells', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const digest = sha256Bytes(bytes);
        expect(Buffer.from(digest).equals(createHash('sha256').update(bytes).digest())).toBe(true);
        expect(Buffer.from(digest).toString('hex')).toBe(sha256Hex(bytes));
      }),
    );
  });
});
