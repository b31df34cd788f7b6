import documentedHttpsReply from './fixtures/documented-https-reply.json';
import { interpretLicense } from '../../src/license/interpret';
import { ERROR_CODES, GENERIC_WECHAT_MESSAGE } from '../../src/license/error-codes';
import { FakeCloudSDKError } from './fake-wx-server-sdk';
import {
  BUCKET_PREFIX,
  CONSOLE_CALLER,
  MINI_PROGRAM_CALLER,
  OPENID,
  OTHER_OPENID,
  OWN_FILE_ID,
  setupHandler,
} from './handler-fixture';
import { createTestImages, TestImages } from './test-images';

let images: TestImages;

beforeAll(async () => {
  images = await createTestImages();
});

const replyOk = { kind: 'reply' as const, wireReply: documentedHttpsReply };

describe('recognition success', () => {
  test('fileID returns documented wire reply and interpretation', async () => {
    const { handler, fake } = setupHandler({ files: { [OWN_FILE_ID]: images.jpeg }, ocr: replyOk });

    const result = (await handler({ fileID: OWN_FILE_ID })) as Record<string, unknown>;

    const { interpretation, ...wire } = result;
    expect(wire).toEqual(documentedHttpsReply);
    expect(interpretation).toEqual(interpretLicense(documentedHttpsReply, { today: '2026-12-05' }));
    expect(fake.calls.downloadFile).toEqual([OWN_FILE_ID]);
    expect(fake.calls.businessLicense).toHaveLength(1);
  });

  test('JPEG bytes reach WeChat as a Buffer with image/jpeg', async () => {
    const { handler, fake } = setupHandler({ files: { [OWN_FILE_ID]: images.jpeg }, ocr: replyOk });

    await handler({ action: 'recognize', fileID: OWN_FILE_ID });

    const img = fake.calls.businessLicense[0]?.img as { contentType: string; value: unknown };
    expect(img.contentType).toBe('image/jpeg');
    expect(Buffer.isBuffer(img.value)).toBe(true);
    expect((img.value as Buffer).equals(images.jpeg)).toBe(true);
  });

  test('PNG named .jpg is sent as image/png', async () => {
    const { handler, fake } = setupHandler({ files: { [OWN_FILE_ID]: images.png }, ocr: replyOk });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result.errcode).toBe(0);
    const img = fake.calls.businessLicense[0]?.img as { contentType: string };
    expect(img.contentType).toBe('image/png');
  });

  test('inline base64 from console is decoded to a Buffer', async () => {
    const { handler, fake } = setupHandler({ context: CONSOLE_CALLER, ocr: replyOk });

    const result = await handler({ img: { base64: images.png.toString('base64'), contentType: 'image/jpeg' } });

    expect(result.errcode).toBe(0);
    const img = fake.calls.businessLicense[0]?.img as { contentType: string; value: unknown };
    expect(img.contentType).toBe('image/png');
    expect(Buffer.isBuffer(img.value)).toBe(true);
    expect((img.value as Buffer).equals(images.png)).toBe(true);
  });

  test('imgUrl from console is passed to WeChat unfetched', async () => {
    const { handler, fake } = setupHandler({ context: CONSOLE_CALLER, ocr: replyOk });

    const result = await handler({ imgUrl: 'https://example.com/license.jpg' });

    expect(result.errcode).toBe(0);
    expect(fake.calls.businessLicense).toEqual([{ imgUrl: 'https://example.com/license.jpg' }]);
    expect(fake.calls.downloadFile).toEqual([]);
  });

  test('userInfo added by callFunction is accepted and ignored', async () => {
    const { handler } = setupHandler({ files: { [OWN_FILE_ID]: images.jpeg }, ocr: replyOk });

    const result = await handler({ fileID: OWN_FILE_ID, userInfo: { appId: 'wx0000000000000000', openId: OTHER_OPENID } });

    expect(result.errcode).toBe(0);
  });

  test('userInfo openId does not grant access to its folder', async () => {
    const otherFile = `${BUCKET_PREFIX}/bizlicense/${OTHER_OPENID}/20261205/x.jpg`;
    const { handler, fake } = setupHandler({ files: { [otherFile]: images.jpeg }, ocr: replyOk });

    const result = await handler({ fileID: otherFile, userInfo: { appId: 'wx0000000000000000', openId: OTHER_OPENID } });

    expect(result.errcode).toBe(ERROR_CODES.FILE_ACCESS_DENIED.errcode);
    expect(fake.calls.downloadFile).toEqual([]);
  });
});

