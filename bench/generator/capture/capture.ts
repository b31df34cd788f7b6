/**
 * Turns the flat license into the picture a user would upload: a clean scan, a phone photo, a rotated
 * or dim photo, a photo of a monitor, or an app screenshot.
 */
import type { Canvas } from '@napi-rs/canvas';
import type { Quad } from '../../../src/engine/types';
import { pageAspect } from '../draw/render-license';
import { Random } from '../random';
import { encodeJpeg, rasterFromCanvas } from '../raster';
import type { SampleSpec } from '../spec';

export interface CapturedImage {
  jpeg: Buffer;
  width: number;
  height: number;
  corners: Quad;
}

/** Draws the flat license page at the given pixel width. */
export type RenderPage = (width: number) => Canvas;

function captureClean(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  const aspect = pageAspect(spec.layout);
  const width = aspect >= 1 ? 2200 : 1650;
  const page = rasterFromCanvas(render(width));
  const jpeg = encodeJpeg(page, random.int(86, 94));
  const corners: Quad = [
    { x: 0, y: 0 },
    { x: page.width, y: 0 },
    { x: page.width, y: page.height },
    { x: 0, y: page.height },
  ];
  return { jpeg, width: page.width, height: page.height, corners };
}

export function captureSample(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  switch (spec.capture) {
    case 'clean':
      return captureClean(spec, random, render);
    default:
      throw new Error(`capture ${spec.capture} is not built yet`);
  }
}
