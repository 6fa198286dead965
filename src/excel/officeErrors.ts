/** True when `error` is an Office error with this code (OfficeExtension.Error.code). */
export function isOfficeError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
