/**
 * The only module that imports sharp (libvips). Everything else in the engine works on
 * {@link RgbImage} buffers.
 */
import sharp, { Sharp } from 'sharp';
import { RgbImage } from './rgb-image';

/** Header fields read without decoding pixels. */
export interface ImageHeader {
  format: string;
  width: number;
  height: number;
  pages: number;
}

/**
 * Makes libvips fail on any decoder error, including a truncated JPEG or PNG, instead of returning
 * a partly grey image. Warnings (for example extra bytes after the JPEG end marker, common in phone
 * photos) are still accepted.
 */
const FAIL_ON = 'error' as const;

/** Reads format and size from the file header; sharp decodes no pixels for this. */
export async function readImageHeader(bytes: Buffer): Promise<ImageHeader> {
  const metadata = await sharp(bytes, { failOn: FAIL_ON, limitInputPixels: false }).metadata();

  return {
    format: metadata.format ?? 'unknown',
    width: metadata.width ?? 0,
    height: metadata.height ?? 0,
    pages: metadata.pages ?? 1,
  };
}

/**
 * Decodes the first frame to 8-bit sRGB: EXIF orientation applied, alpha flattened on white.
 * `maxPixels` is passed to libvips as a second guard against decompression bombs.
 */
export async function decodeToRgb(bytes: Buffer, maxPixels: number): Promise<RgbImage> {
  const { data, info } = await sharp(bytes, { failOn: FAIL_ON, limitInputPixels: maxPixels })
    .rotate()
    .flatten({ background: { r: 255, g: 255, b: 255 } })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });

  if (info.channels !== 3) {
    throw new Error(`expected 3 channels after decoding, got ${info.channels}`);
  }

  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

function sharpFromRgb(image: RgbImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
}

async function toRgbImage(pipeline: Sharp): Promise<RgbImage> {
  const { data, info } = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });

  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** Resizes to exactly `width` × `height` (aspect ratio not kept), with libvips' default Lanczos kernel. */
export async function resizeImage(image: RgbImage, width: number, height: number): Promise<RgbImage> {
  if (width === image.width && height === image.height) {
    return { data: image.data.slice(), width, height };
  }

  return toRgbImage(sharpFromRgb(image).resize(width, height, { fit: 'fill' }));
}

/**
 * Rotates by any angle in degrees (positive is clockwise), enlarging the canvas to keep every
 * pixel and filling the new corners with white.
 */
export async function rotateImage(image: RgbImage, degrees: number): Promise<RgbImage> {
  return toRgbImage(sharpFromRgb(image).rotate(degrees, { background: { r: 255, g: 255, b: 255 } }));
}

/** Encodes an image as PNG, for debug output and test fixtures. */
export async function encodePng(image: RgbImage): Promise<Buffer> {
  return sharpFromRgb(image).png().toBuffer();
}

/** Encodes an image as JPEG at the given quality (1–100). */
export async function encodeJpeg(image: RgbImage, quality = 90): Promise<Buffer> {
  return sharpFromRgb(image).jpeg({ quality }).toBuffer();
}
