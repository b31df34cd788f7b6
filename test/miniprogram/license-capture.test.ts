/**
 * @jest-environment jsdom
 *
 * The <license-capture> component driven as a merchant would, from photo to `confirm`.
 * Faked: `wx` and `wx.cloud` (see helpers/fake-wx.ts), including the bizlicenseOcr cloud function,
 * which replies like the real one. Real: the compiled component, its services, the WXML template
 * (compiled by miniprogram-simulate's official compiler) and the bundled src/license checks.
 */
import path from 'node:path';

import { CompiledMiniprogram, compileMiniprogram } from './helpers/compile-miniprogram';
import { FakeWx, installFakeWx } from './helpers/fake-wx';
import { renderComponent, settle, SimulatedComponent, tap, textOf, typeInto, waitFor } from './helpers/harness';
import { COMPANY_FIELDS, INDIVIDUAL_BUSINESS_FIELDS, successResult, TODAY } from './helpers/license-fixtures';

interface ErrorCodeEntry {
  errcode: number;
  errmsg: string;
  message: string;
  action: string;
}

let compiled: CompiledMiniprogram;
let lib: {
  ERROR_CODES: Record<string, ErrorCodeEntry>;
  interpretLicense(fields: Record<string, string>, options: { today: string }): { creditCode: { valid: boolean } | null };
  GENERIC_WECHAT_MESSAGE: string;
};
let fake: FakeWx;

const ACTION_TEXT: Record<string, string> = {
  'retake-photo': '重新拍摄',
  'choose-another-image': '换一张照片',
  'retry-later': '稍后重试',
  'contact-admin': '联系管理员',
  'fix-request': '联系管理员',
};

const CLOUD_PATH = 'bizlicense/oTEST-openid/20261205/k3j9x2.jpg';

beforeAll(() => {
  compiled = compileMiniprogram();
  lib = require(path.join(compiled.root, 'lib', 'bizlicense.js'));
});

afterAll(() => compiled.remove());

/** Serves createUploadPath and recognition like bizlicenseOcr does. */
function serveRecognition(fields: Record<string, string>): void {
  fake.cloudFunction = (name, data) => {
    if (name !== 'bizlicenseOcr') {
      return { failErrMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found' };
    }
    if (data.action === 'createUploadPath') {
      return { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH.replace(/jpg$/, String(data.extension)) } };
    }
    return { result: successResult(fields, lib.interpretLicense(fields, { today: TODAY })) };
  };
}

function render(properties: Record<string, unknown> = {}): SimulatedComponent {
  return renderComponent(compiled.root, 'components/license-capture/index', {
    today: TODAY,
    uploadRetryDelayMs: 0,
    ...properties,
  });
}

function listen(component: SimulatedComponent, name: string): unknown[] {
  const received: unknown[] = [];
  component.addEventListener(name, (event) => received.push(event.detail));
  return received;
}

async function chooseAlbumPhotoAndWait(component: SimulatedComponent, phase: string): Promise<void> {
  await tap(component, '.choose-album');
  await waitFor(() => component.data.phase === phase, `phase ${phase}`);
}

beforeEach(() => {
  fake = installFakeWx();
  fake.nextAlbumPhoto = fake.addFile('http://tmp/album-license.jpg', { size: 1_200_000, width: 1600, height: 1200, type: 'jpeg' });
  serveRecognition(COMPANY_FIELDS);
});