/** Every WeChat code the registry lists, thrown by the OCR call as the SDK throws it. */
const WECHAT_CODES = [
  ['SYSTEM_ERROR', 'system error'],
  ['INVALID_CREDENTIAL', 'invalid credential, access_token is invalid or not latest'],
  ['INVALID_IMAGE_URL', 'invalid image url'],
  ['CERTIFICATE_NOT_FOUND', 'certificate not found'],
  ['DECODE_IMAGE_FAILED', 'decode image failed'],
  ['NOT_ENOUGH_QUOTA', 'not enough market quota'],
] as const;

describe('WeChat errors', () => {
  test.each(WECHAT_CODES)('%s becomes its registry result', async (name, wechatText) => {
    const code = ERROR_CODES[name];
    const { handler } = setupHandler({
      files: { [OWN_FILE_ID]: images.jpeg },
      ocr: { kind: 'wechat-error', errcode: code.errcode, errmsg: wechatText },
    });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result).toEqual({ errcode: code.errcode, errmsg: code.errmsg, message: code.message });
  });

  test('unlisted WeChat code passes through with generic message', async () => {
    const { handler } = setupHandler({
      files: { [OWN_FILE_ID]: images.jpeg },
      ocr: { kind: 'wechat-error', errcode: 45009, errmsg: 'reach max api daily quota limit' },
    });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result).toEqual({ errcode: 45009, errmsg: 'reach max api daily quota limit', message: GENERIC_WECHAT_MESSAGE });
  });
});

describe('SDK errors', () => {
  const sdkErrors = [
    ['NO_OPENAPI_PERMISSION', new FakeCloudSDKError(-604101, 'openapi.ocr.businessLicense:fail -604101 function has no permission to call this API')],
    ['NETWORK_ERROR', Object.assign(new Error('connect ECONNRESET'), { errCode: -501001 })],
    ['TIMEOUT', new FakeCloudSDKError(-501002, 'ocr.businessLicense:fail timeout')],
  ] as const;

  test.each(sdkErrors)('OCR call throwing %s maps to registry', async (name, thrown) => {
    const code = ERROR_CODES[name];
    const { handler } = setupHandler({ files: { [OWN_FILE_ID]: images.jpeg }, ocr: { kind: 'throw', value: thrown } });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result).toEqual({ errcode: code.errcode, errmsg: code.errmsg, message: code.message });
  });

  test('missing file with -503003 only in errMsg', async () => {
    const { handler, fake } = setupHandler({ downloadThrows: new FakeCloudSDKError(-1, 'downloadFile:fail -503003 storage file not exists') });
    const code = ERROR_CODES.STORAGE_FILE_NOT_EXISTS;

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result).toEqual({ errcode: code.errcode, errmsg: code.errmsg, message: code.message });
    expect(fake.calls.businessLicense).toEqual([]);
  });

  test('missing file with errCode -503003', async () => {
    const { handler } = setupHandler({ files: {} });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result.errcode).toBe(-503003);
  });

  const oddThrows = [
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['a plain Error', new Error('unexpected')],
  ] as const;

  test.each(oddThrows)('SDK throwing %s gives INTERNAL_ERROR', async (_label, thrown) => {
    const { handler } = setupHandler({ files: { [OWN_FILE_ID]: images.jpeg }, ocr: { kind: 'throw', value: thrown } });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(result.errmsg).toBe('internal error: wx-server-sdk threw a value without an error code');
    expect((result as { message: string }).message).toBe(ERROR_CODES.INTERNAL_ERROR.message);
  });

  test('openapi before init throws and is still a result', async () => {
    const { createFakeWxServerSdk } = await import('./fake-wx-server-sdk');
    const { adaptWxServerSdk } = await import('../../src/providers/wechat-cloud');
    const { createHandler } = await import('../../cloudfunctions/bizlicenseOcr/src/handler');
    const fake = createFakeWxServerSdk({ context: CONSOLE_CALLER });
    const handler = createHandler({
      sdk: adaptWxServerSdk(fake),
      clock: () => new Date(),
      logger: { info: () => undefined },
      config: { allowAnyFileID: false },
    });

    const result = await handler({ imgUrl: 'https://example.com/a.jpg' });

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(result.errmsg).toBe('internal error: wx-server-sdk was called before cloud.init');
  });
});

