import { BizLicenseError } from '../license/bizlicense-error';
import { ERROR_CODES, ErrorCodeName } from '../license/error-codes';
import { ErrorResult, errorResultForCode } from '../license/error-result';
import { wireReplyFromSdkReply } from '../license/from-sdk-reply';
import { WireReply } from '../license/wire-schema';
import { ImageInput, RecognitionProvider } from './provider';

/**
 * The typed adapter around wx-server-sdk 4.x. This is the only file that touches the SDK: the
 * SDK's own typings reject `cloud.DYNAMIC_CURRENT_ENV` under `--strict` and type `openapi` as
 * `Record<string, any>`, so the rest of the kit uses only the narrow {@link WechatCloudSdk}.
 */

/** The image parameter of `cloud.openapi.ocr.businessLicense`, as the SDK expects it. */
export type BusinessLicenseParams =
  | { img: { contentType: 'image/jpeg' | 'image/png'; value: Buffer } }
  | { imgUrl: string };

/** The caller identity that `cloud.getWXContext()` reads from the function's environment. */
export interface WechatCallerContext {
  /** The Mini Program user's OPENID; absent for console, API and function-to-function calls. */
  OPENID?: string;
  /** The invocation source, for example `wx_client`, `wx_devtools`, `wx_http` or `scf`. */
  SOURCE?: string;
  ENV?: string;
}

/** The part of wx-server-sdk that the cloud function uses. */
export interface WechatCloudSdk {
  /** Calls `cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })`. Call it once, at module scope. */
  init(): void;
  getCallerContext(): WechatCallerContext;
  /** Downloads a cloud-storage file. Throws a {@link WechatCloudError} or a {@link BizLicenseError}. */
  downloadFile(fileID: string): Promise<Buffer>;
  /** Calls the bizlicense OCR API and returns the SDK's camelCase reply unchanged. */
  recognizeBusinessLicense(params: BusinessLicenseParams): Promise<unknown>;
}

/** The shape of the wx-server-sdk module as far as this adapter relies on it. */
interface WxServerSdkModule {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  getWXContext(): Record<string, unknown>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: unknown }>;
  openapi: { ocr: { businessLicense(params: BusinessLicenseParams): Promise<unknown> } };
}

/**
 * A WeChat or SDK failure whose code the registry does not list (for example 45009, the daily
 * limit). It keeps WeChat's code and text and gets the registry's generic Chinese message.
 */
export class WechatCloudError extends Error {
  override readonly name = 'WechatCloudError';
  readonly errcode: number;
  readonly errmsg: string;

  constructor(errcode: number, errmsg: string, options?: { cause?: unknown }) {
    super(`wx-server-sdk failed with errcode ${errcode}: ${errmsg}`, options);
    this.errcode = errcode;
    this.errmsg = errmsg;
  }

  toResult(): ErrorResult {
    return errorResultForCode(this.errcode, this.errmsg);
  }
}

/** Registry entries for the codes that WeChat and wx-server-sdk report, by number. */
const SDK_CODE_NAMES: ReadonlyMap<number, ErrorCodeName> = new Map(
  (Object.keys(ERROR_CODES) as ErrorCodeName[])
    .filter((name) => ERROR_CODES[name].source !== 'bizlicense')
    .map((name) => [ERROR_CODES[name].errcode, name]),
);

/** The storage code that wx-server-sdk reports only inside the text of a download error. */
const FILE_NOT_EXISTS_PATTERN = /-503003\b/;

/** wx-server-sdk 4.0.2 throws errCode -1 with this text when an API is called before `cloud.init`. */
const NOT_INITIALISED_PATTERN = /please call init first/;

/** Longest WeChat error text kept in a passed-through errmsg. */
const MAX_PASSED_ERRMSG_LENGTH = 200;

function readSdkErrorFields(error: unknown): { errCode?: unknown; errMsg?: unknown } {
  if (typeof error !== 'object' || error === null) {
    return {};
  }

  const fields = error as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  return { errCode: fields.errCode, errMsg: fields.errMsg ?? fields.message };
}

/** Turns `openapi.ocr.businessLicense:fail reach max api daily quota limit` into its WeChat text. */
function wechatTextOf(errMsg: string): string {
  const failIndex = errMsg.indexOf(':fail ');
  const text = failIndex >= 0 ? errMsg.slice(failIndex + ':fail '.length) : errMsg;
  return text.trim().slice(0, MAX_PASSED_ERRMSG_LENGTH) || 'unknown error';
}

