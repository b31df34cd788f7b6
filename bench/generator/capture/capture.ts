/**
 * Turns the flat license into the picture a user would upload: a clean scan, a phone photo, a rotated
 * or dim photo, a photo of a monitor, or an app screenshot.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Point, Quad } from '../../../src/engine/types';
import { pageAspect } from '../draw/render-license';
import { Random } from '../random';
import { createRaster, encodeJpeg, rasterFromCanvas, scaleRaster, type Raster } from '../raster';
import type { SampleSpec } from '../spec';
import { drawBackground } from './backgrounds';
import { applyHomography, homographyFromQuads, quadOfRect, warpInto } from './homography';
import { drawPhoneScreen } from './phone-screen';
import { applyBoxBlur, applyExposure, applyNoise, applyScreenArtifacts, applyUnevenLight, rotateRaster } from './pixel-effects';
import { longestEdge, placeQuad, type PlacementOptions } from './placement';

export interface CapturedImage {
  jpeg: Buffer;
  width: number;
  height: number;
  corners: Quad;
}

/** Draws the flat license page at the given pixel width. */
export type RenderPage = (width: number) => Canvas;

function frameSize(aspect: number, phoneSize: boolean): { width: number; height: number } {
  const long = phoneSize ? 4000 : 2200;
  const short = phoneSize ? 3000 : 1650;
  return aspect >= 1 ? { width: long, height: short } : { width: short, height: long };
}

function captureClean(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  const aspect = pageAspect(spec.layout);
  const page = rasterFromCanvas(render(aspect >= 1 ? 2200 : 1650));
  return finish(spec, page, quadOfRect(page.width, page.height), random.int(86, 94));
}

