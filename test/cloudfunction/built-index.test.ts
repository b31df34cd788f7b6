import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ERROR_CODES } from '../../src/license/error-codes';
import { interpretLicense } from '../../src/license/interpret';
import { todayInShanghai } from '../../src/license/today';
import documentedHttpsReply from './fixtures/documented-https-reply.json';
import { createFakeWxServerSdk, FakeCloudSDKError, FakeSdkOptions } from './fake-wx-server-sdk';
import { BUCKET_PREFIX, MINI_PROGRAM_CALLER, OPENID, OWN_FILE_ID } from './handler-fixture';
import { createTestImages, TestImages } from './test-images';

const root = path.resolve(__dirname, '..', '..');
const builtIndex = path.join(root, 'cloudfunctions', 'bizlicenseOcr', 'index.js');

/** The global through which the copied index.js's `require('wx-server-sdk')` finds the fake. */
const FAKE_GLOBAL = '__bizlicenseFakeWxServerSdk';

type Main = (event: unknown, context?: unknown) => Promise<Record<string, unknown>>;

let images: TestImages;
let workDir: string;

beforeAll(async () => {
  images = await createTestImages();
  workDir = mkdtempSync(path.join(tmpdir(), 'bizlicense-built-index-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  delete (globalThis as Record<string, unknown>)[FAKE_GLOBAL];
});

/**
 * Copies the committed index.js into a fresh folder, as the cloud would deploy it, optionally with
 * a node_modules/wx-server-sdk that hands back the fake, then loads it and returns its `main`.
 */
function loadBuiltMain(withSdk: boolean, env: Record<string, string> = {}): Main {
  const functionDir = mkdtempSync(path.join(workDir, 'fn-'));
  copyFileSync(builtIndex, path.join(functionDir, 'index.js'));
  if (withSdk) {
    const sdkDir = path.join(functionDir, 'node_modules', 'wx-server-sdk');
    mkdirSync(sdkDir, { recursive: true });
    writeFileSync(path.join(sdkDir, 'package.json'), JSON.stringify({ name: 'wx-server-sdk', version: '4.0.2', main: 'index.js' }));
    writeFileSync(path.join(sdkDir, 'index.js'), `module.exports = globalThis.${FAKE_GLOBAL};\n`);
  }

  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    let main: Main | undefined;
    jest.isolateModules(() => {
      main = (require(path.join(functionDir, 'index.js')) as { main: Main }).main;
    });
    return main as Main;
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = saved[key];
      }
    }
  }
}

function installFake(options: FakeSdkOptions) {
  const fake = createFakeWxServerSdk(options);
  (globalThis as Record<string, unknown>)[FAKE_GLOBAL] = fake;
  return fake;
}

/** Captures console.log, where the deployed function writes its JSON log lines. */
function captureLogLines(): { restore: () => string[] } {
  const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  return {
    // mockRestore clears the recorded calls, so read them first.
    restore: () => {
      const lines = spy.mock.calls.map((call) => String(call[0]));
      spy.mockRestore();
      return lines;
    },
  };
}