/**
 * Maps anything wx-server-sdk throws to a typed error. A CloudSDKError carries `errCode` and
 * `errMsg`; -503003 may appear only in the text, so the text is checked first. Codes the registry
 * lists become a {@link BizLicenseError}; other numeric codes a {@link WechatCloudError}; a thrown
 * value without a numeric code (a string, `undefined`, a plain Error) an INTERNAL_ERROR.
 */
export function mapSdkError(error: unknown): BizLicenseError | WechatCloudError {
  const { errCode, errMsg } = readSdkErrorFields(error);
  let text = '';
  if (typeof errMsg === 'string') {
    text = errMsg;
  } else if (typeof error === 'string') {
    text = error;
  }

  if (errCode === -503003 || FILE_NOT_EXISTS_PATTERN.test(text)) {
    return new BizLicenseError('STORAGE_FILE_NOT_EXISTS', undefined, { cause: error });
  }

  if (NOT_INITIALISED_PATTERN.test(text)) {
    return new BizLicenseError('INTERNAL_ERROR', 'wx-server-sdk was called before cloud.init', { cause: error });
  }

  if (typeof errCode !== 'number' || !Number.isInteger(errCode) || errCode === 0) {
    return new BizLicenseError('INTERNAL_ERROR', 'wx-server-sdk threw a value without an error code', {
      cause: error,
    });
  }

  const name = SDK_CODE_NAMES.get(errCode);
  if (name) {
    return new BizLicenseError(name, undefined, { cause: error });
  }

  return new WechatCloudError(errCode, wechatTextOf(text), { cause: error });
}

/** Calls an SDK function and maps whatever it throws, including synchronous throws. */
async function callSdk<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapSdkError(error);
  }
}

function readContextString(context: Record<string, unknown>, key: string): string | undefined {
  const value = context[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Wraps a loaded wx-server-sdk module (or a fake of the same shape) in the typed adapter. */
export function adaptWxServerSdk(sdkModule: unknown): WechatCloudSdk {
  const cloud = sdkModule as WxServerSdkModule;

  return {
    init() {
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    },

    getCallerContext() {
      const context = cloud.getWXContext() ?? {};
      return {
        OPENID: readContextString(context, 'OPENID'),
        SOURCE: readContextString(context, 'SOURCE'),
        ENV: readContextString(context, 'ENV'),
      };
    },

    downloadFile(fileID) {
      return callSdk(async () => {
        const { fileContent } = await cloud.downloadFile({ fileID });
        if (!Buffer.isBuffer(fileContent)) {
          throw new BizLicenseError('INTERNAL_ERROR', 'downloadFile returned no Buffer');
        }
        return fileContent;
      });
    },

    recognizeBusinessLicense(params) {
      return callSdk(() => cloud.openapi.ocr.businessLicense(params));
    },
  };
}

/**
 * Loads wx-server-sdk with `require`, so that importing this file never needs the package: it is
 * installed only in the cloud function's own folder, and the bundler leaves it external.
 */
export function loadWxServerSdk(): WechatCloudSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return adaptWxServerSdk(require('wx-server-sdk'));
}

/**
 * Creates a recognition provider over WeChat's cloud call. Image bytes must already be checked as JPEG or
 * PNG (`contentType` set); a URL goes to WeChat, whose servers download it.
 */
export function createWechatCloudProvider(sdk: WechatCloudSdk): RecognitionProvider {
  return {
    name: 'wechat-cloud',

    async recognize(image: ImageInput): Promise<WireReply> {
      const params = businessLicenseParamsOf(image);
      const reply = await sdk.recognizeBusinessLicense(params);
      return wireReplyFromSdkReply(reply);
    },
  };
}

function businessLicenseParamsOf(image: ImageInput): BusinessLicenseParams {
  if (image.kind === 'url') {
    return { imgUrl: image.url };
  }

  const contentType = image.contentType;
  if (contentType !== 'image/jpeg' && contentType !== 'image/png') {
    throw new BizLicenseError('UNSUPPORTED_IMAGE_TYPE', `content type ${String(contentType)}`);
  }

  // The SDK checks Buffer.isBuffer: a Uint8Array would be sent as JSON text, so copy it into a Buffer.
  const value = Buffer.isBuffer(image.bytes) ? image.bytes : Buffer.from(image.bytes);
  return { img: { contentType, value } };
}
