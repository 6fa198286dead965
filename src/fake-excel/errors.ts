/**
 * Errors shaped like office.js's `OfficeExtension.Error`: `name`, `code`, `message`, `debugInfo`,
 * `traceMessages`, `innerError` (see the `OfficeExtension.Error` class in @types/office-js).
 *
 * Codes and messages copy what Excel returns, so add-in code that branches on `error.code` behaves
 * the same against the fake:
 * - `PropertyNotLoaded`: message text from office-js issue #190 ("The property 'name' is not
 *   available. Before reading the property's value, call the load method on the containing object
 *   and call "context.sync()" on the associated request context.").
 * - `RequestPayloadSizeLimitExceeded`: message seen in the wild (specklesystems/speckle-excel#9) and
 *   listed in the Excel error table (OfficeDev/office-js-docs-pr#2278, "Error handling").
 * - `ResponsePayloadSizeLimitExceeded`: `Excel.ErrorCodes.responsePayloadSizeLimitExceeded`
 *   (microsoftgraph/microsoft-graph-docs#15709 shows the message).
 * - `InvalidArgument`, `ItemNotFound`, `ItemAlreadyExists`, `InvalidOperation`,
 *   `RangeExceedsLimit`: `Excel.ErrorCodes` and the "Error handling with the application-specific
 *   JavaScript APIs" table.
 */
export const FakeErrorCodes = {
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  generalException: 'GeneralException',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  runMustReturnPromise: 'RunMustReturnPromise',
  notImplemented: 'NotImplemented',
  accessDenied: 'AccessDenied',
} as const;

export type FakeErrorCode = (typeof FakeErrorCodes)[keyof typeof FakeErrorCodes];

const DEFAULT_MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  // office-js#664: the message Excel gives when an add-in writes where it may not.
  AccessDenied: "You don't have sufficient permissions for this action.",
  InvalidOperation: 'The operation is invalid for the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  GeneralException: 'There was an internal error while processing the request.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The size of the payload exceeded the limit. Read the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  RangeExceedsLimit: 'The cell count in range has exceeded the maximum supported number.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  NotImplemented: "The requested feature isn't implemented.",
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Runtime stand-in for `OfficeExtension.Error` (installed as `OfficeExtension.Error`). */
export class FakeOfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeExtensionError | null = null;

  constructor(code: FakeErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    // office.js errors report name "RichApi.Error".
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function officeError(
  code: FakeErrorCode,
  detail?: string,
  location?: string,
): FakeOfficeExtensionError {
  const base = DEFAULT_MESSAGES[code];
  const message = detail === undefined ? base : `${base} (${detail})`;
  return new FakeOfficeExtensionError(code, message, location);
}

/** The client-side error office.js throws from a getter whose value was not loaded and synced. */
export function propertyNotLoaded(property: string, className: string): FakeOfficeExtensionError {
  return new FakeOfficeExtensionError(
    FakeErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`,
  );
}

/**
 * Thrown (plain Error, not an Office error) when add-in code uses a part of the Excel API the fake
 * does not model: failing loudly beats silently returning something Excel would not.
 */
export class FakeExcelNotModelledError extends Error {
  constructor(what: string) {
    super(
      `The fake Excel host does not model ${what}. Extend src/fake-excel or test this against real Excel.`,
    );
    this.name = 'FakeExcelNotModelledError';
  }
}
