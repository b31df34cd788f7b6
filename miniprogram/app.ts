import { initCloud } from './services/license-service';

/**
 * The CloudBase environment id that holds the bizlicenseOcr function and the upload bucket.
 * Replace it with your own: WeChat DevTools → 云开发 → 设置 → 环境 ID.
 */
const CLOUD_ENV_ID = 'your-env-id';

App({
  onLaunch() {
    initCloud(CLOUD_ENV_ID);
  },
});
