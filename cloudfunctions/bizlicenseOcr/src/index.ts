/**
 * The bizlicenseOcr cloud function. esbuild bundles this file, src/license and zod into
 * ../index.js; wx-server-sdk stays external and is installed from the function's package.json.
 */
import { loadWxServerSdk } from '../../../src/providers/wechat-cloud';
import { jsonLineLogger } from './call-log';
import { startFunction } from './start';

/** Cold start runs once per instance: configuration, SDK load and `cloud.init`. */
export const main = startFunction({
  env: process.env,
  loadSdk: loadWxServerSdk,
  logger: jsonLineLogger,
  clock: () => new Date(),
});
