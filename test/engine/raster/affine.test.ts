import { applyAffine, invertAffine, rotationAbout } from '../../../src/engine/raster/affine';
import { rotateRightAngle } from '../../../src/engine/raster/rotate-right-angle';
import { warpAffine } from '../../../src/engine/raster/warp-affine';
import { shrinkByFactor } from '../../../src/engine/raster/shrink';
import { toGrayscale } from '../../../src/engine/raster/gray-image';
import { createPageTransform } from '../../../src/engine/page/page-transform';

/** Builds a 3 × 2 RGB image whose red channel numbers the pixels 0–5 row by row. */
function numberedImage() {
  const data = new Uint8Array(3 * 2 * 3);
  for (let i = 0; i < 6; i += 1) {
    data[i * 3] = i;
    data[i * 3 + 1] = 100 + i;
    data[i * 3 + 2] = 200 + i;
  }
  return { data, width: 3, height: 2 };
}

function redChannel(image: { data: Uint8Array }): number[] {
  return Array.from(image.data.filter((_, index) => index % 3 === 0));
}

describe('rotationAbout', () => {
  test('quarter turn moves right of centre to below it', () => {
    const matrix = rotationAbout(90, { x: 0, y: 0 }, { x: 0, y: 0 });
    expect(applyAffine(matrix, { x: 1, y: 0 })).toEqual({ x: 0, y: 1 });
  });

  test('inverse undoes a skewed rotation', () => {
    const matrix = rotationAbout(13.5, { x: 40, y: 30 }, { x: 55, y: 47 });
    const back = applyAffine(invertAffine(matrix), applyAffine(matrix, { x: 7, y: -3 }));
    expect(back.x).toBeCloseTo(7, 9);
    expect(back.y).toBeCloseTo(-3, 9);
  });

  test('singular matrix is rejected', () => {
    expect(() => invertAffine({ a: 1, b: 2, c: 0, d: 2, e: 4, f: 0 })).toThrow(/singular/);
  });
});

describe('rotateRightAngle', () => {
  test('90 degrees clockwise', () => {
    const rotated = rotateRightAngle(numberedImage(), 90);
    expect([rotated.width, rotated.height]).toEqual([2, 3]);
    // Rows of the original 0 1 2 / 3 4 5 become columns read bottom to top.
    expect(redChannel(rotated)).toEqual([3, 0, 4, 1, 5, 2]);
  });

  test('180 degrees', () => {
    expect(redChannel(rotateRightAngle(numberedImage(), 180))).toEqual([5, 4, 3, 2, 1, 0]);
  });

  test('270 degrees clockwise', () => {
    const rotated = rotateRightAngle(numberedImage(), 270);
    expect(redChannel(rotated)).toEqual([2, 5, 1, 4, 0, 3]);
  });

  test('keeps green and blue with red', () => {
    const rotated = rotateRightAngle(numberedImage(), 90);
    expect(Array.from(rotated.data.subarray(0, 3))).toEqual([3, 103, 203]);
  });
});

describe('warpAffine', () => {
  test.each([90, 180, 270] as const)('quarter turn %i matches the exact rotation', (degrees) => {
    const image = numberedImage();
    const transform = createPageTransform(image.width, image.height, degrees, 0);
    const warped = warpAffine(image, transform.toOriginal, transform.width, transform.height);
    expect(Array.from(warped.data)).toEqual(Array.from(rotateRightAngle(image, degrees).data));
  });

  test('fills pixels outside the source', () => {
    const image = numberedImage();
    const shifted = warpAffine(image, { a: 1, b: 0, c: 10, d: 0, e: 1, f: 0 }, 2, 2, 7);
    expect(Array.from(shifted.data)).toEqual(new Array(12).fill(7));
  });

  test('interpolates halfway between pixels', () => {
    const image = { data: new Uint8Array([0, 100]), width: 2, height: 1 };
    const shifted = warpAffine(image, { a: 1, b: 0, c: 0.5, d: 0, e: 1, f: 0 }, 1, 1);
    expect(Array.from(shifted.data)).toEqual([50]);
  });
});

describe('shrinkByFactor', () => {
  test('averages blocks and partial edge blocks', () => {
    const image = { data: new Uint8Array([0, 10, 20, 30, 40, 50]), width: 3, height: 2 };
    const shrunk = shrinkByFactor(image, 2);
    expect([shrunk.width, shrunk.height]).toEqual([2, 1]);
    expect(Array.from(shrunk.data)).toEqual([Math.round((0 + 10 + 30 + 40) / 4), 35]);
  });

  test('rejects a fractional factor', () => {
    expect(() => shrinkByFactor(numberedImage(), 1.5)).toThrow(/positive integer/);
  });
});

test('toGrayscale weights green most', () => {
  const gray = toGrayscale({ data: new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255]), width: 3, height: 1 });
  expect(Array.from(gray.data)).toEqual([76, 150, 29]);
});
