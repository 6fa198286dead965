/**
 * `expect(actual).toEqual(expected)` for byte arrays of any size: the same verdict (same class,
 * same length, same bytes), without expect's element-by-element deep equality, which takes
 * seconds on a megabyte. On a mismatch it reports the length and the first differing byte with
 * the 32 bytes from there on each side.
 */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.constructor).toBe(expected.constructor);
  if (actual.length === expected.length && Buffer.compare(actual, expected) === 0) return;
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  const around = (bytes: Uint8Array) => ({
    length: bytes.length,
    at,
    from: Array.from(bytes.subarray(at, at + 32)),
  });
  expect(around(actual)).toEqual(around(expected));
  throw new Error('expectSameBytes: the arrays differ, but no difference was reported');
}
