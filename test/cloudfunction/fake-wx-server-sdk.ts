/**
 * A fake of the wx-server-sdk 4.0.2 module surface that the cloud function uses.
 *
 * What is faked: the whole SDK module. Faking below it was not practical because the SDK sends
 * openapi calls as protobuf messages over signed HTTP requests to CloudBase, and the package is not
 * a project dependency. Behaviour kept from the SDK's index.js:
 * - `DYNAMIC_CURRENT_ENV` is a symbol, and an API called before `init` throws synchronously a
 *   CloudSDKError with errCode -1 and "please call init first".
 * - `getWXContext()` returns the caller's OPENID and SOURCE, or `{}` outside the cloud.
 * - The OCR reply's keys are converted snake_case → camelCase recursively and carry `errCode: 0`
 *   and `errMsg: 'openapi.ocr.businessLicense:ok'`. A WeChat error is thrown as a CloudSDKError
 *   with WeChat's code and `openapi.ocr.businessLicense:fail <errmsg>`.
 * - `downloadFile` resolves to `{ fileContent: Buffer }`. A missing file fails with errCode
 *   -503003, which also appears in the text.
 * - Image bytes that are not a Buffer are serialised as JSON text, which WeChat cannot decode
 *   (reported here as 101002).
 */

/** The error class wx-server-sdk throws: an Error with errCode and errMsg. */
export class FakeCloudSDKError extends Error {
  override readonly name = 'CloudSDKError';
  readonly errCode: number;
  readonly errMsg: string;

  constructor(errCode: number, errMsg: string) {
    super(`errCode: ${errCode} | errMsg: ${errMsg}`);
    this.errCode = errCode;
    this.errMsg = errMsg;
  }
}

/** What the fake OCR call does: reply with a snake_case wire reply, or throw a given value. */
export type FakeOcrBehaviour =
  | { kind: 'reply'; wireReply: Record<string, unknown> }
  | { kind: 'wechat-error'; errcode: number; errmsg: string }
  | { kind: 'throw'; value: unknown };

export interface FakeSdkOptions {
  /** Files in cloud storage by fileID. */
  files?: Record<string, Buffer>;
  /** What getWXContext() returns. */
  context?: Record<string, unknown>;
  ocr?: FakeOcrBehaviour;
  /** A value that downloadFile throws instead of looking up the file. */
  downloadThrows?: unknown;
  /** A value that init throws. */
  initThrows?: unknown;
}

export interface FakeSdkCalls {
  init: Array<{ env: unknown }>;
  downloadFile: string[];
  businessLicense: Array<Record<string, unknown>>;
}

function camelCaseKey(key: string): string {
  return key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Converts every key at every depth to camelCase, as the SDK does with replies. */
function camelCaseKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(camelCaseKeysDeep);
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [camelCaseKey(key), camelCaseKeysDeep(inner)]));
}

export function createFakeWxServerSdk(options: FakeSdkOptions = {}) {
  const calls: FakeSdkCalls = { init: [], downloadFile: [], businessLicense: [] };
  const files = new Map(Object.entries(options.files ?? {}));
  let initialised = false;

  function requireInit(api: string): void {
    if (!initialised) {
      throw new FakeCloudSDKError(-1, `Cloud API isn't enabled, please call init first (${api})`);
    }
  }

  async function businessLicense(params: Record<string, unknown>): Promise<unknown> {
    calls.businessLicense.push(params);
    const img = params.img as { value?: unknown } | undefined;
    if (img !== undefined && !Buffer.isBuffer(img.value)) {
      throw new FakeCloudSDKError(101002, 'openapi.ocr.businessLicense:fail decode image failed');
    }

    const ocr = options.ocr ?? { kind: 'wechat-error', errcode: 101001, errmsg: 'certificate not found' };
    if (ocr.kind === 'wechat-error') {
      throw new FakeCloudSDKError(ocr.errcode, `openapi.ocr.businessLicense:fail ${ocr.errmsg}`);
    }
    if (ocr.kind === 'throw') {
      throw ocr.value;
    }

    const { errcode: _errcode, errmsg: _errmsg, ...fields } = ocr.wireReply;
    return { errCode: 0, errMsg: 'openapi.ocr.businessLicense:ok', ...(camelCaseKeysDeep(fields) as object) };
  }

  const sdk = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),

    init(initOptions: { env: unknown }): void {
      calls.init.push(initOptions);
      if (options.initThrows !== undefined) {
        throw options.initThrows;
      }
      initialised = true;
    },

    getWXContext(): Record<string, unknown> {
      return { ...(options.context ?? {}) };
    },

    async downloadFile({ fileID }: { fileID: string }): Promise<{ fileContent: Buffer }> {
      requireInit('downloadFile');
      calls.downloadFile.push(fileID);
      if (options.downloadThrows !== undefined) {
        throw options.downloadThrows;
      }

      const content = files.get(fileID);
      if (content === undefined) {
        throw new FakeCloudSDKError(-503003, 'downloadFile:fail -503003 storage file not exists. STORAGE_FILE_NONEXIST');
      }
      return { fileContent: Buffer.from(content) };
    },

    get openapi() {
      requireInit('openapi');
      return { ocr: { businessLicense } };
    },

    calls,
  };

  return sdk;
}

export type FakeWxServerSdk = ReturnType<typeof createFakeWxServerSdk>;
