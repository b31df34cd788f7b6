import { ERROR_CODES, ErrorCodeName } from './error-codes';
import { ErrorResult, errorResult } from './error-result';

/**
 * An expected failure inside the kit, carrying its registry code. Engines, providers and adapters
 * throw it; the edges (cloud function, CLI, server) turn it into an {@link ErrorResult}.
 */
export class BizLicenseError extends Error {
  override readonly name = 'BizLicenseError';
  readonly code: ErrorCodeName;
  readonly errcode: number;
  /** Developer-facing detail appended to errmsg; never personal data. */
  readonly detail?: string;

  constructor(code: ErrorCodeName, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${ERROR_CODES[code].errmsg}: ${detail}` : ERROR_CODES[code].errmsg, options);
    this.code = code;
    this.errcode = ERROR_CODES[code].errcode;
    this.detail = detail;
  }

  toResult(): ErrorResult {
    return errorResult(this.code, this.detail);
  }
}

/**
 * Tells whether a value is a BizLicenseError. It checks `name` and `code` as well as the prototype,
 * because two bundles (for example the cloud function and the library) each carry their own class.
 */
export function isBizLicenseError(value: unknown): value is BizLicenseError {
  if (value instanceof BizLicenseError) {
    return true;
  }

  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'BizLicenseError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as { code: string }).code in ERROR_CODES
  );
}
