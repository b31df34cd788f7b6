import { isBizLicenseError } from '../../src/license/bizlicense-error';
import { ERROR_CODES } from '../../src/license/error-codes';
import { adaptWxServerSdk, createWechatCloudProvider, mapSdkError, WechatCloudError } from '../../src/providers/wechat-cloud';
import documentedHttpsReply from './fixtures/documented-https-reply.json';
import { createFakeWxServerSdk, FakeCloudSDKError } from './fake-wx-server-sdk';
import { createTestImages } from './test-images';

describe('adaptWxServerSdk', () => {
  test('init passes DYNAMIC_CURRENT_ENV symbol', () => {
    const fake = createFakeWxServerSdk();

    adaptWxServerSdk(fake).init();

    expect(fake.calls.init).toEqual([{ env: fake.DYNAMIC_CURRENT_ENV }]);
    expect(typeof fake.calls.init[0]?.env).toBe('symbol');
  });

  test('caller context keeps OPENID, SOURCE and ENV only', () => {
    const fake = createFakeWxServerSdk({ context: { OPENID: 'o1', SOURCE: 'wx_client', ENV: 'e1', CLIENTIP: '10.0.0.1', APPID: '' } });

    const context = adaptWxServerSdk(fake).getCallerContext();

    expect(context).toEqual({ OPENID: 'o1', SOURCE: 'wx_client', ENV: 'e1' });
  });

  test('empty OPENID counts as absent', () => {
    const fake = createFakeWxServerSdk({ context: { OPENID: '', SOURCE: 'scf' } });

    expect(adaptWxServerSdk(fake).getCallerContext().OPENID).toBeUndefined();
  });
});

describe('createWechatCloudProvider', () => {
  test('Uint8Array bytes reach the SDK as a Buffer', async () => {
    const { jpeg } = await createTestImages();
    const fake = createFakeWxServerSdk({ ocr: { kind: 'reply', wireReply: documentedHttpsReply } });
    const sdk = adaptWxServerSdk(fake);
    sdk.init();
    const provider = createWechatCloudProvider(sdk);
    const view = new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);

    const reply = await provider.recognize({ kind: 'bytes', bytes: view as Buffer, contentType: 'image/jpeg' });

    const value = (fake.calls.businessLicense[0]?.img as { value: unknown }).value;
    expect(Buffer.isBuffer(value)).toBe(true);
    expect(Buffer.from(value as Buffer).equals(jpeg)).toBe(true);
    expect(reply).toEqual(documentedHttpsReply);
  });

  test('bytes without JPEG or PNG type are rejected', async () => {
    const fake = createFakeWxServerSdk();
    const sdk = adaptWxServerSdk(fake);
    sdk.init();

    const call = createWechatCloudProvider(sdk).recognize({ kind: 'bytes', bytes: Buffer.from('x'), contentType: 'image/webp' });

    await expect(call).rejects.toMatchObject({ code: 'UNSUPPORTED_IMAGE_TYPE' });
    expect(fake.calls.businessLicense).toEqual([]);
  });
});

describe('mapSdkError', () => {
  test('-1 with -503003 in text is a missing file', () => {
    const mapped = mapSdkError(new FakeCloudSDKError(-1, 'downloadFile:fail -503003 storage file not exists'));

    expect(mapped).toMatchObject({ name: 'BizLicenseError', code: 'STORAGE_FILE_NOT_EXISTS' });
  });

  test('-1 without storage text is a system error', () => {
    const mapped = mapSdkError(new FakeCloudSDKError(-1, 'openapi.ocr.businessLicense:fail system error'));

    expect(mapped).toMatchObject({ name: 'BizLicenseError', code: 'SYSTEM_ERROR' });
  });

  test('-5030030 is not mistaken for -503003', () => {
    const mapped = mapSdkError(new FakeCloudSDKError(-1, 'fail -5030030 other'));

    expect(mapped).toMatchObject({ name: 'BizLicenseError', code: 'SYSTEM_ERROR' });
  });

  test('unlisted code keeps WeChat text', () => {
    const mapped = mapSdkError(new FakeCloudSDKError(61007, 'openapi.ocr.businessLicense:fail api unauthorized to component'));

    expect(mapped).toBeInstanceOf(WechatCloudError);
    expect(mapped.toResult()).toEqual({
      errcode: 61007,
      errmsg: 'api unauthorized to component',
      message: expect.stringContaining('识别服务暂时不可用'),
    });
  });

  test('bizlicense range codes thrown by SDK are not trusted', () => {
    const mapped = mapSdkError(new FakeCloudSDKError(ERROR_CODES.FILE_ACCESS_DENIED.errcode, 'odd'));

    expect(mapped).toBeInstanceOf(WechatCloudError);
  });

  test('string thrown with storage text is a missing file', () => {
    const mapped = mapSdkError('downloadFile:fail -503003 storage file not exists');

    expect(mapped).toMatchObject({ name: 'BizLicenseError', code: 'STORAGE_FILE_NOT_EXISTS' });
  });
});
