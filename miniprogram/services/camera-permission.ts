/** Whether the Mini Program may use the camera (`scope.camera`). */
import { callWx } from '../utils/wx-call';

export type CameraPermission = 'granted' | 'denied';

/**
 * Asks for `scope.camera` when the merchant has not decided yet. WeChat shows its own prompt only
 * once: after a refusal, `wx.authorize` fails at once and only `wx.openSetting` can grant it.
 */
export async function requestCameraPermission(): Promise<CameraPermission> {
  const setting = await callWx<WechatMiniprogram.GetSettingSuccessCallbackResult>((callbacks) =>
    wx.getSetting({ ...callbacks }),
  );
  const current = setting.authSetting['scope.camera'];
  if (current === true) {
    return 'granted';
  }
  if (current === false) {
    return 'denied';
  }

  try {
    await callWx<WechatMiniprogram.GeneralCallbackResult>((callbacks) =>
      wx.authorize({ scope: 'scope.camera', ...callbacks }),
    );
    return 'granted';
  } catch {
    return 'denied';
  }
}

/** Opens WeChat's settings page and reports whether the merchant switched the camera on there. */
export async function openCameraSetting(): Promise<CameraPermission> {
  const result = await callWx<WechatMiniprogram.OpenSettingSuccessCallbackResult>((callbacks) =>
    wx.openSetting({ ...callbacks }),
  );
  return result.authSetting['scope.camera'] === true ? 'granted' : 'denied';
}
