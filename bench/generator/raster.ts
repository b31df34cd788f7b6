/**
 * RGBA pixel buffers passed between the render and the photo degradations, and their JPEG encoding.
 */
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';

export interface Raster {
  /** RGBA, 4 bytes per pixel, row-major. */
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export function createRaster(width: number, height: number): Raster {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

export function rasterFromCanvas(canvas: Canvas): Raster {
  const context = canvas.getContext('2d');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: canvas.width, height: canvas.height };
}

export function rasterToCanvas(raster: Raster): Canvas {
  const canvas = createCanvas(raster.width, raster.height);
  canvas.getContext('2d').putImageData(new ImageData(raster.data, raster.width, raster.height), 0, 0);
  return canvas;
}

/** Encodes a raster as baseline JPEG at `quality` (0–100). */
export function encodeJpeg(raster: Raster, quality: number): Buffer {
  return rasterToCanvas(raster).encodeSync('jpeg', Math.round(quality));
}

/** Returns the raster scaled so its longer side is `longSide` pixels, and the scale factor used. */
export function scaleRaster(raster: Raster, longSide: number): { raster: Raster; scale: number } {
  const scale = longSide / Math.max(raster.width, raster.height);
  if (scale >= 1) return { raster, scale: 1 };
  const width = Math.round(raster.width * scale);
  const height = Math.round(raster.height * scale);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(rasterToCanvas(raster), 0, 0, width, height);
  return { raster: rasterFromCanvas(canvas), scale: width / raster.width };
}
