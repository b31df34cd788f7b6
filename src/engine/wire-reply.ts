import {
  CertPosition,
  LICENSE_TEXT_FIELDS,
  LicenseTextFields,
  WireReply,
  wireReplySchema,
} from '../license/wire-schema';
import { Point, Quad } from './types';

/** Size of the image after EXIF orientation, the frame that `cert_position` refers to. */
export interface ImageSize {
  width: number;
  height: number;
}

function toPixel(point: Point, size: ImageSize): { x: number; y: number } {
  const x = Math.round(point.x);
  const y = Math.round(point.y);

  return {
    x: Math.min(Math.max(x, 0), size.width),
    y: Math.min(Math.max(y, 0), size.height),
  };
}

/**
 * Converts the license's corners to WeChat's `cert_position`: whole pixels, clamped to the image's
 * edges (0 to width, 0 to height), because WeChat reports integer coordinates within the picture.
 */
export function toCertPosition(corners: Quad, size: ImageSize): CertPosition {
  const [leftTop, rightTop, rightBottom, leftBottom] = corners;

  return {
    pos: {
      left_top: toPixel(leftTop, size),
      right_top: toPixel(rightTop, size),
      right_bottom: toPixel(rightBottom, size),
      left_bottom: toPixel(leftBottom, size),
    },
  };
}

/** Keeps only the wire text fields that have a non-blank value, in WeChat's documented order. */
function presentFields(fields: LicenseTextFields): LicenseTextFields {
  const present: LicenseTextFields = {};
  for (const name of LICENSE_TEXT_FIELDS) {
    const value = fields[name]?.trim();
    if (value) {
      present[name] = value;
    }
  }
  return present;
}

/**
 * Builds the successful wire reply of `POST /cv/ocr/bizlicense` from the extracted fields, the
 * license's corners (omitted when the page stage could not place them) and the image size.
 * The result is checked against the wire schema so every route returns the same shape.
 */
export function buildWireReply(
  fields: LicenseTextFields,
  corners: Quad | null,
  size: ImageSize,
): WireReply {
  const reply: WireReply = {
    errcode: 0,
    errmsg: 'ok',
    ...presentFields(fields),
    ...(corners ? { cert_position: toCertPosition(corners, size) } : {}),
    img_size: { w: size.width, h: size.height },
  };

  // The schema puts errcode and errmsg last; WeChat's replies start with them, so they go first again.
  const { errcode, errmsg, ...license } = wireReplySchema.parse(reply);
  return { errcode, errmsg, ...license };
}
