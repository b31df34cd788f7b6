/** Picks a license photo from the album or from a chat, and takes one with the `<camera>`. */
import { FailureError, failureFor, isPrivacyDeclined, isUserCancel } from '../utils/failure';
import { callWx, WxError } from '../utils/wx-call';

/**
 * Lets the merchant choose one photo from the album. Resolves to undefined when the merchant
 * cancels or declines the privacy guide. `sizeType: ['original']` keeps the small print sharp; the photo is compressed later.
 */
export async function chooseFromAlbum(): Promise<string | undefined> {
  try {
    const result = await callWx<WechatMiniprogram.ChooseMediaSuccessCallbackResult>((callbacks) =>
      wx.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album'], sizeType: ['original'], ...callbacks }),
    );
    return result.tempFiles[0]?.tempFilePath;
  } catch (error) {
    return cancelledOrThrow(error as WxError);
  }
}

/** Lets the merchant choose one image that was sent in a chat. Resolves to undefined on cancel. */
export async function chooseFromChat(): Promise<string | undefined> {
  try {
    const result = await callWx<WechatMiniprogram.ChooseMessageFileSuccessCallbackResult>((callbacks) =>
      wx.chooseMessageFile({ count: 1, type: 'image', ...callbacks }),
    );
    return result.tempFiles[0]?.path;
  } catch (error) {
    return cancelledOrThrow(error as WxError);
  }
}

/**
 * Takes a photo with the page's `<camera>`. Android returns a JPEG and iOS a PNG; either is
 * compressed before upload.
 */
export async function takePhoto(): Promise<string> {
  try {
    const result = await callWx<WechatMiniprogram.TakePhotoSuccessCallbackResult>((callbacks) =>
      wx.createCameraContext().takePhoto({ quality: 'high', ...callbacks }),
    );
    return result.tempImagePath;
  } catch (error) {
    throw new FailureError(failureFor('IMAGE_EMPTY', (error as WxError).errMsg));
  }
}

/** Returns undefined for a cancel or a declined privacy guide, which are the merchant's choice. */
function cancelledOrThrow(error: WxError): undefined {
  if (isUserCancel(error.errMsg) || isPrivacyDeclined(error.errMsg)) {
    return undefined;
  }
  throw new FailureError(failureFor('FILE_READ_FAILED', error.errMsg));
}