describe('happy path', () => {
  test('album photo to confirm', async () => {
    const component = render();
    const confirmed = listen(component, 'confirm');

    await chooseAlbumPhotoAndWait(component, 'confirm');

    const calls = fake.callsOf('cloud.callFunction').map((call) => call.options);
    expect(calls).toEqual([
      { name: 'bizlicenseOcr', data: { action: 'createUploadPath', extension: 'jpg' } },
      {
        name: 'bizlicenseOcr',
        data: { fileID: `cloud://test-env-1a2b.7465-test-env-1a2b-1300000000/${CLOUD_PATH}` },
      },
    ]);
    expect(fake.callsOf('cloud.uploadFile').map((call) => call.options)).toEqual([
      { cloudPath: CLOUD_PATH, filePath: 'http://tmp/album-license.jpg' },
    ]);
    expect(fake.callsOf('compressImage')).toHaveLength(0);
    expect(fake.callsOf('chooseMedia')[0]?.options).toEqual({
      count: 1,
      mediaType: ['image'],
      sourceType: ['album'],
      sizeType: ['original'],
    });

    expect(textOf(component, '.row-reg_num .label')).toBe('统一社会信用代码');
    expect(textOf(component, '.row-enterprise_name .label')).toBe('名称');
    expect(textOf(component, '.row-serial .label')).toBe('证照编号');
    expect(textOf(component, '.row-legal_representative .label')).toBe('法定代表人');
    expect(textOf(component, '.row-registered_capital .label')).toBe('注册资本');
    expect(component.querySelector('.row-type_of_organization')).toBeUndefined();
    expect(component.querySelector('.missing-mark')).toBeUndefined();
    expect(component.querySelector('.issue')).toBeUndefined();
    expect(component.data.canConfirm).toBe(true);

    await tap(component, '.confirm-button');
    expect(confirmed).toHaveLength(1);
    const detail = confirmed[0] as Record<string, unknown>;
    expect(detail.fields).toEqual(COMPANY_FIELDS);
    expect(detail.changes).toEqual([]);
    expect(detail.fileID).toBe(`cloud://test-env-1a2b.7465-test-env-1a2b-1300000000/${CLOUD_PATH}`);
    expect(detail.interpretation).toMatchObject({
      creditCode: { value: '91320621MA1MRHG205', kind: 'uscc', valid: true },
      registeredDate: '2016-05-20',
      validPeriod: { start: '2016-05-20', end: null, longTerm: true },
      registeredCapital: { amount: 1_000_000, currency: 'CNY' },
      entityKind: 'company',
      warnings: [],
    });
  });

  test('upload progress reaches 100', async () => {
    const component = render();
    const percents: number[] = [];
    const original = component.instance.setData as (data: Record<string, unknown>) => void;
    component.instance.setData = function (this: unknown, data: Record<string, unknown>) {
      if (typeof data.uploadPercent === 'number') {
        percents.push(data.uploadPercent);
      }
      original.call(this, data);
    };

    await chooseAlbumPhotoAndWait(component, 'confirm');

    expect(percents).toEqual([0, 0, 50, 100]);
  });

  test('license outline scaled to photo', async () => {
    const component = render();
    await chooseAlbumPhotoAndWait(component, 'confirm');

    // 375 px window, photo 690rpx wide = 345 px, so corners scale by 345 / 966 (img_size.w).
    expect(component.data.photoHeightPx).toBe(260);
    expect(component.data.outlineEdges).toEqual([
      { style: 'left:55.4px;top:68.2px;width:203.9px;transform:rotate(-3.4deg);' },
      { style: 'left:258.9px;top:56.1px;width:126.9px;transform:rotate(87.1deg);' },
      { style: 'left:265.4px;top:182.9px;width:206.8px;transform:rotate(178.7deg);' },
      { style: 'left:58.6px;top:187.5px;width:119.3px;transform:rotate(-91.5deg);' },
    ]);
    expect(component.querySelectorAll('.outline-edge')).toHaveLength(4);
  });

  test('camera photo to confirm', async () => {
    fake.nextCameraPhoto = fake.addFile('http://tmp/camera.jpg', { size: 900_000, width: 1280, height: 960, type: 'jpeg' });
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera', 'camera phase');
    expect(fake.callsOf('authorize')[0]?.options).toEqual({ scope: 'scope.camera' });
    expect(textOf(component, '.camera-hints')).toBe('对准营业执照四角避免反光');

    await tap(component, '.shutter');
    await waitFor(() => component.data.phase === 'confirm', 'confirm phase');
    expect(fake.callsOf('takePhoto')[0]?.options).toEqual({ quality: 'high' });
    expect(fake.callsOf('cloud.uploadFile')[0]?.options.filePath).toBe('http://tmp/camera.jpg');
  });

  test('chat image to confirm', async () => {
    fake.nextChatFile = fake.addFile('http://tmp/chat.jpg', { size: 500_000, width: 1200, height: 900, type: 'jpeg' });
    const component = render();

    await tap(component, '.choose-chat');
    await waitFor(() => component.data.phase === 'confirm', 'confirm phase');
    expect(fake.callsOf('chooseMessageFile')[0]?.options).toEqual({ count: 1, type: 'image' });
  });

  test('album cancel stays on start', async () => {
    fake.nextAlbumPhoto = undefined;
    const component = render();

    await tap(component, '.choose-album');
    await settle(20);

    expect(component.data.phase).toBe('start');
    expect(fake.callsOf('cloud.callFunction')).toHaveLength(0);
  });

  test('cancel event from start', async () => {
    const component = render();
    const cancelled = listen(component, 'cancel');

    await tap(component, '.cancel');

    expect(cancelled).toEqual([{}]);
  });
});

