/**
 * Draws the recognised license's outline over the photo. WeChat reports the four corners
 * (`cert_position.pos`) in pixels of the image it received (`img_size`); the photo on screen is
 * smaller, so every corner is scaled by displayed width / `img_size.w`.
 */
import type { CertPosition, ImgSize } from '../lib/bizlicense';

/** One edge of the outline, positioned for a CSS box rotated about its left end. */
export interface OutlineEdge {
  left: number;
  top: number;
  length: number;
  angleDegrees: number;
  /** The inline style of the edge, in px. */
  style: string;
}

/** The photo's size on screen and the outline edges over it. */
export interface CertOutline {
  displayWidth: number;
  displayHeight: number;
  edges: OutlineEdge[];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Scales the corners to a photo shown `displayWidth` px wide (height follows the image's aspect
 * ratio) and returns the four edges top, right, bottom, left. Returns undefined when WeChat sent no
 * position or a zero image size.
 */
export function buildCertOutline(
  position: CertPosition | undefined,
  imageSize: ImgSize | undefined,
  displayWidth: number,
): CertOutline | undefined {
  if (!position || !imageSize || imageSize.w <= 0 || imageSize.h <= 0 || displayWidth <= 0) {
    return undefined;
  }

  const scale = displayWidth / imageSize.w;
  const { left_top, right_top, right_bottom, left_bottom } = position.pos;
  const corners = [left_top, right_top, right_bottom, left_bottom].map((point) => ({
    x: point.x * scale,
    y: point.y * scale,
  }));

  const edges = corners.map((start, index) => {
    const end = corners[(index + 1) % corners.length] ?? start;
    const length = Math.hypot(end.x - start.x, end.y - start.y);
    const angleDegrees = (Math.atan2(end.y - start.y, end.x - start.x) * 180) / Math.PI;
    const edge = { left: round(start.x), top: round(start.y), length: round(length), angleDegrees: round(angleDegrees) };

    return {
      ...edge,
      style: `left:${edge.left}px;top:${edge.top}px;width:${edge.length}px;transform:rotate(${edge.angleDegrees}deg);`,
    };
  });

  return { displayWidth: round(displayWidth), displayHeight: round(imageSize.h * scale), edges };
}
