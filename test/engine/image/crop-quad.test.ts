import { createRgbImage, RgbImage } from '../../../src/engine/image/rgb-image';
import { cropQuad } from '../../../src/engine/raster/crop-quad';
import { Quad } from '../../../src/engine/types';

/** 200 × 100: black where x < 100, white elsewhere, with a red square at (20..40, 20..40). */
function testImage(): RgbImage {
  const image = createRgbImage(200, 100);
  for (let y = 0; y < 100; y += 1) {
    for (let x = 0; x < 100; x += 1) {
      const red = x >= 20 && x < 40 && y >= 20 && y < 40;
      image.data.set(red ? [255, 0, 0] : [0, 0, 0], (y * 200 + x) * 3);
    }
  }
  return image;
}

function pixelAt(image: RgbImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 3;
  return Array.from(image.data.subarray(offset, offset + 3));
}

const wholeImage: Quad = [
  { x: 0, y: 0 },
  { x: 200, y: 0 },
  { x: 200, y: 100 },
  { x: 0, y: 100 },
];

describe('cropQuad', () => {
  it('keeps the aspect ratio at the target height', () => {
    const crop = cropQuad(testImage(), wholeImage, 48);
    expect(crop.height).toBe(48);
    expect(crop.width).toBe(96);
    expect(crop.data.length).toBe(96 * 48 * 3);
  });

  it('uses a given target width', () => {
    const crop = cropQuad(testImage(), wholeImage, 48, 30);
    expect(crop.width).toBe(30);
  });

  it('copies an axis-aligned region exactly', () => {
    const quad: Quad = [
      { x: 20, y: 20 },
      { x: 40, y: 20 },
      { x: 40, y: 40 },
      { x: 20, y: 40 },
    ];
    const crop = cropQuad(testImage(), quad, 20);
    expect(crop.width).toBe(20);
    for (const [x, y] of [
      [0, 0],
      [19, 0],
      [0, 19],
      [19, 19],
      [10, 10],
    ] as const) {
      expect(pixelAt(crop, x, y)).toEqual([255, 0, 0]);
    }
  });

  it('turns a quad given upside down', () => {
    const [lt, rt, rb, lb] = wholeImage;
    const crop = cropQuad(testImage(), [rb, lb, lt, rt], 50);
    expect(pixelAt(crop, 5, 25)).toEqual([255, 255, 255]);
    expect(pixelAt(crop, 94, 25)).toEqual([0, 0, 0]);
    // The red square (20..40 from the left, 20..40 from the top) lands bottom right.
    expect(pixelAt(crop, 100 - 15, 50 - 15)).toEqual([255, 0, 0]);
  });

  it('straightens a rotated quad', () => {
    // A 40 × 20 rectangle centred on the red square's centre (30, 30), rotated by 30°.
    const angle = Math.PI / 6;
    const corner = (u: number, v: number) => ({
      x: 30 + u * Math.cos(angle) - v * Math.sin(angle),
      y: 30 + u * Math.sin(angle) + v * Math.cos(angle),
    });
    const quad: Quad = [corner(-20, -10), corner(20, -10), corner(20, 10), corner(-20, 10)];
    const crop = cropQuad(testImage(), quad, 20);

    expect(crop.width).toBe(40);
    expect(pixelAt(crop, 20, 10)).toEqual([255, 0, 0]);
    expect(pixelAt(crop, 14, 10)).toEqual([255, 0, 0]);
    expect(pixelAt(crop, 1, 10)).toEqual([0, 0, 0]);
  });

  it('averages samples when shrinking', () => {
    const stripes = createRgbImage(8, 8);
    for (let y = 0; y < 8; y += 2) {
      stripes.data.fill(0, y * 8 * 3, (y + 1) * 8 * 3);
    }
    const quad: Quad = [
      { x: 0, y: 0 },
      { x: 8, y: 0 },
      { x: 8, y: 8 },
      { x: 0, y: 8 },
    ];
    const crop = cropQuad(stripes, quad, 2);
    const value = pixelAt(crop, 0, 0)[0]!;
    expect(value).toBeGreaterThan(100);
    expect(value).toBeLessThan(155);
  });
});