/** Events rejected before any download or WeChat call, with the code each must give. */
const BAD_EVENTS: Array<[string, unknown, keyof typeof ERROR_CODES]> = [
  ['null event', null, 'INVALID_EVENT'],
  ['array event', [OWN_FILE_ID], 'INVALID_EVENT'],
  ['string event', OWN_FILE_ID, 'INVALID_EVENT'],
  ['empty event', {}, 'INVALID_EVENT'],
  ['two sources', { fileID: OWN_FILE_ID, imgUrl: 'https://example.com/a.jpg' }, 'INVALID_EVENT'],
  ['three sources', { fileID: OWN_FILE_ID, imgUrl: 'https://a.example/a.jpg', img: { base64: 'AAAA' } }, 'INVALID_EVENT'],
  ['misspelt fileId', { fileId: OWN_FILE_ID }, 'INVALID_EVENT'],
  ['extra key', { fileID: OWN_FILE_ID, debug: true }, 'INVALID_EVENT'],
  ['fileID number', { fileID: 42 }, 'INVALID_EVENT'],
  ['fileID empty', { fileID: '' }, 'INVALID_EVENT'],
  ['action number', { action: 1, fileID: OWN_FILE_ID }, 'INVALID_EVENT'],
  ['unknown action', { action: 'deleteFile', fileID: OWN_FILE_ID }, 'UNKNOWN_ACTION'],
  ['createUploadPath with fileID', { action: 'createUploadPath', fileID: OWN_FILE_ID }, 'INVALID_EVENT'],
  ['createUploadPath gif', { action: 'createUploadPath', extension: 'gif' }, 'INVALID_EVENT'],
  ['other user folder', { fileID: `${BUCKET_PREFIX}/bizlicense/${OTHER_OPENID}/20261205/a.jpg` }, 'FILE_ACCESS_DENIED'],
  ['dot-dot segment', { fileID: `${BUCKET_PREFIX}/bizlicense/${OPENID}/../${OTHER_OPENID}/a.jpg` }, 'FILE_ACCESS_DENIED'],
  ['img from Mini Program', { img: { base64: 'AAAA' } }, 'FILE_ACCESS_DENIED'],
  ['imgUrl from Mini Program', { imgUrl: 'https://example.com/a.jpg' }, 'FILE_ACCESS_DENIED'],
];

describe('rejected events', () => {
  test.each(BAD_EVENTS)('%s is rejected without WeChat', async (_label, event, name) => {
    const { handler, fake } = setupHandler({ files: { [OWN_FILE_ID]: images.jpeg }, ocr: replyOk });

    const result = await handler(event);

    expect(result.errcode).toBe(ERROR_CODES[name].errcode);
    expect((result as { message: string }).message).toBe(ERROR_CODES[name].message);
    expect(fake.calls.businessLicense).toEqual([]);
    expect(fake.calls.downloadFile).toEqual([]);
  });

  const consoleEvents: Array<[string, unknown, keyof typeof ERROR_CODES]> = [
    ['ftp url', { imgUrl: 'ftp://example.com/a.jpg' }, 'INVALID_IMAGE_URL_SCHEME'],
    ['file url', { imgUrl: 'file:///etc/hosts' }, 'INVALID_IMAGE_URL_SCHEME'],
    ['relative url', { imgUrl: 'license.jpg' }, 'INVALID_EVENT'],
    ['empty base64', { img: { base64: '' } }, 'IMAGE_EMPTY'],
    ['bad base64', { img: { base64: 'not base64!' } }, 'INVALID_BASE64'],
    ['data url base64', { img: { base64: 'data:image/png;base64,iVBORw0KGgo=' } }, 'INVALID_BASE64'],
    ['text bytes', { img: { base64: Buffer.from('hello, not an image').toString('base64') } }, 'UNSUPPORTED_IMAGE_TYPE'],
    ['truncated png', { img: { base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64') } }, 'IMAGE_CORRUPT'],
    ['oversized base64', { img: { base64: 'A'.repeat(2_796_208) } }, 'IMAGE_TOO_LARGE'],
    ['img unknown key', { img: { base64: 'AAAA', name: 'a.jpg' } }, 'INVALID_EVENT'],
    ['fileID without setting', { fileID: OWN_FILE_ID }, 'FILE_ACCESS_DENIED'],
  ];

  test.each(consoleEvents)('console %s is rejected without WeChat', async (_label, event, name) => {
    const { handler, fake } = setupHandler({ context: CONSOLE_CALLER, files: { [OWN_FILE_ID]: images.jpeg }, ocr: replyOk });

    const result = await handler(event);

    expect(result.errcode).toBe(ERROR_CODES[name].errcode);
    expect(fake.calls.businessLicense).toEqual([]);
    expect(fake.calls.downloadFile).toEqual([]);
  });
});

describe('downloaded image checks', () => {
  const cases: Array<[string, Buffer, keyof typeof ERROR_CODES]> = [
    ['empty file', Buffer.alloc(0), 'IMAGE_EMPTY'],
    ['file over 2 MiB', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2 * 1024 * 1024 - 3)]), 'IMAGE_TOO_LARGE'],
    ['GIF file', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'UNSUPPORTED_IMAGE_TYPE'],
    ['JPEG start only', Buffer.from([0xff, 0xd8, 0xff]), 'IMAGE_CORRUPT'],
  ];

  test.each(cases)('%s is rejected before WeChat', async (_label, bytes, name) => {
    const { handler, fake } = setupHandler({ files: { [OWN_FILE_ID]: bytes }, ocr: replyOk });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result.errcode).toBe(ERROR_CODES[name].errcode);
    expect(fake.calls.downloadFile).toEqual([OWN_FILE_ID]);
    expect(fake.calls.businessLicense).toEqual([]);
  });

  test('exactly 2 MiB is accepted', async () => {
    const bytes = Buffer.concat([images.jpeg, Buffer.alloc(2 * 1024 * 1024 - images.jpeg.length)]);
    const { handler } = setupHandler({ files: { [OWN_FILE_ID]: bytes }, ocr: replyOk });

    const result = await handler({ fileID: OWN_FILE_ID });

    expect(result.errcode).toBe(0);
  });
});

