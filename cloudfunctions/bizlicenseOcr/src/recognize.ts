import { BizLicenseError } from '../../../src/license/bizlicense-error';
import { WireReply } from '../../../src/license/wire-schema';
import { ImageInput, RecognitionProvider } from '../../../src/providers/provider';
import { WechatCallerContext, WechatCloudSdk } from '../../../src/providers/wechat-cloud';
import { FunctionConfig } from './config';
import { ParsedEvent } from './event';
import { isInCallerFolder, isValidOpenid, parseFileID } from './file-id';
import { checkImageBytes, decodeBase64Image } from './image-bytes';

type RecognizeEvent = Extract<ParsedEvent, { action: 'recognize' }>;

export interface RecognizeDeps {
  sdk: WechatCloudSdk;
  provider: RecognitionProvider;
  config: FunctionConfig;
}

/**
 * Checks that the caller may read this file, before anything is downloaded. A Mini Program caller
 * (with an OPENID) may read only `bizlicense/<OPENID>/...`; a caller without one may read any file
 * only when BIZLICENSE_ALLOW_ANY_FILEID is true. Throws FILE_ACCESS_DENIED.
 */
export function checkFileAccess(fileID: string, caller: WechatCallerContext, config: FunctionConfig): void {
  const parsed = parseFileID(fileID);
  if (!parsed.ok) {
    throw new BizLicenseError('FILE_ACCESS_DENIED', parsed.reason);
  }

  const openid = caller.OPENID;
  if (openid === undefined) {
    if (!config.allowAnyFileID) {
      throw new BizLicenseError(
        'FILE_ACCESS_DENIED',
        'a call without OPENID may name a fileID only when BIZLICENSE_ALLOW_ANY_FILEID=true',
      );
    }
    return;
  }

  if (!isValidOpenid(openid) || !isInCallerFolder(parsed.fileID, openid)) {
    throw new BizLicenseError('FILE_ACCESS_DENIED', "fileID is outside the caller's bizlicense/<OPENID>/ folder");
  }
}

/** Accepts only http and https URLs. Throws INVALID_EVENT or INVALID_IMAGE_URL_SCHEME. */
export function checkImageUrl(imgUrl: string): string {
  let url: URL;
  try {
    url = new URL(imgUrl);
  } catch {
    throw new BizLicenseError('INVALID_EVENT', 'imgUrl is not an absolute URL');
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BizLicenseError('INVALID_IMAGE_URL_SCHEME', `scheme ${url.protocol} is not http: or https:`);
  }
  return imgUrl;
}

/**
 * Turns a recognition event into the provider's image input: the URL as given, or the bytes of a
 * downloaded or inline image after the size and magic-byte checks.
 */
async function imageInputOf(parsed: RecognizeEvent, caller: WechatCallerContext, deps: RecognizeDeps): Promise<ImageInput> {
  if (parsed.source !== 'fileID' && caller.OPENID !== undefined) {
    // imgUrl and inline bytes are for console and server-side callers; Mini Program users upload to storage.
    throw new BizLicenseError('FILE_ACCESS_DENIED', `${parsed.source} is accepted only from calls without OPENID`);
  }

  if (parsed.source === 'imgUrl') {
    return { kind: 'url', url: checkImageUrl(parsed.event.imgUrl) };
  }

  let bytes: Buffer;
  if (parsed.source === 'fileID') {
    checkFileAccess(parsed.event.fileID, caller, deps.config);
    // NOTE: the 2 MiB limit is checked after the download, because downloadFile has no size limit
    // option. A cloud storage rule that limits upload size protects the function's memory.
    bytes = await deps.sdk.downloadFile(parsed.event.fileID);
  } else {
    bytes = decodeBase64Image(parsed.event.img.base64);
  }

  const contentType = checkImageBytes(bytes);
  return { kind: 'bytes', bytes, contentType };
}

/** Runs one recognition: access and image checks, then WeChat through the provider. */
export async function recognizeEvent(
  parsed: RecognizeEvent,
  caller: WechatCallerContext,
  deps: RecognizeDeps,
): Promise<WireReply> {
  const image = await imageInputOf(parsed, caller, deps);
  return deps.provider.recognize(image);
}