describe('compression', () => {
  test('6 MB JPEG compressed under 2 MB', async () => {
    fake.nextAlbumPhoto = fake.addFile('http://tmp/big.jpg', { size: 6_000_000, width: 4000, height: 3000, type: 'jpeg' });
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'confirm');

    // Step 1 (quality 80, 3264 px) gives 2.70 MB in the fake encoder; step 2 fits.
    expect(fake.callsOf('compressImage').map((call) => call.options)).toEqual([
      { src: 'http://tmp/big.jpg', quality: 80, compressedWidth: 3264, compressedHeight: 2448 },
      { src: 'http://tmp/big.jpg', quality: 70, compressedWidth: 2560, compressedHeight: 1920 },
    ]);
    const uploaded = String(fake.callsOf('cloud.uploadFile')[0]?.options.filePath);
    const size = fake.files.get(uploaded)?.size ?? Infinity;
    expect(size).toBeLessThan(2_000_000);
    expect(size).toBeLessThanOrEqual(Math.floor(1.9 * 1024 * 1024));
    expect(component.data.photoPath).toBe(uploaded);
  });

  test('old base library resizes by canvas', async () => {
    fake.supportsCompressedWidth = false;
    fake.nextAlbumPhoto = fake.addFile('http://tmp/big.jpg', { size: 6_000_000, width: 4000, height: 3000, type: 'jpeg' });
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'confirm');

    expect(fake.callsOf('compressImage')).toHaveLength(0);
    expect(fake.callsOf('createOffscreenCanvas').map((call) => call.options)).toEqual([
      { type: '2d', width: 3264, height: 2448 },
      { type: '2d', width: 2560, height: 1920 },
    ]);
  });

  test('iOS PNG re-encoded as JPEG', async () => {
    fake.nextCameraPhoto = fake.addFile('http://tmp/ios.png', { size: 9_500_000, width: 3024, height: 4032, type: 'png' });
    fake.cameraSetting = true;
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera', 'camera phase');
    await tap(component, '.shutter');
    await waitFor(() => component.data.phase === 'confirm', 'confirm phase');

    expect(fake.callsOf('compressImage')).toHaveLength(0);
    expect(fake.callsOf('createOffscreenCanvas')[0]?.options).toEqual({ type: '2d', width: 2448, height: 3264 });
    expect(fake.callsOf('canvasToTempFilePath')[0]?.options).toMatchObject({
      fileType: 'jpg',
      quality: 0.8,
      destWidth: 2448,
      destHeight: 3264,
    });
    expect(fake.callsOf('cloud.callFunction')[0]?.options.data).toEqual({ action: 'createUploadPath', extension: 'jpg' });
  });

  test('small PNG uploaded as PNG', async () => {
    fake.nextAlbumPhoto = fake.addFile('http://tmp/screenshot.png', { size: 800_000, width: 1170, height: 2532, type: 'png' });
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'confirm');

    expect(fake.callsOf('createOffscreenCanvas')).toHaveLength(0);
    expect(fake.callsOf('cloud.callFunction')[0]?.options.data).toEqual({ action: 'createUploadPath', extension: 'png' });
  });

  test('HEIC re-encoded even when small', async () => {
    fake.nextAlbumPhoto = fake.addFile('http://tmp/photo.heic', { size: 1_000_000, width: 1600, height: 1200, type: 'heic' });
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'confirm');

    expect(fake.callsOf('canvasToTempFilePath')).toHaveLength(1);
    expect(fake.callsOf('cloud.callFunction')[0]?.options.data).toEqual({ action: 'createUploadPath', extension: 'jpg' });
  });

  test('photo that cannot fit refused', async () => {
    fake.encodedSizeFactor = 20;
    fake.nextAlbumPhoto = fake.addFile('http://tmp/noise.jpg', { size: 6_000_000, width: 4000, height: 3000, type: 'jpeg' });
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(fake.callsOf('compressImage')).toHaveLength(5);
    expect(fake.callsOf('cloud.uploadFile')).toHaveLength(0);
    expect(textOf(component, '.failure-message')).toBe(lib.ERROR_CODES.IMAGE_TOO_LARGE?.message);
    expect(textOf(component, '.failure-action')).toBe('重新拍摄');
  });
});

