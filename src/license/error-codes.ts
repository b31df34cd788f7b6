/**
 * The registry of every error code a bizlicense route can return.
 *
 * Codes that WeChat or wx-server-sdk produce keep WeChat's number. Failures that bizlicense detects
 * itself use 710000–710999, a range that neither the bizlicense API nor WeChat's general error
 * codes use. `errmsg` is machine-readable English; `message` is the Chinese text shown to the merchant.
 */

/** The next step for the merchant or the integrating developer after a failure. */
export type ErrorAction =
  | 'retake-photo'
  | 'choose-another-image'
  | 'retry-later'
  | 'contact-admin'
  | 'fix-request';

export interface ErrorCodeEntry {
  errcode: number;
  errmsg: string;
  message: string;
  action: ErrorAction;
  /** Whether WeChat or wx-server-sdk produces this code, as opposed to bizlicense's own checks. */
  source: 'wechat' | 'wechat-sdk' | 'bizlicense';
}

function entry(
  errcode: number,
  errmsg: string,
  message: string,
  action: ErrorAction,
  source: ErrorCodeEntry['source'],
): ErrorCodeEntry {
  return Object.freeze({ errcode, errmsg, message, action, source });
}

export const ERROR_CODES = Object.freeze({
  SYSTEM_ERROR: entry(-1, 'system error', '识别服务繁忙，请稍后重试。', 'retry-later', 'wechat'),
  INVALID_CREDENTIAL: entry(
    40001,
    'invalid credential',
    '识别服务配置有误（access_token 无效），请联系管理员。',
    'contact-admin',
    'wechat',
  ),
  INVALID_IMAGE_URL: entry(
    101000,
    'invalid image url',
    '无法下载图片，请确认链接可公开访问，或改为上传照片。',
    'choose-another-image',
    'wechat',
  ),
  CERTIFICATE_NOT_FOUND: entry(
    101001,
    'certificate not found',
    '未识别到营业执照，请将执照四角完整拍入画面并避免反光后重拍。',
    'retake-photo',
    'wechat',
  ),
  DECODE_IMAGE_FAILED: entry(
    101002,
    'decode image failed',
    '图片无法解析或超过大小限制，请重新拍摄或选择小于 2 MB 的照片。',
    'retake-photo',
    'wechat',
  ),
  NOT_ENOUGH_QUOTA: entry(
    101003,
    'not enough market quota',
    '今日识别次数已用完，请明天再试或手动填写执照信息。',
    'retry-later',
    'wechat',
  ),
  NO_OPENAPI_PERMISSION: entry(
    -604101,
    'function has no permission to call this api',
    '识别服务未开通调用权限，请联系管理员检查云函数的 config.json 权限配置。',
    'contact-admin',
    'wechat-sdk',
  ),
  NETWORK_ERROR: entry(-501001, 'network error', '网络异常，请检查网络后重试。', 'retry-later', 'wechat-sdk'),
  TIMEOUT: entry(-501002, 'timeout', '识别超时，请稍后重试。', 'retry-later', 'wechat-sdk'),
  STORAGE_FILE_NOT_EXISTS: entry(
    -503003,
    'storage file not exists',
    '找不到上传的照片，请重新上传。',
    'retake-photo',
    'wechat-sdk',
  ),

  INVALID_EVENT: entry(
    710001,
    'invalid event',
    '请求参数有误，请联系管理员。',
    'fix-request',
    'bizlicense',
  ),
  UNKNOWN_ACTION: entry(
    710002,
    'unknown action',
    '请求的操作不存在，请升级小程序后重试。',
    'fix-request',
    'bizlicense',
  ),
  FILE_ACCESS_DENIED: entry(
    710003,
    'file access denied',
    '只能识别您本人上传的照片，请重新上传。',
    'retake-photo',
    'bizlicense',
  ),
  IMAGE_EMPTY: entry(710004, 'image is empty', '照片内容为空，请重新拍摄或选择照片。', 'retake-photo', 'bizlicense'),
  IMAGE_TOO_LARGE: entry(
    710005,
    'image too large',
    '照片文件过大，请压缩后重试或重新拍摄。',
    'retake-photo',
    'bizlicense',
  ),
  UNSUPPORTED_IMAGE_TYPE: entry(
    710006,
    'unsupported image type',
    '不支持该文件格式，请选择 JPG 或 PNG 格式的照片。',
    'choose-another-image',
    'bizlicense',
  ),
  IMAGE_CORRUPT: entry(
    710007,
    'image corrupt',
    '照片已损坏或不完整，请重新拍摄或选择照片。',
    'retake-photo',
    'bizlicense',
  ),
  IMAGE_DIMENSIONS_TOO_LARGE: entry(
    710008,
    'image dimensions too large',
    '照片像素尺寸过大，请缩小后重试。',
    'choose-another-image',
    'bizlicense',
  ),
  INVALID_BASE64: entry(
    710009,
    'invalid base64 image',
    '图片数据格式有误，请联系管理员。',
    'fix-request',
    'bizlicense',
  ),
  INVALID_IMAGE_URL_SCHEME: entry(
    710010,
    'image url must be http or https',
    '图片链接无效，只支持 http 或 https 链接。',
    'fix-request',
    'bizlicense',
  ),
  FILE_READ_FAILED: entry(
    710012,
    'file read failed',
    '无法读取该文件，请检查文件是否存在以及读取权限。',
    'choose-another-image',
    'bizlicense',
  ),
  ENGINE_FAILED: entry(
    710013,
    'recognition engine failed',
    '识别引擎出错，请稍后重试；如持续出现请联系管理员。',
    'retry-later',
    'bizlicense',
  ),
  INTERNAL_ERROR: entry(
    710014,
    'internal error',
    '服务内部错误，请稍后重试；如持续出现请联系管理员。',
    'retry-later',
    'bizlicense',
  ),
  URL_INPUT_UNSUPPORTED: entry(
    710015,
    'the offline provider does not download image urls',
    '离线识别不支持图片链接，请改为上传照片文件。',
    'fix-request',
    'bizlicense',
  ),
});

export type ErrorCodeName = keyof typeof ERROR_CODES;

const BY_NUMBER: ReadonlyMap<number, ErrorCodeEntry> = new Map(
  Object.values(ERROR_CODES).map((code) => [code.errcode, code]),
);

/** The Chinese message for a WeChat code that the registry does not list. */
export const GENERIC_WECHAT_MESSAGE = '识别服务暂时不可用，请稍后重试；如持续出现请联系管理员。';

/**
 * Finds the registry entry for an error code. A code the registry does not list (another WeChat
 * code such as 45009) gets an entry with the given errmsg and a generic Chinese message.
 */
export function lookupErrorCode(errcode: number, errmsg = 'unknown error'): ErrorCodeEntry {
  const known = BY_NUMBER.get(errcode);
  if (known) {
    return known;
  }

  return entry(errcode, errmsg, GENERIC_WECHAT_MESSAGE, 'retry-later', 'wechat');
}

/** Lists every registry code, in registry order. */
export function listErrorCodes(): readonly ErrorCodeEntry[] {
  return Object.values(ERROR_CODES);
}
