/**
 * Retries an assertion until it passes or the time is up (the page updates asynchronously: React
 * renders, Excel.run batches, event handlers). Throws the last assertion error on time-out.
 *
 * ```ts
 * await eventually(() => locator.getAttribute('data-fill'), (fill) => expect(fill).toBe('#FFC7CE'));
 * ```
 */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  options: { timeout?: number; interval?: number } = {},
): Promise<T> {
  // A hang guard, not a speed check: on a loaded 2-core machine a render can take seconds.
  const deadline = Date.now() + (options.timeout ?? 60_000);
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.interval ?? 50));
  }
}
