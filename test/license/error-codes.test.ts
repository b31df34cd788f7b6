import {
  ERROR_CODES,
  ErrorCodeName,
  GENERIC_WECHAT_MESSAGE,
  listErrorCodes,
  lookupErrorCode,
} from '../../src/license/error-codes';
import { errorResult, errorResultForCode, errorResultSchema } from '../../src/license/error-result';
import { BizLicenseError, isBizLicenseError } from '../../src/license/bizlicense-error';

const NAMES = Object.keys(ERROR_CODES) as ErrorCodeName[];

/** Simplified Chinese text contains CJK ideographs. */
const CJK = /[\u4e00-\u9fff]/;

describe('error registry', () => {
  test('errcodes are unique', () => {
    const codes = listErrorCodes().map((code) => code.errcode);

    expect(new Set(codes).size).toBe(codes.length);
  });

  test('no code is zero', () => {
    expect(listErrorCodes().filter((code) => code.errcode === 0)).toEqual([]);
  });

  test.each(NAMES)('%s has English errmsg and Chinese message', (name) => {
    const code = ERROR_CODES[name];

    expect(code.errmsg).toMatch(/^[ -~]+$/);
    expect(code.errmsg).toBe(code.errmsg.toLowerCase());
    expect(code.message).toMatch(CJK);
    expect(code.message.endsWith('。')).toBe(true);
  });

  test.each(NAMES)('%s source matches its number range', (name) => {
    const code = ERROR_CODES[name];
    const inOwnRange = code.errcode >= 710000 && code.errcode <= 710999;

    expect(code.source === 'bizlicense').toBe(inOwnRange);
  });

  test('WeChat bizlicense codes are listed with their documented text', () => {
    const documented: Array<[number, string]> = [
      [-1, 'system error'],
      [40001, 'invalid credential'],
      [101000, 'invalid image url'],
      [101001, 'certificate not found'],
      [101002, 'decode image failed'],
      [101003, 'not enough market quota'],
    ];

    for (const [errcode, errmsg] of documented) {
      expect(lookupErrorCode(errcode).errmsg).toBe(errmsg);
    }
  });

  test('SDK codes are listed', () => {
    expect([-604101, -501001, -501002, -503003].map((errcode) => lookupErrorCode(errcode).source)).toEqual([
      'wechat-sdk',
      'wechat-sdk',
      'wechat-sdk',
      'wechat-sdk',
    ]);
  });

  test('unlisted code gets the generic message', () => {
    const code = lookupErrorCode(45009, 'reach max api daily quota limit');

    expect(code).toEqual({
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
      message: GENERIC_WECHAT_MESSAGE,
      action: 'retry-later',
      source: 'wechat',
    });
  });
});

describe('error results', () => {
  test('errorResult appends detail to errmsg only', () => {
    expect(errorResult('INVALID_EVENT', 'fileID: expected string')).toEqual({
      errcode: 710001,
      errmsg: 'invalid event: fileID: expected string',
      message: ERROR_CODES.INVALID_EVENT.message,
    });
  });

  test('errorResultForCode keeps a given errmsg', () => {
    expect(errorResultForCode(101001, 'certificate not found')).toEqual({
      errcode: 101001,
      errmsg: 'certificate not found',
      message: ERROR_CODES.CERTIFICATE_NOT_FOUND.message,
    });
  });

  test.each(NAMES)('%s result passes the error result schema', (name) => {
    expect(errorResultSchema.safeParse(errorResult(name)).success).toBe(true);
  });

  test('BizLicenseError is recognised across bundles by name', () => {
    const copy = { name: 'BizLicenseError', code: 'TIMEOUT', errcode: -501002 };

    expect(isBizLicenseError(new BizLicenseError('TIMEOUT'))).toBe(true);
    expect(isBizLicenseError(copy)).toBe(true);
    expect(isBizLicenseError({ name: 'BizLicenseError', code: 'NOT_A_CODE' })).toBe(false);
  });
});