describe('console fileID setting', () => {
  test('allowAnyFileID lets console read any folder', async () => {
    const otherFile = `${BUCKET_PREFIX}/uploads/2026/a.png`;
    const { handler, fake } = setupHandler(
      { context: CONSOLE_CALLER, files: { [otherFile]: images.png }, ocr: replyOk },
      { allowAnyFileID: true },
    );

    const result = await handler({ fileID: otherFile });

    expect(result.errcode).toBe(0);
    expect(fake.calls.downloadFile).toEqual([otherFile]);
  });

  test('allowAnyFileID still rejects dot-dot paths', async () => {
    const { handler, fake } = setupHandler({ context: CONSOLE_CALLER }, { allowAnyFileID: true });

    const result = await handler({ fileID: `${BUCKET_PREFIX}/uploads/../secret.png` });

    expect(result.errcode).toBe(ERROR_CODES.FILE_ACCESS_DENIED.errcode);
    expect(fake.calls.downloadFile).toEqual([]);
  });

  test('allowAnyFileID does not widen Mini Program callers', async () => {
    const otherFile = `${BUCKET_PREFIX}/bizlicense/${OTHER_OPENID}/20261205/a.jpg`;
    const { handler } = setupHandler({ context: MINI_PROGRAM_CALLER, files: { [otherFile]: images.jpeg } }, { allowAnyFileID: true });

    const result = await handler({ fileID: otherFile });

    expect(result.errcode).toBe(ERROR_CODES.FILE_ACCESS_DENIED.errcode);
  });
});

describe('createUploadPath', () => {
  test('returns a jpg path in the caller folder', async () => {
    const { handler } = setupHandler();

    const result = await handler({ action: 'createUploadPath' });

    expect(result).toEqual({ errcode: 0, errmsg: 'ok', cloudPath: `bizlicense/${OPENID}/20261205/a1a1a1a1a1a1a1a1.jpg` });
  });

  test('png extension is honoured', async () => {
    const { handler } = setupHandler();

    const result = await handler({ action: 'createUploadPath', extension: 'png', userInfo: { appId: 'wx0000000000000000' } });

    expect(result).toEqual({ errcode: 0, errmsg: 'ok', cloudPath: `bizlicense/${OPENID}/20261205/a1a1a1a1a1a1a1a1.png` });
  });

  test('path from createUploadPath passes the access check', async () => {
    const { handler } = setupHandler();
    const { cloudPath } = (await handler({ action: 'createUploadPath' })) as { cloudPath: string };
    const fileID = `${BUCKET_PREFIX}/${cloudPath}`;
    const withFile = setupHandler({ files: { [fileID]: images.jpeg }, ocr: replyOk });

    const result = await withFile.handler({ fileID });

    expect(result.errcode).toBe(0);
    expect(withFile.fake.calls.downloadFile).toEqual([fileID]);
  });

  test('caller without OPENID is rejected', async () => {
    const { handler } = setupHandler({ context: CONSOLE_CALLER });

    const result = await handler({ action: 'createUploadPath' });

    expect(result.errcode).toBe(ERROR_CODES.FILE_ACCESS_DENIED.errcode);
  });

  test('OPENID with a slash is rejected', async () => {
    const { handler } = setupHandler({ context: { OPENID: 'abc/../def', SOURCE: 'wx_client' } });

    const result = await handler({ action: 'createUploadPath' });

    expect(result.errcode).toBe(ERROR_CODES.FILE_ACCESS_DENIED.errcode);
  });
});

