/**
 * The Mini Program's only caller of `wx.cloud`: initialisation, the upload path, the upload itself
 * and the recognition call to the `bizlicenseOcr` cloud function. Every failure reaches the caller
 * as a {@link FailureError} carrying a registry {@link Failure}, never as a raw wx error.
 */
import { errorResultSchema, WireReply, wireReplySchema } from '../lib/bizlicense';
import { errcodeFromErrMsg, Failure, FailureError, failureFor, failureForCode } from '../utils/failure';
import { toWxError, WxError } from '../utils/wx-call';

/** The cloud function that creates upload paths and recognises licenses. */
export const OCR_FUNCTION_NAME = 'bizlicenseOcr';

/** Initialises wx.cloud once, from `App.onLaunch`. */
export function initCloud(env: string): void {
  wx.cloud.init({ env, traceUser: true });
}

/** The file extensions the cloud function accepts for an upload path. */
export type UploadExtension = 'jpg' | 'png';

/** A recognised license: the wire reply and the interpretation the cloud function added, if any. */
export interface RecognizedLicense {
  reply: WireReply;
  interpretation: unknown;
}

/** Calls the cloud function and returns its `result`, or throws a FailureError. */
function callOcrFunction(data: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    wx.cloud.callFunction({
      name: OCR_FUNCTION_NAME,
      data,
      success: (response) => {
        const result = response.result;
        if (typeof result !== 'object' || result === null) {
          reject(new FailureError(failureFor('INTERNAL_ERROR', 'callFunction returned no result object')));
          return;
        }
        resolve(result as Record<string, unknown>);
      },
      fail: (error) => reject(new FailureError(failureFromWxError(error, 'INTERNAL_ERROR'))),
    });
  });
}

/**
 * Maps a failed wx.cloud call to a failure. The code comes from `errCode` or from the number inside
 * `errMsg` (`cloud.callFunction:fail -504002 ...`); without either, `fallback` applies.
 */
function failureFromWxError(error: unknown, fallback: 'INTERNAL_ERROR' | 'NETWORK_ERROR'): Failure {
  const wxError: WxError = toWxError(error);
  const errcode = typeof wxError.errCode === 'number' && wxError.errCode !== 0
    ? wxError.errCode
    : errcodeFromErrMsg(wxError.errMsg);

  if (errcode === undefined) {
    return failureFor(fallback, wxError.errMsg);
  }
  return failureForCode(errcode, wxError.errMsg);
}

/** Turns a cloud function result with a non-zero errcode into a failure. */
function failureFromResult(result: Record<string, unknown>): Failure {
  const parsed = errorResultSchema.safeParse(result);
  if (!parsed.success) {
    return failureFor('INTERNAL_ERROR', 'cloud function result has no errcode, errmsg and message');
  }
  return failureForCode(parsed.data.errcode, parsed.data.errmsg, parsed.data.message);
}

/**
 * Requests a fresh cloud storage path under the caller's own `bizlicense/<OPENID>/` prefix. The
 * client cannot build it itself because it does not know its OPENID.
 */
export async function createUploadPath(extension: UploadExtension): Promise<string> {
  const result = await callOcrFunction({ action: 'createUploadPath', extension });

  if (result.errcode !== 0) {
    throw new FailureError(failureFromResult(result));
  }
  if (typeof result.cloudPath !== 'string' || result.cloudPath === '') {
    throw new FailureError(failureFor('INTERNAL_ERROR', 'createUploadPath returned no cloudPath'));
  }
  return result.cloudPath;
}

/** Progress of an upload, as `UploadTask.onProgressUpdate` reports it. */
export interface UploadProgress {
  /** Percent sent, 0–100. */
  progress: number;
  totalBytesSent: number;
  totalBytesExpectedToSend: number;
}

/** An upload in flight: the Promise of its fileID and a way to abort it. */
export interface UploadHandle {
  fileID: Promise<string>;
  abort(): void;
}

/**
 * Uploads a photo to cloud storage. The callback form of `wx.cloud.uploadFile` is used because only
 * that form returns the UploadTask whose `onProgressUpdate` drives the progress bar.
 */
export function uploadLicensePhoto(
  cloudPath: string,
  filePath: string,
  onProgress: (progress: UploadProgress) => void,
): UploadHandle {
  let task: WechatMiniprogram.UploadTask | undefined;

  const fileID = new Promise<string>((resolve, reject) => {
    task = wx.cloud.uploadFile({
      cloudPath,
      filePath,
      success: (result) => {
        if (typeof result.fileID !== 'string' || result.fileID === '') {
          reject(new FailureError(failureFor('NETWORK_ERROR', 'uploadFile returned no fileID')));
          return;
        }
        resolve(result.fileID);
      },
      fail: (error) => reject(new FailureError(failureFromWxError(error, 'NETWORK_ERROR'))),
    });
  });

  task?.onProgressUpdate((update) => {
    onProgress({
      progress: update.progress,
      totalBytesSent: update.totalBytesSent,
      totalBytesExpectedToSend: update.totalBytesExpectedToSend,
    });
  });

  return {
    fileID,
    abort: () => task?.abort(),
  };
}

/** A recognition in flight. `cancel` settles it at once; a reply that arrives later is dropped. */
export interface RecognitionHandle {
  license: Promise<RecognizedLicense>;
  cancel(): void;
}

/** The error a cancelled recognition rejects with; the caller treats it as no failure at all. */
export class RecognitionCancelledError extends Error {
  override readonly name = 'RecognitionCancelledError';

  constructor() {
    super('recognition cancelled by the user');
  }
}

/**
 * Recognises the license in an uploaded photo. `wx.cloud.callFunction` cannot be aborted, so the
 * timeout and `cancel` stop waiting for it instead; the cloud function still runs to its end and
 * still counts against the daily OCR quota.
 */
export function recognizeLicense(fileID: string, timeoutMs: number): RecognitionHandle {
  let settle: { resolve: (value: RecognizedLicense) => void; reject: (error: Error) => void } | undefined;
  let timer: number | undefined;

  const finish = (action: (handlers: NonNullable<typeof settle>) => void): void => {
    if (settle === undefined) {
      return;
    }
    const handlers = settle;
    settle = undefined;
    if (timer !== undefined) {
      clearTimeout(timer);
    }
    action(handlers);
  };

  const license = new Promise<RecognizedLicense>((resolve, reject) => {
    settle = { resolve, reject };
  });

  timer = setTimeout(() => {
    finish(({ reject }) => reject(new FailureError(failureFor('TIMEOUT', `no reply within ${timeoutMs} ms`))));
  }, timeoutMs) as unknown as number;

  callOcrFunction({ fileID }).then(
    (result) => finish(({ resolve, reject }) => {
      if (result.errcode !== 0) {
        reject(new FailureError(failureFromResult(result)));
        return;
      }

      const reply = wireReplySchema.safeParse(result);
      if (!reply.success) {
        reject(new FailureError(failureFor('INTERNAL_ERROR', 'cloud function reply is not a wire reply')));
        return;
      }
      resolve({ reply: reply.data, interpretation: result.interpretation ?? null });
    }),
    (error: Error) => finish(({ reject }) => reject(error)),
  );

  return {
    license,
    cancel: () => finish(({ reject }) => reject(new RecognitionCancelledError())),
  };
}