describe('committed index.js', () => {
  test('matches a fresh build', () => {
    const rebuilt = execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cloudfunction.mjs'), '--stdout'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });

    const committed = readFileSync(builtIndex);
    if (!rebuilt.equals(committed)) {
      throw new Error(
        'cloudfunctions/bizlicenseOcr/index.js differs from a fresh build of cloudfunctions/bizlicenseOcr/src and ' +
          'src/license: run `node scripts/build-cloudfunction.mjs` and commit index.js with the source change',
      );
    }
  });

  test('keeps wx-server-sdk external and exports main', () => {
    const text = readFileSync(builtIndex, 'utf8');

    expect(text).toContain('require("wx-server-sdk")');
    expect(text).not.toMatch(/\/work\/|\/home\//);
    expect(text).toMatch(/module\.exports = __toCommonJS\(/);
  });
});

describe('built main with SDK-shaped fake', () => {
  test('recognises an own fileID', async () => {
    const fake = installFake({ context: MINI_PROGRAM_CALLER, files: { [OWN_FILE_ID]: images.jpeg }, ocr: { kind: 'reply', wireReply: documentedHttpsReply } });
    const log = captureLogLines();

    const main = loadBuiltMain(true);
    const result = await main({ fileID: OWN_FILE_ID }, { request_id: 'req-built-1' });
    const lines = log.restore();

    const { interpretation, ...wire } = result;
    expect(wire).toEqual(documentedHttpsReply);
    expect(interpretation).toEqual(interpretLicense(documentedHttpsReply, { today: todayInShanghai() }));
    expect(fake.calls.init).toEqual([{ env: fake.DYNAMIC_CURRENT_ENV }]);
    const img = fake.calls.businessLicense[0]?.img as { contentType: string; value: unknown };
    expect(img.contentType).toBe('image/jpeg');
    expect(Buffer.isBuffer(img.value)).toBe(true);

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ requestId: 'req-built-1', outcome: 'ok', errcode: 0, source: 'fileID' });
    expect(lines[0]).not.toContain(OPENID);
    expect(lines[0]).not.toContain('张三');
  });

  test('maps a thrown CloudSDKError', async () => {
    installFake({
      context: MINI_PROGRAM_CALLER,
      files: { [OWN_FILE_ID]: images.png },
      ocr: { kind: 'throw', value: new FakeCloudSDKError(-604101, 'openapi.ocr.businessLicense:fail -604101 function has no permission to call this API') },
    });
    const log = captureLogLines();

    const result = await loadBuiltMain(true)({ fileID: OWN_FILE_ID });
    log.restore();

    const code = ERROR_CODES.NO_OPENAPI_PERMISSION;
    expect(result).toEqual({ errcode: code.errcode, errmsg: code.errmsg, message: code.message });
  });

  test('createUploadPath and access check', async () => {
    const fake = installFake({ context: MINI_PROGRAM_CALLER });
    const log = captureLogLines();
    const main = loadBuiltMain(true);

    const upload = await main({ action: 'createUploadPath', extension: 'png' });
    const denied = await main({ fileID: `${BUCKET_PREFIX}/bizlicense/someone-else/a.png` });
    const lines = log.restore();

    expect(upload.errcode).toBe(0);
    expect(upload.cloudPath).toMatch(new RegExp(`^bizlicense/${OPENID}/\\d{8}/[0-9a-f]{16}\\.png$`));
    expect(denied.errcode).toBe(ERROR_CODES.FILE_ACCESS_DENIED.errcode);
    expect(fake.calls.downloadFile).toEqual([]);
    expect(lines).toHaveLength(2);
  });

  test('invalid setting gives INTERNAL_ERROR naming it', async () => {
    const fake = installFake({ context: MINI_PROGRAM_CALLER });
    const log = captureLogLines();

    const result = await loadBuiltMain(true, { BIZLICENSE_ALLOW_ANY_FILEID: 'yes' })({ action: 'createUploadPath' });
    log.restore();

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(result.errmsg).toContain('BIZLICENSE_ALLOW_ANY_FILEID must be "true" or "false"');
    expect(fake.calls.init).toEqual([]);
  });

  test('setting true lets console read any fileID', async () => {
    const anyFile = `${BUCKET_PREFIX}/exports/a.jpg`;
    installFake({ context: { SOURCE: 'scf' }, files: { [anyFile]: images.jpeg }, ocr: { kind: 'reply', wireReply: documentedHttpsReply } });
    const log = captureLogLines();

    const result = await loadBuiltMain(true, { BIZLICENSE_ALLOW_ANY_FILEID: 'true' })({ fileID: anyFile });
    log.restore();

    expect(result.errcode).toBe(0);
  });

  test('init throwing synchronously still returns a result', async () => {
    installFake({ initThrows: new Error('invalid env') });
    const log = captureLogLines();

    const main = loadBuiltMain(true);
    const result = await main({ action: 'createUploadPath' });
    log.restore();

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(result.message).toBe(ERROR_CODES.INTERNAL_ERROR.message);
  });

  test('missing wx-server-sdk still returns a result', async () => {
    const log = captureLogLines();

    const main = loadBuiltMain(false);
    const result = await main({ fileID: OWN_FILE_ID });
    log.restore();

    expect(result.errcode).toBe(ERROR_CODES.INTERNAL_ERROR.errcode);
    expect(result.errmsg).toContain('wx-server-sdk failed to load');
  });
});
