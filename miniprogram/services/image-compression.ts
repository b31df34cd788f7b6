/**
 * Shrinks a license photo below the upload limit before it leaves the phone. WeChat's bizlicense
 * API rejects images over 2 MB, and the cloud function checks 2 MiB, so the limit here keeps a margin.
 */
import { FailureError, failureFor } from '../utils/failure';
import { callWx } from '../utils/wx-call';
import { UploadExtension } from './license-service';

/** The largest file the Mini Program uploads: 1.9 MiB. */
export const MAX_UPLOAD_BYTES = Math.floor(1.9 * 1024 * 1024);

/**
 * The attempts, mildest first, and the first that fits wins. The last one (1280 px on the long side,
 * JPEG quality 40) still keeps the small print of a license legible for OCR.
 */
export const COMPRESSION_STEPS: ReadonlyArray<{ quality: number; maxLongSide: number }> = [
  { quality: 80, maxLongSide: 3264 },
  { quality: 70, maxLongSide: 2560 },
  { quality: 60, maxLongSide: 2048 },
  { quality: 50, maxLongSide: 1600 },
  { quality: 40, maxLongSide: 1280 },
];

/** A photo ready for upload. */
export interface PreparedPhoto {
  filePath: string;
  size: number;
  width: number;
  height: number;
  extension: UploadExtension;
  /** Whether the file differs from the one the merchant chose or took. */
  compressed: boolean;
}

interface SourceImage {
  path: string;
  width: number;
  height: number;
  /** The format `wx.getImageInfo` reports, such as jpeg, png, gif, heic or webp. */
  type: string;
  size: number;
}

function getFileSize(filePath: string): Promise<number> {
  return callWx<WechatMiniprogram.GetFileInfoSuccessCallbackResult>((callbacks) =>
    wx.getFileSystemManager().getFileInfo({ filePath, ...callbacks }),
  ).then((info) => info.size);
}

async function describeImage(path: string): Promise<SourceImage> {
  const info = await callWx<WechatMiniprogram.GetImageInfoSuccessCallbackResult>((callbacks) =>
    wx.getImageInfo({ src: path, ...callbacks }),
  );
  const size = await getFileSize(path);

  return { path, width: info.width, height: info.height, type: String(info.type).toLowerCase(), size };
}

/** Scales width and height so that the long side is at most `maxLongSide`, keeping the aspect ratio. */
export function fitLongSide(width: number, height: number, maxLongSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Compresses a JPEG with `wx.compressImage`. Its `compressedWidth`/`compressedHeight` need base
 * library 2.26.0, so on older versions a resize is left to the canvas route (returns undefined).
 */
async function compressJpeg(source: SourceImage, quality: number, width: number, height: number): Promise<string | undefined> {
  const resize = width !== source.width || height !== source.height;
  if (resize && !wx.canIUse('compressImage.object.compressedWidth')) {
    return undefined;
  }

  const options: WechatMiniprogram.CompressImageOption = { src: source.path, quality };
  if (resize) {
    options.compressedWidth = width;
    options.compressedHeight = height;
  }

  const result = await callWx<WechatMiniprogram.CompressImageSuccessCallbackResult>((callbacks) =>
    wx.compressImage({ ...options, ...callbacks }),
  );
  return result.tempFilePath;
}

/**
 * Re-encodes any image the canvas can draw as a JPEG of the given size. `compressImage` cannot do
 * this because its quality setting does nothing for PNG, the format of iOS camera photos.
 * NOTE: `canvasToTempFilePath` with an offscreen `canvas` needs base library 2.16.1 or later.
 */
async function reencodeAsJpeg(source: SourceImage, quality: number, width: number, height: number): Promise<string> {
  const canvas = wx.createOffscreenCanvas({ type: '2d', width, height });
  const context = canvas.getContext('2d') as {
    fillStyle: string;
    fillRect(x: number, y: number, width: number, height: number): void;
    drawImage(image: unknown, x: number, y: number, width: number, height: number): void;
  };

  const image = canvas.createImage();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject({ errMsg: `createImage:fail cannot decode ${source.type} image` });
    image.src = source.path;
  });

  // JPEG has no transparency: without a white ground, transparent PNG areas turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);

  const result = await callWx<WechatMiniprogram.CanvasToTempFilePathSuccessCallbackResult>((callbacks) =>
    wx.canvasToTempFilePath({
      canvas,
      fileType: 'jpg',
      quality: quality / 100,
      destWidth: width,
      destHeight: height,
      ...callbacks,
    }),
  );
  return result.tempFilePath;
}

/** Runs one compression step: compressImage for JPEG where it can, the canvas otherwise. */
async function compressStep(source: SourceImage, quality: number, width: number, height: number): Promise<string> {
  const isJpeg = source.type === 'jpeg' || source.type === 'jpg';
  const viaCompressImage = isJpeg ? await compressJpeg(source, quality, width, height) : undefined;

  return viaCompressImage ?? reencodeAsJpeg(source, quality, width, height);
}

/** Tells whether WeChat and the cloud function accept the format as it is. */
function isUploadableFormat(type: string): type is 'jpeg' | 'jpg' | 'png' {
  return type === 'jpeg' || type === 'jpg' || type === 'png';
}

/**
 * Prepares a chosen or captured photo for upload: a JPEG or PNG under {@link MAX_UPLOAD_BYTES} goes
 * as it is; anything else is compressed step by step until it fits. Rejects with IMAGE_TOO_LARGE
 * when even the last step does not fit, and with IMAGE_CORRUPT when the image cannot be read.
 */
export async function preparePhotoForUpload(path: string): Promise<PreparedPhoto> {
  let source: SourceImage;
  try {
    source = await describeImage(path);
  } catch (error) {
    throw new FailureError(failureFor('IMAGE_CORRUPT', (error as { errMsg?: string }).errMsg));
  }

  if (isUploadableFormat(source.type) && source.size <= MAX_UPLOAD_BYTES) {
    const extension: UploadExtension = source.type === 'png' ? 'png' : 'jpg';
    return { filePath: path, size: source.size, width: source.width, height: source.height, extension, compressed: false };
  }

  for (const step of COMPRESSION_STEPS) {
    const target = fitLongSide(source.width, source.height, step.maxLongSide);

    let compressedPath: string;
    let size: number;
    try {
      compressedPath = await compressStep(source, step.quality, target.width, target.height);
      size = await getFileSize(compressedPath);
    } catch (error) {
      throw new FailureError(failureFor('IMAGE_CORRUPT', (error as { errMsg?: string }).errMsg));
    }

    if (size <= MAX_UPLOAD_BYTES) {
      return { filePath: compressedPath, size, width: target.width, height: target.height, extension: 'jpg', compressed: true };
    }
  }

  const megabytes = (source.size / 1024 / 1024).toFixed(1);
  throw new FailureError(
    failureFor('IMAGE_TOO_LARGE', `${megabytes} MiB photo stays above ${MAX_UPLOAD_BYTES} bytes after compression`),
  );
}