describe('upload', () => {
  test('failed upload retried automatically', async () => {
    fake.uploadOutcomes = [{ failErrMsg: 'cloud.uploadFile:fail network error' }, 'success'];
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'confirm');

    expect(fake.callsOf('cloud.uploadFile')).toHaveLength(2);
    expect(fake.callsOf('cloud.callFunction').filter((call) => 'fileID' in (call.options.data as object))).toHaveLength(1);
  });

  test('upload failing every try shows retry', async () => {
    const failure = { failErrMsg: 'cloud.uploadFile:fail network error' };
    fake.uploadOutcomes = [failure, failure, failure, 'success'];
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');
    expect(fake.callsOf('cloud.uploadFile')).toHaveLength(3);
    expect(textOf(component, '.failure-message')).toBe('网络异常，请检查网络后重试。');
    expect(textOf(component, '.failure-action')).toBe('稍后重试');
    expect(component.data.failure).toMatchObject({ errcode: -501001, action: 'retry-later' });

    await tap(component, '.failure-action');
    await waitFor(() => component.data.phase === 'confirm', 'confirm after retry');
    expect(fake.callsOf('cloud.uploadFile')).toHaveLength(4);
    expect(fake.callsOf('chooseMedia')).toHaveLength(1);
    expect(fake.callsOf('compressImage')).toHaveLength(0);
  });

  test('retry status shown between tries', async () => {
    fake.uploadOutcomes = [{ failErrMsg: 'cloud.uploadFile:fail network error' }];
    const component = render({ uploadRetryDelayMs: 200 });

    await tap(component, '.choose-album');
    await waitFor(() => String(component.data.statusText).startsWith('上传失败'), 'retry status');

    expect(textOf(component, '.status')).toBe('上传失败，正在重试（第 2 次，共 3 次）…');
    await waitFor(() => component.data.phase === 'confirm', 'confirm phase');
  });
});

