import { z } from 'zod';

import { BizLicenseError } from '../../../src/license/bizlicense-error';

/**
 * The events the function accepts. Every form is a strict object: an unknown key is rejected as
 * INVALID_EVENT, so a misspelt `fileId` fails loudly instead of being ignored. The one exception is
 * `userInfo` (`{ appId, openId }`), which wx.cloud.callFunction adds to every event from the Mini
 * Program. It is dropped and never trusted, because the caller's identity comes from getWXContext().
 */

const recognizeAction = z.literal('recognize').optional();

/** A file in cloud storage, uploaded by the Mini Program. */
export const fileEventSchema = z.strictObject({
  action: recognizeAction,
  fileID: z.string().min(1),
});

/** A public http(s) image URL; WeChat's servers download it, the function never fetches it. */
export const urlEventSchema = z.strictObject({
  action: recognizeAction,
  imgUrl: z.string().min(1).max(2048),
});

/** Inline image bytes, for console tests. `contentType` is ignored: the type comes from the bytes. */
export const inlineEventSchema = z.strictObject({
  action: recognizeAction,
  img: z.strictObject({
    base64: z.string(),
    contentType: z.string().max(100).optional(),
  }),
});

export const uploadPathEventSchema = z.strictObject({
  action: z.literal('createUploadPath'),
  extension: z.enum(['jpg', 'png']).optional(),
});

export type FileEvent = z.infer<typeof fileEventSchema>;
export type UrlEvent = z.infer<typeof urlEventSchema>;
export type InlineEvent = z.infer<typeof inlineEventSchema>;
export type UploadPathEvent = z.infer<typeof uploadPathEventSchema>;

/** The origin of a recognition event's image, also written as `source` in the log line. */
export type SourceKind = 'fileID' | 'imgUrl' | 'img';

export type ParsedEvent =
  | { action: 'recognize'; source: 'fileID'; event: FileEvent }
  | { action: 'recognize'; source: 'imgUrl'; event: UrlEvent }
  | { action: 'recognize'; source: 'img'; event: InlineEvent }
  | { action: 'createUploadPath'; event: UploadPathEvent };

export const KNOWN_ACTIONS = ['recognize', 'createUploadPath'] as const;

const SOURCE_KEYS: readonly SourceKind[] = ['fileID', 'imgUrl', 'img'];

/** Names the first failing key without echoing its value, which may be personal data. */
function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) {
    return 'event does not match the schema';
  }

  const path = issue.path.length > 0 ? issue.path.join('.') : 'event';
  if (issue.code === 'unrecognized_keys') {
    return `unknown key ${issue.keys.join(', ')} in ${path}`;
  }
  return `${path}: ${issue.message}`;
}

function parseWith<T>(schema: z.ZodType<T>, event: Record<string, unknown>): T {
  const parsed = schema.safeParse(event);
  if (!parsed.success) {
    throw new BizLicenseError('INVALID_EVENT', describeIssues(parsed.error));
  }
  return parsed.data;
}

function parseRecognizeEvent(event: Record<string, unknown>): ParsedEvent {
  const present = SOURCE_KEYS.filter((key) => event[key] !== undefined);
  if (present.length !== 1) {
    const found = present.length === 0 ? 'none' : present.join(', ');
    throw new BizLicenseError('INVALID_EVENT', `pass exactly one of fileID, imgUrl, img (found ${found})`);
  }

  const source = present[0] as SourceKind;
  if (source === 'fileID') {
    return { action: 'recognize', source, event: parseWith(fileEventSchema, event) };
  }
  if (source === 'imgUrl') {
    return { action: 'recognize', source, event: parseWith(urlEventSchema, event) };
  }
  return { action: 'recognize', source, event: parseWith(inlineEventSchema, event) };
}

/**
 * Validates an event and distinguishes its forms by `action`. Throws INVALID_EVENT or UNKNOWN_ACTION.
 */
export function parseEvent(raw: unknown): ParsedEvent {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BizLicenseError('INVALID_EVENT', 'event must be an object');
  }

  const { userInfo: _ignored, ...event } = raw as Record<string, unknown>;
  const action = event.action;
  if (action !== undefined && typeof action !== 'string') {
    throw new BizLicenseError('INVALID_EVENT', 'action must be a string');
  }

  if (action === 'createUploadPath') {
    return { action, event: parseWith(uploadPathEventSchema, event) };
  }
  if (action === undefined || action === 'recognize') {
    return parseRecognizeEvent(event);
  }

  throw new BizLicenseError('UNKNOWN_ACTION', `action must be one of ${KNOWN_ACTIONS.join(', ')}`);
}
