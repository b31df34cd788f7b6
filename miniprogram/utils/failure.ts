import { ERROR_CODES, ErrorAction, ErrorCodeName, lookupErrorCode } from '../lib/bizlicense';

/**
 * A failed step of the capture flow, as the component shows it: the registry's code, the
 * machine-readable `errmsg`, the Chinese `message` for the merchant and the action to offer.
 */
export interface Failure {
  errcode: number;
  errmsg: string;
  message: string;
  action: ErrorAction;
}

/** The label of the button that performs each registry action. */
export const ACTION_BUTTON_TEXT: Readonly<Record<ErrorAction, string>> = Object.freeze({
  'retake-photo': '重新拍摄',
  'choose-another-image': '换一张照片',
  'retry-later': '稍后重试',
  'contact-admin': '联系管理员',
  // A malformed request can only be fixed by the developer, so the merchant is sent to the admin.
  'fix-request': '联系管理员',
});

/** Builds the failure for a registry entry chosen by name. */
export function failureFor(name: ErrorCodeName, detail?: string): Failure {
  const code = ERROR_CODES[name];
  return {
    errcode: code.errcode,
    errmsg: detail ? `${code.errmsg}: ${detail}` : code.errmsg,
    message: code.message,
    action: code.action,
  };
}

/**
 * Builds the failure for any numeric code. The `message` sent by the cloud function wins over the
 * registry's, because the function may be a newer version than this Mini Program's bundle.
 */
export function failureForCode(errcode: number, errmsg?: string, message?: string): Failure {
  const code = lookupErrorCode(errcode, errmsg);
  return {
    errcode,
    errmsg: errmsg ?? code.errmsg,
    message: message && message.trim() !== '' ? message : code.message,
    action: code.action,
  };
}

/**
 * Reads the error code that a failed wx API call puts in its `errMsg`, for example -504002 in
 * `cloud.callFunction:fail -504002 functions execute fail`. Returns undefined when there is none.
 */
export function errcodeFromErrMsg(errMsg: string): number | undefined {
  const match = /:fail\s+(-?\d{2,})\b/.exec(errMsg) ?? /\berrCode:\s*(-?\d+)/.exec(errMsg);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Tells whether a privacy-protected wx API failed because the merchant declined the privacy guide,
 * which WeChat reports as `<api>:fail privacy permission is not authorized`.
 */
export function isPrivacyDeclined(errMsg: string | undefined): boolean {
  return typeof errMsg === 'string' && errMsg.includes('privacy permission is not authorized');
}

/** Tells whether a failed wx API call was cancelled by the user rather than broken. */
export function isUserCancel(errMsg: string | undefined): boolean {
  return typeof errMsg === 'string' && /:fail\s+cancel\b/.test(errMsg);
}

/** An Error that carries the failure to show, thrown by the services and caught by the component. */
export class FailureError extends Error {
  override readonly name = 'FailureError';
  readonly failure: Failure;

  constructor(failure: Failure) {
    super(failure.errmsg);
    this.failure = failure;
  }
}

/** Tells whether a value is a FailureError, by name as well, because two bundles may each carry the class. */
export function isFailureError(value: unknown): value is FailureError {
  return (
    value instanceof FailureError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'FailureError' &&
      typeof (value as { failure?: unknown }).failure === 'object')
  );
}