describe('cloud function errors', () => {
  const codes = (): Array<[string, ErrorCodeEntry]> => Object.entries(lib.ERROR_CODES);

  test('every registry code has a case', () => {
    expect(codes().length).toBeGreaterThanOrEqual(24);
  });

  test.each(
    // Read at collection time from the committed bundle, so that a new registry code gets a case.
    Object.keys(require('../../miniprogram/lib/bizlicense.js').ERROR_CODES as Record<string, unknown>),
  )('%s shows its message and action', async (name) => {
    const entry = lib.ERROR_CODES[name] as ErrorCodeEntry;
    fake.cloudFunction = (_name, data) =>
      data.action === 'createUploadPath'
        ? { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } }
        : { result: { errcode: entry.errcode, errmsg: entry.errmsg, message: entry.message } };
    const component = render();
    const contacted = listen(component, 'contactadmin');

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(textOf(component, '.failure-message')).toBe(entry.message);
    expect(textOf(component, '.failure-action')).toBe(ACTION_TEXT[entry.action]);
    expect(component.data.failure).toMatchObject({ errcode: entry.errcode, errmsg: entry.errmsg, action: entry.action });

    await tap(component, '.failure-action');
    await settle(20);
    if (entry.action === 'contact-admin' || entry.action === 'fix-request') {
      expect(contacted).toEqual([{ errcode: entry.errcode, errmsg: entry.errmsg }]);
      expect(textOf(component, '.failure-detail')).toBe(`请将以下信息提供给管理员：错误码 ${entry.errcode}（${entry.errmsg}）`);
    } else if (entry.action === 'retry-later') {
      expect(fake.callsOf('cloud.callFunction').filter((call) => 'fileID' in (call.options.data as object))).toHaveLength(2);
      expect(fake.callsOf('cloud.uploadFile')).toHaveLength(1);
    } else {
      expect(component.data.phase).toBe('start');
    }
  });

  test('unlisted WeChat code gets generic message', async () => {
    fake.cloudFunction = (_name, data) =>
      data.action === 'createUploadPath'
        ? { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } }
        : { result: { errcode: 45009, errmsg: 'reach max api daily quota limit', message: '' } };
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(textOf(component, '.failure-message')).toBe(lib.GENERIC_WECHAT_MESSAGE);
    expect(textOf(component, '.failure-action')).toBe('稍后重试');
  });

  test('callFunction fail mapped by its code', async () => {
    fake.cloudFunction = (_name, data) =>
      data.action === 'createUploadPath'
        ? { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } }
        : { failErrMsg: 'cloud.callFunction:fail -501002 ocr.businessLicense:fail timeout' };
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(textOf(component, '.failure-message')).toBe('识别超时，请稍后重试。');
    expect(component.data.failure).toMatchObject({ errcode: -501002, action: 'retry-later' });
  });

  test('malformed result is an internal error', async () => {
    fake.cloudFunction = (_name, data) =>
      data.action === 'createUploadPath'
        ? { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } }
        : { result: { errcode: 0, errmsg: 'ok', reg_num: 91320621 } };
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(component.data.failure).toMatchObject({
      errcode: 710014,
      errmsg: 'internal error: cloud function reply is not a wire reply',
      action: 'retry-later',
    });
  });

  test('late failure of abandoned photo hidden', async () => {
    fake.cloudFunction = (_name, data) =>
      data.action === 'createUploadPath'
        ? { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } }
        : 'hold';
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'recognizing');
    await tap(component, '.cancel-recognition');
    expect(component.data.phase).toBe('start');
    fake.heldCalls[0]?.settle({ failErrMsg: 'cloud.callFunction:fail -504002 functions execute fail' });
    await settle(20);

    expect(fake.heldCalls).toHaveLength(1);
    expect(component.data.phase).toBe('start');
    expect(component.data.failure).toBeNull();
  });

  test('createUploadPath failure shown', async () => {
    fake.cloudFunction = () => ({ result: { errcode: 710002, errmsg: 'unknown action', message: '请求的操作不存在，请升级小程序后重试。' } });
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(textOf(component, '.failure-message')).toBe('请求的操作不存在，请升级小程序后重试。');
    expect(fake.callsOf('cloud.uploadFile')).toHaveLength(0);
  });
});

