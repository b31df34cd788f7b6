import { LicenseFields, licenseFieldsSchema, WireReply } from './wire-schema';

/** Converts one camelCase key to snake_case; snake_case keys pass through unchanged. */
export function toSnakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Keys that describe the call rather than the license, in either spelling. */
const STATUS_KEYS = new Set(['errcode', 'errmsg', 'err_code', 'err_msg']);

function snakeKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(snakeKeysDeep);
  }

  if (typeof value !== 'object' || value === null) {
    return value;
  }

  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    result[toSnakeCase(key)] = snakeKeysDeep(inner);
  }
  return result;
}

/**
 * Extracts the documented license fields from a reply of `cloud.openapi.ocr.businessLicense`.
 *
 * wx-server-sdk 4.x converts WeChat's snake_case reply to camelCase recursively, and WeChat's own
 * cloud-call sample mixes both spellings, so every key is accepted in either spelling at every
 * depth. `errCode`/`errMsg` and any undocumented key are dropped, so no camelCase key survives.
 */
export function licenseFieldsFromSdkReply(reply: unknown): LicenseFields {
  const snake = snakeKeysDeep(reply) as Record<string, unknown>;
  for (const key of STATUS_KEYS) {
    delete snake[key];
  }

  return licenseFieldsSchema.parse(snake);
}

/** Converts an SDK reply to the wire reply of WeChat's HTTPS API (`errcode` 0, `errmsg` "ok"). */
export function wireReplyFromSdkReply(reply: unknown): WireReply {
  return { errcode: 0, errmsg: 'ok', ...licenseFieldsFromSdkReply(reply) };
}
