import { z } from 'zod';

import { ERROR_CODES, ErrorCodeName, lookupErrorCode } from './error-codes';

/** A failed recognition as it crosses callFunction, HTTP or the CLI's output. */
export const errorResultSchema = z.object({
  errcode: z.number().int().refine((code) => code !== 0, 'an error result never has errcode 0'),
  errmsg: z.string(),
  message: z.string(),
});

export type ErrorResult = z.infer<typeof errorResultSchema>;

/**
 * Builds the error result for a registry code. `detail` is appended to `errmsg` after a colon for
 * developers; it must not contain personal data.
 */
export function errorResult(name: ErrorCodeName, detail?: string): ErrorResult {
  const code = ERROR_CODES[name];
  return {
    errcode: code.errcode,
    errmsg: detail ? `${code.errmsg}: ${detail}` : code.errmsg,
    message: code.message,
  };
}

/** Builds the error result for any numeric code, including WeChat codes missing from the registry. */
export function errorResultForCode(errcode: number, errmsg?: string): ErrorResult {
  const code = lookupErrorCode(errcode, errmsg);
  return { errcode: code.errcode, errmsg: errmsg ?? code.errmsg, message: code.message };
}