describe('recognition wait', () => {
  test('timeout then retry', async () => {
    let recognitions = 0;
    fake.cloudFunction = (_name, data) => {
      if (data.action === 'createUploadPath') {
        return { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } };
      }
      recognitions += 1;
      return recognitions === 1
        ? 'never'
        : { result: successResult(COMPANY_FIELDS, lib.interpretLicense(COMPANY_FIELDS, { today: TODAY })) };
    };
    const component = render({ recognizeTimeoutMs: 50 });

    await chooseAlbumPhotoAndWait(component, 'failed');
    expect(textOf(component, '.failure-message')).toBe('识别超时，请稍后重试。');
    expect(component.data.failure).toMatchObject({ errcode: -501002, action: 'retry-later' });

    await tap(component, '.failure-action');
    await waitFor(() => component.data.phase === 'confirm', 'confirm after retry');
    expect(recognitions).toBe(2);
    expect(fake.callsOf('cloud.uploadFile')).toHaveLength(1);
  });

  test('cancel while recognising', async () => {
    fake.cloudFunction = (_name, data) =>
      data.action === 'createUploadPath' ? { result: { errcode: 0, errmsg: 'ok', cloudPath: CLOUD_PATH } } : 'never';
    const component = render({ recognizeTimeoutMs: 100 });

    await chooseAlbumPhotoAndWait(component, 'recognizing');
    expect(textOf(component, '.status')).toBe('正在识别营业执照…');
    await tap(component, '.cancel-recognition');
    await settle(150);

    expect(component.data.phase).toBe('start');
    expect(component.data.failure).toBeNull();
  });
});

describe('camera permission', () => {
  test('denied earlier explains and opens settings', async () => {
    fake.cameraSetting = false;
    fake.enablesCameraInSettings = true;
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera-denied', 'camera-denied phase');
    expect(textOf(component, '.camera-denied .hint')).toBe(
      '拍摄营业执照需要摄像头权限。您之前拒绝了授权，请在设置中开启“摄像头”，或改为从相册选择照片。',
    );
    // WeChat shows its permission prompt only once, so after a refusal the component explains at once.
    expect(fake.callsOf('authorize')).toHaveLength(0);

    await tap(component, '.open-setting');
    await waitFor(() => component.data.phase === 'camera', 'camera phase');
    expect(fake.callsOf('openSetting')).toHaveLength(1);
  });

  test('camera error shows explanation', async () => {
    fake.cameraSetting = true;
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera', 'camera phase');
    component.querySelector('.camera')?.dispatchEvent('error', { detail: { errMsg: 'insertCamera:fail auth deny' } });
    await settle();

    expect(component.data.phase).toBe('camera-denied');
  });

  test('refused when asked', async () => {
    fake.allowsCameraWhenAsked = false;
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera-denied', 'camera-denied phase');

    expect(fake.callsOf('authorize')[0]?.options).toEqual({ scope: 'scope.camera' });
  });

  test('still off after settings', async () => {
    fake.cameraSetting = false;
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera-denied', 'camera-denied phase');
    await tap(component, '.open-setting');
    await settle(20);

    expect(component.data.phase).toBe('camera-denied');
  });

  test('album offered when denied', async () => {
    fake.cameraSetting = false;
    const component = render();

    await tap(component, '.open-camera');
    await waitFor(() => component.data.phase === 'camera-denied', 'camera-denied phase');
    await tap(component, '.camera-denied .choose-album');

    await waitFor(() => component.data.phase === 'confirm', 'confirm phase');
  });
});

