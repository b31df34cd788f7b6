import { BizLicenseError } from '../../license/bizlicense-error';
import { ImageLimits, resolveImageLimits } from './image-limits';
import { AcceptedImageFormat, DecodedImage } from './rgb-image';
import { decodeToRgb, ImageHeader, readImageHeader } from './sharp-adapter';
import { SniffedFormat, sniffImageFormat } from './sniff-format';

const REJECTED_FORMAT_DETAIL: Record<Exclude<SniffedFormat, AcceptedImageFormat>, string> = {
  gif: 'GIF images are not supported; convert the photo to JPG or PNG',
  bmp: 'BMP images are not supported; convert the photo to JPG or PNG',
  pdf: 'PDF files are not supported; export the page as a JPG or PNG photo',
  heif: 'HEIC/HEIF/AVIF images are not supported; convert the photo to JPG or PNG',
  tiff: 'TIFF images are not supported; convert the photo to JPG or PNG',
  unknown: 'the file is not a JPG, PNG or WebP image; choose a JPG or PNG photo',
};

function checkSize(bytes: Buffer, limits: ImageLimits): void {
  if (bytes.length === 0) {
    throw new BizLicenseError('IMAGE_EMPTY', 'the image file has 0 bytes');
  }

  if (bytes.length > limits.maxBytes) {
    throw new BizLicenseError(
      'IMAGE_TOO_LARGE',
      `the image has ${bytes.length} bytes, more than the limit of ${limits.maxBytes}; compress it or lower its resolution`,
    );
  }
}

function checkFormat(bytes: Buffer): AcceptedImageFormat {
  const format = sniffImageFormat(bytes);
  if (format === 'jpeg' || format === 'png' || format === 'webp') {
    return format;
  }

  throw new BizLicenseError('UNSUPPORTED_IMAGE_TYPE', REJECTED_FORMAT_DETAIL[format]);
}

async function readHeader(bytes: Buffer, format: AcceptedImageFormat): Promise<ImageHeader> {
  let header: ImageHeader;
  try {
    header = await readImageHeader(bytes);
  } catch (error) {
    throw new BizLicenseError('IMAGE_CORRUPT', `the ${format} header could not be read`, { cause: error });
  }

  if (header.width <= 0 || header.height <= 0) {
    throw new BizLicenseError('IMAGE_CORRUPT', `the ${format} header has no valid width and height`);
  }

  return header;
}

function checkDimensions(header: ImageHeader, limits: ImageLimits): void {
  const pixels = header.width * header.height;
  if (pixels > limits.maxPixels) {
    throw new BizLicenseError(
      'IMAGE_DIMENSIONS_TOO_LARGE',
      `the image is ${header.width}x${header.height} (${pixels} pixels), more than the limit of ${limits.maxPixels}; scale it down`,
    );
  }
}

/**
 * Decodes a JPEG, PNG or WebP photo to RGB with its EXIF orientation applied and any alpha
 * flattened on white. Size, format and pixel dimensions are checked before pixels are decoded.
 *
 * @throws BizLicenseError IMAGE_EMPTY, IMAGE_TOO_LARGE, UNSUPPORTED_IMAGE_TYPE (GIF, BMP, PDF, HEIC,
 *   TIFF, anything else), IMAGE_DIMENSIONS_TOO_LARGE or IMAGE_CORRUPT (truncated or damaged data).
 */
export async function decodeImage(bytes: Buffer, limits?: Partial<ImageLimits>): Promise<DecodedImage> {
  const resolved = resolveImageLimits(limits);
  checkSize(bytes, resolved);

  const format = checkFormat(bytes);
  const header = await readHeader(bytes, format);
  checkDimensions(header, resolved);

  try {
    const image = await decodeToRgb(bytes, resolved.maxPixels);
    return { ...image, format };
  } catch (error) {
    throw new BizLicenseError('IMAGE_CORRUPT', `the ${format} data could not be decoded; it may be truncated or damaged`, {
      cause: error,
    });
  }
}
