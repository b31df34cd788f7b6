import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ERROR_CODES, ErrorCodeName } from '../../src/license/error-codes';
import { FakeCloudSDKError, FakeSdkOptions } from './fake-wx-server-sdk';
import { BUCKET_PREFIX, CONSOLE_CALLER, OTHER_OPENID, OWN_FILE_ID, setupHandler } from './handler-fixture';
import { createTestImages, TestImages } from './test-images';

const root = path.resolve(__dirname, '..', '..');
const NAMES = Object.keys(ERROR_CODES) as ErrorCodeName[];

interface DocRow {
  errcode: number;
  name: string;
  errmsg: string;
  message: string;
  source: string;
  fromFunction: string;
}

/** Reads the rows of the error-code table: lines `| errcode | NAME | errmsg | message | source | function | when |`. */
function readErrorTable(file: string): Map<string, DocRow> {
  const rows = new Map<string, DocRow>();
  for (const line of readFileSync(path.join(root, file), 'utf8').split('\n')) {
    const match = /^\| (-?\d+) \| ([A-Z][A-Z0-9_]*) \|/.exec(line);
    if (!match) {
      continue;
    }
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, ''));
    rows.set(match[2] as string, {
      errcode: Number(match[1]),
      name: match[2] as string,
      errmsg: cells[2] as string,
      message: cells[3] as string,
      source: cells[4] as string,
      fromFunction: cells[5] as string,
    });
  }
  return rows;
}

const english = readErrorTable('docs/cloudfunction.md');
const chinese = readErrorTable('docs/cloudfunction.zh-CN.md');

describe('error table in docs', () => {
  test.each(NAMES)('%s is documented in English with registry values', (name) => {
    const code = ERROR_CODES[name];

    expect(english.get(name)).toEqual({
      errcode: code.errcode,
      name,
      errmsg: code.errmsg,
      message: code.message,
      source: code.source,
      fromFunction: expect.stringMatching(/^(yes|no)$/),
    });
  });

  test.each(NAMES)('%s is documented in Chinese with registry values', (name) => {
    const code = ERROR_CODES[name];
    const row = chinese.get(name);

    expect(row?.errcode).toBe(code.errcode);
    expect(row?.errmsg).toBe(code.errmsg);
    expect(row?.message).toBe(code.message);
    expect(row?.fromFunction).toBe(english.get(name)?.fromFunction === 'yes' ? '是' : '否');
  });

  test('docs list no code missing from the registry', () => {
    expect([...english.keys()].sort()).toEqual([...NAMES].sort());
    expect([...chinese.keys()].sort()).toEqual([...NAMES].sort());
  });
});

let images: TestImages;

beforeAll(async () => {
  images = await createTestImages();
});

/** Calls the handler as a Mini Program user whose own file the fake SDK holds. */
function callWithOwnFile(options: FakeSdkOptions = {}, bytes?: () => Buffer) {
  const { handler } = setupHandler({ files: { [OWN_FILE_ID]: bytes ? bytes() : images.jpeg }, ...options });
  return handler({ fileID: OWN_FILE_ID });
}

function callFromConsole(event: unknown, options: FakeSdkOptions = {}) {
  const { handler } = setupHandler({ context: CONSOLE_CALLER, ...options });
  return handler(event);
}

const wechatError = (errcode: number, errmsg: string): FakeSdkOptions => ({ ocr: { kind: 'wechat-error', errcode, errmsg } });
const sdkThrow = (value: unknown): FakeSdkOptions => ({ ocr: { kind: 'throw', value } });

/** One handler call per code that the function can return, the way a real caller meets it. */
const SCENARIOS: Partial<Record<ErrorCodeName, () => Promise<{ errcode: number }>>> = {
  SYSTEM_ERROR: () => callWithOwnFile(wechatError(-1, 'system error')),
  INVALID_CREDENTIAL: () => callWithOwnFile(wechatError(40001, 'invalid credential')),
  INVALID_IMAGE_URL: () => callFromConsole({ imgUrl: 'https://example.com/missing.jpg' }, wechatError(101000, 'invalid image url')),
  CERTIFICATE_NOT_FOUND: () => callWithOwnFile(wechatError(101001, 'certificate not found')),
  DECODE_IMAGE_FAILED: () => callWithOwnFile(wechatError(101002, 'decode image failed')),
  NOT_ENOUGH_QUOTA: () => callWithOwnFile(wechatError(101003, 'not enough market quota')),
  NO_OPENAPI_PERMISSION: () => callWithOwnFile(sdkThrow(new FakeCloudSDKError(-604101, 'openapi.ocr.businessLicense:fail -604101'))),
  NETWORK_ERROR: () => callWithOwnFile(sdkThrow(Object.assign(new Error('socket hang up'), { errCode: -501001 }))),
  TIMEOUT: () => callWithOwnFile(sdkThrow(new FakeCloudSDKError(-501002, 'ocr.businessLicense:fail timeout'))),
  STORAGE_FILE_NOT_EXISTS: () => setupHandler({ files: {} }).handler({ fileID: OWN_FILE_ID }),
  INVALID_EVENT: () => setupHandler().handler({ fileId: OWN_FILE_ID }),
  UNKNOWN_ACTION: () => setupHandler().handler({ action: 'translate' }),
  FILE_ACCESS_DENIED: () => setupHandler().handler({ fileID: `${BUCKET_PREFIX}/bizlicense/${OTHER_OPENID}/a.jpg` }),
  IMAGE_EMPTY: () => callWithOwnFile({}, () => Buffer.alloc(0)),
  IMAGE_TOO_LARGE: () => callWithOwnFile({}, () => Buffer.concat([images.jpeg, Buffer.alloc(2 * 1024 * 1024)])),
  UNSUPPORTED_IMAGE_TYPE: () => callWithOwnFile({}, () => Buffer.from('%PDF-1.7\n', 'latin1')),
  IMAGE_CORRUPT: () => callWithOwnFile({}, () => images.png.subarray(0, 20)),
  INVALID_BASE64: () => callFromConsole({ img: { base64: '####' } }),
  INVALID_IMAGE_URL_SCHEME: () => callFromConsole({ imgUrl: 'data:image/png;base64,AAAA' }),
  INTERNAL_ERROR: () => callWithOwnFile(sdkThrow('connection reset')),
};

describe('codes the function returns', () => {
  const documentedYes = NAMES.filter((name) => english.get(name)?.fromFunction === 'yes');

  test('scenarios cover exactly the codes marked yes', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...documentedYes].sort());
  });

  test.each(Object.keys(SCENARIOS) as ErrorCodeName[])('%s is reached through the handler', async (name) => {
    const scenario = SCENARIOS[name] as () => Promise<{ errcode: number }>;

    const result = await scenario();

    expect(result.errcode).toBe(ERROR_CODES[name].errcode);
  });
});
