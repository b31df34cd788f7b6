import { AffineMatrix, applyAffine, invertAffine, rotationAbout } from '../raster/affine';
import type { Point, Quad } from '../types';

export type PageRotation = 0 | 90 | 180 | 270;

/**
 * The rigid map from the original image to the upright page: a clockwise quarter turn followed by
 * a small clockwise skew correction, both about the image centre. The upright frame is the
 * bounding box of the turned original, so no original pixel falls outside it.
 */
export interface PageTransform {
  rotation: PageRotation;
  skewDegrees: number;
  /** Size of the upright frame, in pixels. */
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  toUpright: AffineMatrix;
  toOriginal: AffineMatrix;
}

export function createPageTransform(
  originalWidth: number,
  originalHeight: number,
  rotation: PageRotation,
  skewDegrees: number,
): PageTransform {
  const radians = ((rotation + skewDegrees) * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  const width = Math.round(originalWidth * cos + originalHeight * sin);
  const height = Math.round(originalWidth * sin + originalHeight * cos);
  const toUpright = rotationAbout(
    rotation + skewDegrees,
    { x: originalWidth / 2, y: originalHeight / 2 },
    { x: width / 2, y: height / 2 },
  );

  return {
    rotation,
    skewDegrees,
    width,
    height,
    originalWidth,
    originalHeight,
    toUpright,
    toOriginal: invertAffine(toUpright),
  };
}

export function mapQuad(matrix: AffineMatrix, quad: Quad): Quad {
  return [applyAffine(matrix, quad[0]), applyAffine(matrix, quad[1]), applyAffine(matrix, quad[2]), applyAffine(matrix, quad[3])];
}

/** Maps a point of the original image into the upright page. */
export function toUprightPoint(transform: PageTransform, point: Point): Point {
  return applyAffine(transform.toUpright, point);
}
