/**
 * Parsing of cloud-storage file IDs and the rule that a Mini Program user may only read files under
 * `bizlicense/<OPENID>/`. The check runs on the path text before any download.
 */

/** The folder under which the Mini Program uploads license photos. */
export const UPLOAD_FOLDER = 'bizlicense';

/** A file ID split into its parts: `cloud://<env>.<bucket>/<path>`. */
export interface ParsedFileID {
  envId: string;
  bucket: string;
  /** The path inside the bucket, without a leading slash, split at `/`. */
  segments: string[];
}

export type FileIDCheck = { ok: true; fileID: ParsedFileID } | { ok: false; reason: string };

const SCHEME = 'cloud://';

/** `<env>.<bucket>`: an environment ID and a bucket name, letters, digits and hyphens only. */
const HOST_PATTERN = /^([A-Za-z0-9][A-Za-z0-9-]*)\.([A-Za-z0-9][A-Za-z0-9-]*)$/;

/**
 * Characters allowed in a path segment. This is the set WeChat recommends for cloudPath
 * (`[A-Za-z0-9-!_.*]`). `%`, `\`, `?`, `#`, spaces and non-ASCII are rejected, so no encoded or
 * alternative spelling of `..` or `/` can reach the storage service.
 */
const SEGMENT_PATTERN = /^[A-Za-z0-9\-!_.*]+$/;

/** Maximum file ID length, with room for the scheme and host around an 850-byte cloudPath. */
export const MAX_FILE_ID_LENGTH = 1024;

/** A WeChat OPENID: letters, digits, `-` and `_` (28 characters in practice). */
const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Tells whether an OPENID is safe to use as a path segment. */
export function isValidOpenid(openid: string): boolean {
  return OPENID_PATTERN.test(openid);
}

/** Parses a file ID and rejects every path that is not a plain, normalised relative path. */
export function parseFileID(fileID: string): FileIDCheck {
  if (fileID.length > MAX_FILE_ID_LENGTH) {
    return { ok: false, reason: `fileID is longer than ${MAX_FILE_ID_LENGTH} characters` };
  }

  if (!fileID.startsWith(SCHEME)) {
    return { ok: false, reason: 'fileID must start with cloud://' };
  }

  const rest = fileID.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  if (slash < 0) {
    return { ok: false, reason: 'fileID has no path after the bucket' };
  }

  const host = HOST_PATTERN.exec(rest.slice(0, slash));
  if (!host) {
    return { ok: false, reason: 'fileID host must be <env>.<bucket>' };
  }

  const segments = rest.slice(slash + 1).split('/');
  for (const segment of segments) {
    if (!SEGMENT_PATTERN.test(segment)) {
      return { ok: false, reason: 'fileID path has an empty segment or a character outside [A-Za-z0-9-!_.*]' };
    }
    if (segment === '.' || segment === '..') {
      return { ok: false, reason: 'fileID path has a . or .. segment' };
    }
  }

  return { ok: true, fileID: { envId: host[1] as string, bucket: host[2] as string, segments } };
}

/**
 * Checks that a file lies in the caller's own upload folder, `bizlicense/<OPENID>/...`, with at
 * least one segment (the file name) below the OPENID folder.
 */
export function isInCallerFolder(fileID: ParsedFileID, openid: string): boolean {
  const [folder, owner, ...below] = fileID.segments;
  return folder === UPLOAD_FOLDER && owner === openid && below.length > 0;
}
