import { createHandler, FunctionHandler } from '../../cloudfunctions/bizlicenseOcr/src/handler';
import { FunctionConfig } from '../../cloudfunctions/bizlicenseOcr/src/config';
import { adaptWxServerSdk } from '../../src/providers/wechat-cloud';
import { createFakeWxServerSdk, FakeSdkOptions, FakeWxServerSdk } from './fake-wx-server-sdk';

/** A 28-character OPENID, the length WeChat issues. */
export const OPENID = 'oAbCdEfGhIjKlMnOpQrStUvWxYz0';
export const OTHER_OPENID = 'oZyXwVuTsRqPoNmLkJiHgFeDcBa9';
export const BUCKET_PREFIX = 'cloud://prod-1a2b3c.7072-prod-1a2b3c-1300000000';
export const OWN_FILE_ID = `${BUCKET_PREFIX}/bizlicense/${OPENID}/20261205/0123456789abcdef.jpg`;

/** 2026-12-04T21:00:00Z is 2026-12-05 05:00 in Shanghai. */
export const NOW = new Date('2026-12-04T21:00:00Z');

export const MINI_PROGRAM_CALLER = { OPENID, SOURCE: 'wx_client', ENV: 'prod-1a2b3c' };
export const CONSOLE_CALLER = { SOURCE: 'scf', ENV: 'prod-1a2b3c' };

export interface HandlerFixture {
  fake: FakeWxServerSdk;
  handler: FunctionHandler;
  logLines: Array<Record<string, unknown>>;
}

/** Builds the real handler over the fake SDK, with a fixed clock and a logger that records lines. */
export function setupHandler(options: FakeSdkOptions = {}, config: Partial<FunctionConfig> = {}): HandlerFixture {
  const fake = createFakeWxServerSdk({ context: MINI_PROGRAM_CALLER, ...options });
  const sdk = adaptWxServerSdk(fake);
  sdk.init();

  const logLines: Array<Record<string, unknown>> = [];
  const handler = createHandler({
    sdk,
    clock: () => NOW,
    logger: { info: (record) => logLines.push(record as Record<string, unknown>) },
    config: { allowAnyFileID: false, ...config },
    randomHex: (bytes) => 'a1'.repeat(bytes),
  });
  return { fake, handler, logLines };
}