describe('privacy consent', () => {
  test('prompt shown and agreement passed on', async () => {
    const component = render();
    expect(fake.privacyListener).toBeDefined();
    const answers: unknown[] = [];

    fake.privacyListener?.((answer) => answers.push(answer), { referrer: 'chooseMedia' });
    await settle();
    expect(component.data.privacyPromptVisible).toBe(true);
    expect(textOf(component, '.privacy-dialog .title')).toBe('隐私保护提示');

    await tap(component, '.privacy-link');
    expect(fake.callsOf('openPrivacyContract')).toHaveLength(1);

    component.querySelector('.privacy-agree')?.dispatchEvent('agreeprivacyauthorization', { detail: {} });
    await settle();

    expect(answers).toEqual([
      { event: 'exposureAuthorization' },
      { event: 'agree', buttonId: 'license-capture-privacy-agree' },
    ]);
    expect(component.data.privacyPromptVisible).toBe(false);
  });

  test('declined guide leaves start screen', async () => {
    fake.albumFailErrMsg = 'chooseMedia:fail privacy permission is not authorized';
    const component = render();

    await tap(component, '.choose-album');
    await settle(20);

    expect(component.data.phase).toBe('start');
    expect(component.data.failure).toBeNull();
  });

  test('album read failure shown', async () => {
    fake.albumFailErrMsg = 'chooseMedia:fail file system error';
    const component = render();

    await chooseAlbumPhotoAndWait(component, 'failed');

    expect(component.data.failure).toMatchObject({ errcode: 710012, errmsg: 'file read failed: chooseMedia:fail file system error' });
    expect(textOf(component, '.failure-action')).toBe('换一张照片');
  });

  test('disagreement passed on', async () => {
    const component = render();
    const answers: unknown[] = [];

    fake.privacyListener?.((answer) => answers.push(answer), { referrer: 'camera' });
    await settle();
    await tap(component, '.privacy-disagree');

    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }]);
    expect(component.data.privacyPromptVisible).toBe(false);
  });
});

