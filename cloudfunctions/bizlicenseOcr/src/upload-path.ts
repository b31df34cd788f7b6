import { BizLicenseError } from '../../../src/license/bizlicense-error';
import { todayInShanghai } from '../../../src/license/today';
import { isValidOpenid, UPLOAD_FOLDER } from './file-id';
import { UploadPathEvent } from './event';

/** The reply to `{ action: "createUploadPath" }`. */
export interface UploadPathResult {
  errcode: 0;
  errmsg: 'ok';
  /** Upload path for the photo: `bizlicense/<OPENID>/<yyyymmdd>/<random>.<ext>`. */
  cloudPath: string;
}

/** Formats the calendar date in Asia/Shanghai as yyyymmdd. */
export function shanghaiDateStamp(now: Date): string {
  return todayInShanghai(now).replace(/-/g, '');
}

/**
 * Builds an upload path inside the caller's own folder. The client cannot read its OPENID, so it
 * requests the path from the function. The random part is 16 hex characters (64 bits), so paths do not collide and
 * an upload never overwrites an earlier photo. Throws FILE_ACCESS_DENIED without a usable OPENID.
 */
export function createUploadPath(
  event: UploadPathEvent,
  openid: string | undefined,
  now: Date,
  randomHex: (bytes: number) => string,
): UploadPathResult {
  if (openid === undefined) {
    throw new BizLicenseError('FILE_ACCESS_DENIED', 'createUploadPath needs a Mini Program caller with an OPENID');
  }

  if (!isValidOpenid(openid)) {
    throw new BizLicenseError('FILE_ACCESS_DENIED', 'OPENID has characters outside [A-Za-z0-9_-]');
  }

  const extension = event.extension ?? 'jpg';
  const cloudPath = `${UPLOAD_FOLDER}/${openid}/${shanghaiDateStamp(now)}/${randomHex(8)}.${extension}`;
  return { errcode: 0, errmsg: 'ok', cloudPath };
}
