import { BizLicenseError } from '../../../src/license/bizlicense-error';

/** WeChat's limit for bizlicense images: under 2 MB, taken as 2 MiB. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type ImageContentType = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG file is at least its signature plus a complete IHDR chunk (8 + 25 bytes). */
const MIN_PNG_BYTES = 33;

function isPng(bytes: Buffer): boolean {
  return bytes.length >= PNG_SIGNATURE.length && bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * Checks an image's size and type from its bytes, never its name, and returns the content type to
 * pass to WeChat. Throws IMAGE_EMPTY, IMAGE_TOO_LARGE, UNSUPPORTED_IMAGE_TYPE or IMAGE_CORRUPT.
 * This is a header check only: a file that passes may still fail to decode at WeChat (101002).
 */
export function checkImageBytes(bytes: Buffer): ImageContentType {
  if (bytes.length === 0) {
    throw new BizLicenseError('IMAGE_EMPTY');
  }

  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new BizLicenseError('IMAGE_TOO_LARGE', `${bytes.length} bytes, the limit is ${MAX_IMAGE_BYTES}`);
  }

  if (isPng(bytes)) {
    const hasHeader = bytes.length >= MIN_PNG_BYTES && bytes.toString('latin1', 12, 16) === 'IHDR';
    if (!hasHeader) {
      throw new BizLicenseError('IMAGE_CORRUPT', 'PNG signature without an IHDR chunk');
    }
    return 'image/png';
  }

  if (isJpeg(bytes)) {
    // After SOI (FF D8) comes a marker FF xx; a file that stops there has no image data.
    const hasSegment = bytes.length >= 4 && (bytes[3] as number) >= 0xc0 && (bytes[3] as number) !== 0xff;
    if (!hasSegment) {
      throw new BizLicenseError('IMAGE_CORRUPT', 'JPEG start marker without a following segment');
    }
    return 'image/jpeg';
  }

  throw new BizLicenseError('UNSUPPORTED_IMAGE_TYPE', 'the bytes are neither JPEG nor PNG');
}

/** Standard base64 with optional padding; whitespace is not allowed. */
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

/** Maximum length of base64 text whose decoded bytes fit in {@link MAX_IMAGE_BYTES}. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

/**
 * Decodes the base64 image of a console test event. Node's decoder skips invalid characters
 * silently, so the text is validated first. Throws IMAGE_EMPTY, IMAGE_TOO_LARGE or INVALID_BASE64.
 */
export function decodeBase64Image(base64: string): Buffer {
  if (base64.length === 0) {
    throw new BizLicenseError('IMAGE_EMPTY');
  }

  if (base64.length > MAX_BASE64_LENGTH) {
    throw new BizLicenseError('IMAGE_TOO_LARGE', `base64 text of ${base64.length} characters`);
  }

  if (base64.length % 4 === 1 || !BASE64_PATTERN.test(base64)) {
    throw new BizLicenseError('INVALID_BASE64', 'img.base64 must be standard base64 without a data: prefix');
  }

  return Buffer.from(base64, 'base64');
}
