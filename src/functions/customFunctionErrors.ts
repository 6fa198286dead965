/**
 * Builds the errors a custom function throws to show `#VALUE!` or `#N/A` in its cell.
 *
 * `CustomFunctions` is a global that office.js defines in the add-in runtime (CustomFunctionsRuntime
 * 1.2 added `CustomFunctions.Error`). It is read when an error is built, never at module load, so
 * the functions module loads anywhere (tests define a stub). The project has no
 * `@types/custom-functions-runtime`, hence the small structural type below.
 */
interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => object;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

function runtime(): CustomFunctionsRuntime {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  // Broken invariant: the functions only ever run inside the Office runtime that defines it.
  if (cf === undefined) throw new Error('CustomFunctions is not defined: office.js is not loaded');
  return cf;
}

/** `#VALUE!` with a message (shown by Excel in the cell's error indicator). */
export function invalidValueError(message: string): object {
  const cf = runtime();
  return new cf.Error(cf.ErrorCode.invalidValue, message);
}

/** `#N/A` with a message. */
export function notAvailableError(message: string): object {
  const cf = runtime();
  return new cf.Error(cf.ErrorCode.notAvailable, message);
}