describe('confirm form', () => {
  async function reachConfirm(properties: Record<string, unknown> = {}): Promise<SimulatedComponent> {
    const component = render(properties);
    await chooseAlbumPhotoAndWait(component, 'confirm');
    return component;
  }

  test('invalid edited credit code blocks confirm', async () => {
    const component = await reachConfirm();
    const confirmed = listen(component, 'confirm');

    await typeInto(component, '.value-reg_num', '91320621MA1MRHG207');
    await settle();

    expect(textOf(component, '.row-reg_num .issue-credit_code_invalid')).toBe(
      '统一社会信用代码校验位不符，可能识别有误，请与执照逐位核对；部分 2016 年前发放的代码也可能如此。',
    );
    expect(textOf(component, '.row-reg_num .edited-mark')).toBe('已修改');
    expect(component.data.canConfirm).toBe(false);
    expect(textOf(component, '.confirm-block')).toBe(
      '统一社会信用代码未通过校验，请逐位核对后修改，或勾选“已核对，与执照一致”后再提交。',
    );
    await tap(component, '.confirm-button');
    expect(confirmed).toHaveLength(0);
  });

  test('fixed credit code unblocks confirm', async () => {
    const component = await reachConfirm();
    const confirmed = listen(component, 'confirm');

    await typeInto(component, '.value-reg_num', '91320621MA1MRHG207');
    await settle();
    await typeInto(component, '.value-reg_num', '91110000600037341L');
    await settle();

    expect(component.data.canConfirm).toBe(true);
    expect(component.querySelector('.acknowledge')).toBeUndefined();
    await tap(component, '.confirm-button');
    expect(confirmed).toHaveLength(1);
    expect((confirmed[0] as Record<string, unknown>).changes).toEqual([
      { field: 'reg_num', recognized: '91320621MA1MRHG205', confirmed: '91110000600037341L' },
    ]);
  });

  test('acknowledged credit code unblocks confirm', async () => {
    const component = await reachConfirm();
    const confirmed = listen(component, 'confirm');

    await typeInto(component, '.value-reg_num', '91320621MA1MRHG207');
    await settle();
    component.querySelector('.acknowledge')?.dispatchEvent('change', { detail: { value: ['acknowledged'] } });
    await settle();

    expect(component.data.canConfirm).toBe(true);
    await tap(component, '.confirm-button');
    expect(confirmed).toHaveLength(1);
    const detail = confirmed[0] as { changes: unknown; interpretation: { creditCode: { valid: boolean }; warnings: string[] } };
    expect(detail.changes).toEqual([{ field: 'reg_num', recognized: '91320621MA1MRHG205', confirmed: '91320621MA1MRHG207' }]);
    expect(detail.interpretation.creditCode.valid).toBe(false);
    expect(detail.interpretation.warnings).toContain('credit_code_invalid');
  });

  test('acknowledgement lapses when code changes', async () => {
    const component = await reachConfirm();

    await typeInto(component, '.value-reg_num', '91320621MA1MRHG207');
    await settle();
    component.querySelector('.acknowledge')?.dispatchEvent('change', { detail: { value: ['acknowledged'] } });
    await settle();
    await typeInto(component, '.value-reg_num', '91320621MA1MRHG208');
    await settle();

    expect(component.data.canConfirm).toBe(false);
    expect(component.data.creditCodeAcknowledged).toBe(false);
  });

  test('empty name blocks confirm', async () => {
    const component = await reachConfirm();

    await typeInto(component, '.value-enterprise_name', '  ');
    await settle();

    expect(component.data.canConfirm).toBe(false);
    expect(textOf(component, '.row-enterprise_name .issue-field_required')).toBe('请填写名称。');
    const rows = component.data.rows as Array<{ field: string; hasError: boolean }>;
    expect(rows.find((row) => row.field === 'enterprise_name')?.hasError).toBe(true);
  });

  test('expired license flagged inline', async () => {
    serveRecognition({ ...COMPANY_FIELDS, valid_period: '2016年05月20日至2026年05月19日' });
    const component = await reachConfirm();

    expect(textOf(component, '.row-valid_period .issue-license_expired')).toBe('营业执照已超过营业期限，请上传最新的营业执照。');
    expect(component.data.canConfirm).toBe(false);
  });

  test('impossible date flagged as typed', async () => {
    const component = await reachConfirm();

    await typeInto(component, '.value-registered_date', '2015年16月16日');
    await settle();

    expect(textOf(component, '.row-registered_date .issue-registered_date_invalid')).toBe(
      '成立日期不是有效的日期（如月份或日期超出范围），请与执照核对。',
    );
    expect(component.data.canConfirm).toBe(false);
  });

  test('individual business labels and missing fields', async () => {
    serveRecognition(INDIVIDUAL_BUSINESS_FIELDS);
    const component = await reachConfirm();

    expect(textOf(component, '.row-legal_representative .label-text')).toBe('经营者');
    expect(textOf(component, '.row-legal_representative .missing-mark')).toBe('未识别到，请填写');
    expect(textOf(component, '.row-address .label')).toBe('经营场所');
    expect(textOf(component, '.row-registered_date .label')).toBe('注册日期');
    expect(textOf(component, '.row-type_of_organization .label')).toBe('组成形式');
    expect(component.querySelector('.row-registered_capital')).toBeUndefined();
    expect(component.querySelector('.row-valid_period')).toBeUndefined();
    expect(component.querySelectorAll('.missing-mark')).toHaveLength(1);

    await typeInto(component, '.value-legal_representative', '李四');
    expect(component.querySelector('.row-legal_representative .missing-mark')).toBeUndefined();
    expect(textOf(component, '.row-legal_representative .edited-mark')).toBe('已修改');
    expect(component.data.canConfirm).toBe(true);
  });

  test('edits reported as changes', async () => {
    const component = await reachConfirm();
    const confirmed = listen(component, 'confirm');

    await typeInto(component, '.value-legal_representative', '张三丰');
    await typeInto(component, '.value-address', ' 海安市城东镇示例路18号 ');
    await settle();
    await tap(component, '.confirm-button');

    const detail = confirmed[0] as { fields: Record<string, string>; changes: unknown };
    expect(detail.fields.legal_representative).toBe('张三丰');
    expect(detail.fields.address).toBe('海安市城东镇示例路18号');
    expect(detail.changes).toEqual([
      { field: 'legal_representative', recognized: '张三', confirmed: '张三丰' },
      { field: 'address', recognized: '海安市城东镇示例路8号', confirmed: '海安市城东镇示例路18号' },
    ]);
  });

  test('retake returns to start', async () => {
    const component = await reachConfirm();

    await tap(component, '.retake');

    expect(component.data.phase).toBe('start');
  });
});