describe('log line', () => {
  const personalReply = {
    errcode: 0,
    errmsg: 'ok',
    reg_num: '91350100M000100Y43',
    legal_representative: '李四海',
    enterprise_name: '福州市鼓楼区示例餐饮店',
    address: '福建省福州市鼓楼区示例路88号',
  };

  test('success line has ids and no personal data', async () => {
    const { handler, logLines } = setupHandler({
      files: { [OWN_FILE_ID]: images.jpeg },
      ocr: { kind: 'reply', wireReply: personalReply },
    });

    const result = await handler({ fileID: OWN_FILE_ID }, { request_id: 'req-123' });

    expect(result.errcode).toBe(0);
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toEqual({
      requestId: 'req-123',
      action: 'recognize',
      outcome: 'ok',
      errcode: 0,
      durationMs: 0,
      source: 'fileID',
      hasOpenid: true,
      callerSource: 'wx_client',
    });

    const text = JSON.stringify(logLines);
    for (const secret of [OPENID, '91350100M000100Y43', '李四海', '福州市鼓楼区示例餐饮店', '福建省福州市', 'bizlicense/', '0123456789abcdef']) {
      expect(text).not.toContain(secret);
    }
  });

  test('failure line has errcode and generated request id', async () => {
    const { handler, logLines } = setupHandler();

    await handler({ fileID: `${BUCKET_PREFIX}/bizlicense/${OTHER_OPENID}/x.jpg` });

    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatchObject({
      requestId: 'a1a1a1a1a1a1a1a1',
      action: 'recognize',
      outcome: 'error',
      errcode: ERROR_CODES.FILE_ACCESS_DENIED.errcode,
      source: 'fileID',
    });
    expect(JSON.stringify(logLines)).not.toContain(OTHER_OPENID);
    expect(JSON.stringify(logLines)).not.toContain(OPENID);
  });

  test('throwing logger does not break the call', async () => {
    const { createHandler } = await import('../../cloudfunctions/bizlicenseOcr/src/handler');
    const { adaptWxServerSdk } = await import('../../src/providers/wechat-cloud');
    const { createFakeWxServerSdk } = await import('./fake-wx-server-sdk');
    const sdk = adaptWxServerSdk(createFakeWxServerSdk({ context: MINI_PROGRAM_CALLER }));
    sdk.init();
    const handler = createHandler({
      sdk,
      clock: () => new Date('2026-12-04T21:00:00Z'),
      logger: {
        info: () => {
          throw new Error('disk full');
        },
      },
      config: { allowAnyFileID: false },
      randomHex: () => 'ff',
    });

    const result = await handler({ action: 'createUploadPath' });

    expect(result.errcode).toBe(0);
  });
});

describe('failing dependencies', () => {
  test('throwing clock still returns and logs', async () => {
    const { createHandler } = await import('../../cloudfunctions/bizlicenseOcr/src/handler');
    const { adaptWxServerSdk } = await import('../../src/providers/wechat-cloud');
    const { createFakeWxServerSdk } = await import('./fake-wx-server-sdk');
    const lines: object[] = [];
    const handler = createHandler({
      sdk: adaptWxServerSdk(createFakeWxServerSdk({ context: MINI_PROGRAM_CALLER })),
      clock: () => {
        throw new RangeError('clock unavailable');
      },
      logger: { info: (record) => lines.push(record) },
      config: { allowAnyFileID: false },
    });

    const result = await handler({ action: 'createUploadPath' }, { request_id: 'req-7' });

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(lines).toEqual([{ requestId: 'req-7', action: 'invalid', outcome: 'error', errcode: 710014, errorName: 'RangeError' }]);
  });
});