/** Darkens the surface under and just beyond the paper's edges, as a sheet lying on a table does. */
function drawPaperShadow(background: Canvas, corners: Quad, random: Random): void {
  const context = background.getContext('2d');
  const scale = background.width / 2200;
  context.save();
  context.shadowColor = `rgba(0, 0, 0, ${random.float(0.3, 0.55).toFixed(3)})`;
  context.shadowBlur = random.float(12, 40) * scale;
  context.shadowOffsetX = random.float(-12, 12) * scale;
  context.shadowOffsetY = random.float(2, 16) * scale;
  context.fillStyle = '#808080';
  context.beginPath();
  corners.forEach((point, index) => (index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
  context.closePath();
  context.fill();
  context.restore();
}

/** Photographs `page` lying on a surface: returns the frame and the page corners in it. */
function photographPage(
  random: Random,
  aspect: number,
  phoneSize: boolean,
  render: RenderPage,
  placement: PlacementOptions,
): { frame: Raster; corners: Quad } {
  const size = frameSize(aspect, phoneSize);
  const corners = placeQuad(size.width, size.height, aspect, random, placement);
  const background = drawBackground(size.width, size.height, random, random.pick(['wood', 'fabric', 'table', 'desk'] as const));
  drawPaperShadow(background, corners, random);
  const frame = rasterFromCanvas(background);

  // Rendering the page smaller than it appears in the frame lets the bilinear upsampling soften the
  // print, which costs far less than blurring the whole frame afterwards.
  const sharpness = random.float(0.6, 1.0);
  const pageLongSide = longestEdge(corners) * sharpness;
  const renderWidth = Math.round(Math.min(3200, Math.max(900, aspect >= 1 ? pageLongSide : pageLongSide * aspect)));
  const page = rasterFromCanvas(render(renderWidth));
  // Half of the sheets are slightly curled, bowing their long edges by up to 0.6% of the page height.
  const bend = random.chance(0.5) ? random.float(-0.006, 0.006) * page.height : 0;
  warpInto(frame, page, homographyFromQuads(quadOfRect(page.width, page.height), corners), corners, bend);
  return { frame, corners };
}

function degradePhoto(frame: Raster, random: Random, phoneSize: boolean): void {
  applyUnevenLight(frame, random, random.float(0.2, 0.6), random.chance(0.4));
  if (random.chance(0.3)) applyBoxBlur(frame, phoneSize ? 2 : 1, 1);
  applyNoise(frame, random, random.float(2, 6));
}

function capturePhotographed(spec: SampleSpec, random: Random, render: RenderPage, maxTilt: number): { frame: Raster; corners: Quad } {
  const aspect = pageAspect(spec.layout);
  const placement = { maxTiltDegrees: maxTilt, coverage: [0.65, 0.9] as [number, number], perspective: 0.05 };
  const photo = photographPage(random, aspect, spec.phoneSize === true, render, placement);
  degradePhoto(photo.frame, random, spec.phoneSize === true);
  return photo;
}

function rotatePoint(point: Point, width: number, height: number, degrees: 90 | 180 | 270): Point {
  if (degrees === 90) return { x: height - point.y, y: point.x };
  if (degrees === 180) return { x: width - point.x, y: height - point.y };
  return { x: point.y, y: width - point.x };
}

function captureRotated(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  const photo = capturePhotographed(spec, random, render, 15);
  const degrees = random.pick([90, 180, 270] as const);
  const frame = rotateRaster(photo.frame, degrees);
  const corners = photo.corners.map((point) => rotatePoint(point, photo.frame.width, photo.frame.height, degrees)) as Quad;
  return finish(spec, frame, corners, random.int(50, 90));
}

function captureLowLight(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  const aspect = pageAspect(spec.layout);
  const placement = { maxTiltDegrees: 10, coverage: [0.65, 0.88] as [number, number], perspective: 0.05 };
  const photo = photographPage(random, aspect, spec.phoneSize === true, render, placement);
  applyUnevenLight(photo.frame, random, random.float(0.4, 0.8), random.chance(0.5));
  const gain = random.float(0.38, 0.6);
  const cast = random.float(-0.08, 0.08);
  applyExposure(photo.frame, [gain * (1 + cast), gain, gain * (1 - cast)], random.int(4, 14), random.float(1.0, 1.2));
  // A 12 MP frame is already soft from rendering below its size, and one blur pass over it took about
  // a second of CPU on the 2-core build machine.
  if (random.chance(0.5) && spec.phoneSize !== true) applyBoxBlur(photo.frame, 1, 1);
  applyNoise(photo.frame, random, random.float(5, 10));
  return finish(spec, photo.frame, photo.corners, random.int(50, 80));
}

/**
 * Shows a scan of a paper license in an image viewer, on a monitor turned to the page's orientation so
 * the page fills most of the screen as a user zooming in would make it.
 */
function monitorScreen(spec: SampleSpec, random: Random, render: RenderPage): { screen: Canvas; pageCorners: Quad } {
  const aspect = pageAspect(spec.layout);
  const width = aspect >= 1 ? 1920 : 1200;
  const height = aspect >= 1 ? 1200 : 1920;
  const screen = createCanvas(width, height);
  const context = screen.getContext('2d');
  context.fillStyle = random.pick(['#2b2b2b', '#3c3f41', '#e8e8e8']);
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#202124';
  context.fillRect(0, 0, width, 48);

  const pageHeight = Math.round(Math.min(height - 120, (width - 60) / aspect));
  const pageWidth = Math.round(pageHeight * aspect);
  const left = Math.round((width - pageWidth) / 2);
  const top = 48 + Math.round((height - 48 - pageHeight) / 2);
  context.drawImage(render(pageWidth), left, top, pageWidth, pageHeight);
  const pageCorners: Quad = [
    { x: left, y: top },
    { x: left + pageWidth, y: top },
    { x: left + pageWidth, y: top + pageHeight },
    { x: left, y: top + pageHeight },
  ];
  return { screen, pageCorners };
}

/** Shows the electronic license in its phone app. */
function phoneDisplay(random: Random, render: RenderPage): { screen: Canvas; pageCorners: Quad } {
  const phone = drawPhoneScreen(render(1000), random);
  return { screen: phone.screen, pageCorners: phone.cardCorners };
}

function captureScreen(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  const displayed = spec.layout === 'electronic' ? phoneDisplay(random, render) : monitorScreen(spec, random, render);
  const screenAspect = displayed.screen.width / displayed.screen.height;
  const size = frameSize(screenAspect, false);
  const screenQuad = placeQuad(size.width, size.height, screenAspect, random, {
    maxTiltDegrees: 6,
    coverage: [0.78, 0.92],
    perspective: 0.04,
  });

  const frame = rasterFromCanvas(drawBackground(size.width, size.height, random, 'desk'));
  const bezel = createRaster(displayed.screen.width, displayed.screen.height);
  bezel.data.fill(18);
  const grow = 0.04;
  const center = screenQuad.reduce((sum, p) => ({ x: sum.x + p.x / 4, y: sum.y + p.y / 4 }), { x: 0, y: 0 });
  const bezelQuad = screenQuad.map((point) => ({
    x: center.x + (point.x - center.x) * (1 + grow),
    y: center.y + (point.y - center.y) * (1 + grow),
  })) as Quad;
  warpInto(frame, bezel, homographyFromQuads(quadOfRect(bezel.width, bezel.height), bezelQuad), bezelQuad);

  const screenRaster = rasterFromCanvas(displayed.screen);
  const toFrame = homographyFromQuads(quadOfRect(screenRaster.width, screenRaster.height), screenQuad);
  warpInto(frame, screenRaster, toFrame, screenQuad);
  applyScreenArtifacts(frame, random);
  applyNoise(frame, random, random.float(2, 5));
  const corners = displayed.pageCorners.map((point) => applyHomography(toFrame, point)) as Quad;
  return finish(spec, frame, corners, random.int(55, 85));
}

function captureScreenshot(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  const phone = drawPhoneScreen(render(1000), random);
  const raster = rasterFromCanvas(phone.screen);
  return finish(spec, raster, phone.cardCorners, random.int(88, 95));
}

/** Scales the frame to the requested output size and encodes it. Corners are scaled with the image. */
function finish(spec: SampleSpec, frame: Raster, corners: Quad, quality: number): CapturedImage {
  const scaled = spec.outputLongSide ? scaleRaster(frame, spec.outputLongSide) : { raster: frame, scale: 1 };
  const output = scaled.raster;
  const scaledCorners = corners.map((point) => ({ x: point.x * scaled.scale, y: point.y * scaled.scale })) as Quad;
  return { jpeg: encodeJpeg(output, quality), width: output.width, height: output.height, corners: scaledCorners };
}

export function captureSample(spec: SampleSpec, random: Random, render: RenderPage): CapturedImage {
  switch (spec.capture) {
    case 'clean':
      return captureClean(spec, random, render);
    case 'photographed': {
      const photo = capturePhotographed(spec, random, render, 8);
      return finish(spec, photo.frame, photo.corners, random.int(50, 90));
    }
    case 'rotated':
      return captureRotated(spec, random, render);
    case 'low-light':
      return captureLowLight(spec, random, render);
    case 'screen-recapture':
      return captureScreen(spec, random, render);
    case 'screenshot':
      return captureScreenshot(spec, random, render);
  }
}
