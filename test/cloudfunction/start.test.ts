import { readFunctionConfig } from '../../cloudfunctions/bizlicenseOcr/src/config';
import { startFunction } from '../../cloudfunctions/bizlicenseOcr/src/start';
import { ERROR_CODES } from '../../src/license/error-codes';
import { adaptWxServerSdk } from '../../src/providers/wechat-cloud';
import { createFakeWxServerSdk, FakeCloudSDKError, FakeSdkOptions } from './fake-wx-server-sdk';
import { MINI_PROGRAM_CALLER } from './handler-fixture';

describe('readFunctionConfig', () => {
  const valid: Array<[string | undefined, boolean]> = [
    [undefined, false],
    ['false', false],
    ['true', true],
  ];

  test.each(valid)('BIZLICENSE_ALLOW_ANY_FILEID=%s', (value, expected) => {
    const result = readFunctionConfig({ BIZLICENSE_ALLOW_ANY_FILEID: value });

    expect(result).toEqual({ success: true, config: { allowAnyFileID: expected } });
  });

  test('config object is frozen', () => {
    const result = readFunctionConfig({});
    if (!result.success) {
      throw new Error(`an empty environment must be valid: ${result.issues.join('; ')}`);
    }

    expect(Object.isFrozen(result.config)).toBe(true);
  });

  test.each(['TRUE', '1', 'yes', ''])('rejects %j with the variable name', (value) => {
    const result = readFunctionConfig({ BIZLICENSE_ALLOW_ANY_FILEID: value });

    expect(result).toEqual({
      success: false,
      issues: ['BIZLICENSE_ALLOW_ANY_FILEID must be "true" or "false"; unset it to keep the default (false)'],
    });
  });
});

describe('startFunction', () => {
  function start(options: FakeSdkOptions, env: Record<string, string> = {}) {
    const fake = createFakeWxServerSdk({ context: MINI_PROGRAM_CALLER, ...options });
    const lines: object[] = [];
    const main = startFunction({
      env,
      loadSdk: () => adaptWxServerSdk(fake),
      logger: { info: (record) => lines.push(record) },
      clock: () => new Date('2026-12-04T21:00:00Z'),
    });
    return { fake, main, lines };
  }

  test('initialises once with DYNAMIC_CURRENT_ENV', async () => {
    const { fake, main } = start({});

    await main({ action: 'createUploadPath' });
    await main({ action: 'createUploadPath' });

    expect(fake.calls.init).toEqual([{ env: fake.DYNAMIC_CURRENT_ENV }]);
  });

  test('init CloudSDKError keeps its mapped code', async () => {
    const { main } = start({ initThrows: new FakeCloudSDKError(-501001, 'network error') });

    const result = await main({ action: 'createUploadPath' });

    expect(result).toEqual({
      errcode: ERROR_CODES.NETWORK_ERROR.errcode,
      errmsg: ERROR_CODES.NETWORK_ERROR.errmsg,
      message: ERROR_CODES.NETWORK_ERROR.message,
    });
  });

  test('loader throwing gives INTERNAL_ERROR on every call', async () => {
    const lines: object[] = [];
    const main = startFunction({
      env: {},
      loadSdk: () => {
        throw new Error("Cannot find module 'wx-server-sdk'");
      },
      logger: { info: (record) => lines.push(record) },
      clock: () => new Date(),
    });

    const first = await main({ action: 'createUploadPath' }, { request_id: 'req-9' });
    const second = await main({ fileID: 'cloud://a.b/c' });

    expect(first.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(second).toEqual(first);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ requestId: 'req-9', action: 'start', outcome: 'error', errcode: 710014, durationMs: 0 });
  });

  test('invalid configuration skips SDK init', async () => {
    const { fake, main, lines } = start({}, { BIZLICENSE_ALLOW_ANY_FILEID: 'on' });

    const result = await main({ action: 'createUploadPath' });

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(result.errmsg).toBe(
      'internal error: invalid configuration: BIZLICENSE_ALLOW_ANY_FILEID must be "true" or "false"; unset it to keep the default (false)',
    );
    expect(fake.calls.init).toEqual([]);
    expect(lines[0]).toMatchObject({ action: 'start', outcome: 'error' });
  });
});
