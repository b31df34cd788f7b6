import { applyAffine } from '../../../src/engine/raster/affine';
import {
  lineAxis,
  permuteQuad,
  uprightCornerOrder,
  weightedMedian,
  wrapHalfTurn,
} from '../../../src/engine/page/line-geometry';
import { estimateQuarterTurn, estimateSkewCorrection } from '../../../src/engine/page/page-orientation';
import { createPageTransform, mapQuad } from '../../../src/engine/page/page-transform';
import type { Quad } from '../../../src/engine/types';

/** Builds a line box of the given size centred at (cx, cy), its long axis turned clockwise by `degrees`. */
function lineBox(cx: number, cy: number, length: number, thickness: number, degrees: number): Quad {
  const radians = (degrees * Math.PI) / 180;
  const along = { x: (Math.cos(radians) * length) / 2, y: (Math.sin(radians) * length) / 2 };
  const across = { x: (-Math.sin(radians) * thickness) / 2, y: (Math.cos(radians) * thickness) / 2 };
  return [
    { x: cx - along.x - across.x, y: cy - along.y - across.y },
    { x: cx + along.x - across.x, y: cy + along.y - across.y },
    { x: cx + along.x + across.x, y: cy + along.y + across.y },
    { x: cx - along.x + across.x, y: cy - along.y + across.y },
  ];
}

/** Builds the boxes of an upright page of `lineCount` lines, turned as a whole by `degrees` about (500, 400). */
function turnedPage(degrees: number, lineCount = 12): Quad[] {
  const turn = createPageTransform(1000, 800, 0, degrees).toUpright;
  const boxes: Quad[] = [];
  for (let i = 0; i < lineCount; i += 1) {
    boxes.push(mapQuad(turn, lineBox(300 + (i % 3) * 40, 100 + i * 50, 300 + (i % 4) * 60, 30, 0)));
  }
  // A seal and a QR code: square boxes that must not vote.
  boxes.push(lineBox(800, 600, 120, 120, 30), lineBox(150, 650, 90, 90, 0));
  return boxes;
}

describe('lineAxis', () => {
  test('measures a tilted line', () => {
    const axis = lineAxis(lineBox(0, 0, 200, 20, 12));
    expect(axis.angleDegrees).toBeCloseTo(12, 9);
    expect(axis.length).toBeCloseTo(200, 9);
    expect(axis.thickness).toBeCloseTo(20, 9);
  });

  test('ignores corner order', () => {
    const box = lineBox(0, 0, 200, 20, -8);
    expect(lineAxis([box[1], box[2], box[3], box[0]]).angleDegrees).toBeCloseTo(172, 9);
  });
});

test('wrapHalfTurn keeps angles within a half turn', () => {
  expect(wrapHalfTurn(172)).toBeCloseTo(-8, 9);
  expect(wrapHalfTurn(90)).toBe(90);
  expect(wrapHalfTurn(-100)).toBe(80);
  expect(wrapHalfTurn(370)).toBe(10);
});

test('weightedMedian follows the weight, not the count', () => {
  expect(weightedMedian([1, 2, 30], [5, 1, 1])).toBe(1);
  expect(weightedMedian([1, 2, 30], [1, 1, 5])).toBe(30);
  expect(weightedMedian([], [])).toBeNaN();
});

describe('estimateQuarterTurn', () => {
  test.each([
    [0, 0],
    [8, 0],
    [-14, 0],
    [90, 90],
    [-90, 90],
    [103, 90],
    [180, 0],
    [270, 90],
  ])('page turned %i degrees needs a %i degree turn', (degrees, expected) => {
    expect(estimateQuarterTurn(turnedPage(degrees))).toBe(expected);
  });
});

describe('estimateSkewCorrection', () => {
  test.each([
    [0, 0, 0],
    [10, 0, -10],
    [-10, 0, 10],
    [15, 0, -15],
    [185, 0, -5],
    [90 + 7, 90, -7],
    [-90 + 7, 90, -7],
  ])('page turned %d degrees, quarter turn %d, corrects %d', (degrees, quarterTurn, expected) => {
    const correction = estimateSkewCorrection(turnedPage(degrees), quarterTurn as 0 | 90);
    expect(correction).toBeCloseTo(expected, 6);
  });

  test('a few stray boxes do not move the estimate', () => {
    const boxes = [...turnedPage(6), lineBox(100, 100, 200, 20, 40), lineBox(100, 300, 200, 20, -25)];
    expect(estimateSkewCorrection(boxes, 0)).toBeCloseTo(-6, 6);
  });

  test('no line-shaped boxes gives no correction', () => {
    expect(estimateSkewCorrection([lineBox(10, 10, 50, 50, 20)], 0)).toBe(0);
  });
});

describe('createPageTransform', () => {
  test.each([
    [90, { x: 800, y: 0 }],
    [180, { x: 1000, y: 800 }],
    [270, { x: 0, y: 1000 }],
  ] as const)('turn %i moves the top-left corner exactly', (rotation, expected) => {
    const transform = createPageTransform(1000, 800, rotation, 0);
    expect(applyAffine(transform.toUpright, { x: 0, y: 0 })).toEqual(expected);
  });

  test('frame holds the whole skewed image', () => {
    const transform = createPageTransform(1000, 800, 90, 10);
    const corners: Quad = [
      { x: 0, y: 0 },
      { x: 1000, y: 0 },
      { x: 1000, y: 800 },
      { x: 0, y: 800 },
    ];
    for (const corner of mapQuad(transform.toUpright, corners)) {
      expect(corner.x).toBeGreaterThanOrEqual(-0.5);
      expect(corner.y).toBeGreaterThanOrEqual(-0.5);
      expect(corner.x).toBeLessThanOrEqual(transform.width + 0.5);
      expect(corner.y).toBeLessThanOrEqual(transform.height + 0.5);
    }
  });

  test('toOriginal inverts toUpright', () => {
    const transform = createPageTransform(2200, 1650, 270, -12.5);
    const point = applyAffine(transform.toOriginal, applyAffine(transform.toUpright, { x: 123, y: 1456 }));
    expect(point.x).toBeCloseTo(123, 9);
    expect(point.y).toBeCloseTo(1456, 9);
  });
});

describe('uprightCornerOrder', () => {
  test.each([0, 90, 180, 270])('recovers the reading order of a line turned %i degrees', (rotation) => {
    // A line box as the detector saw it on a turned page: its corners in the image's own order.
    const upright = lineBox(400, 300, 300, 30, 4);
    const transform = createPageTransform(800, 1000, rotation as 0 | 90 | 180 | 270, 0);
    const inImage = mapQuad(transform.toOriginal, upright);
    const scrambled: Quad = [inImage[2], inImage[0], inImage[3], inImage[1]];

    const ordered = permuteQuad(scrambled, uprightCornerOrder(mapQuad(transform.toUpright, scrambled)));
    const back = mapQuad(transform.toUpright, ordered);
    back.forEach((corner, index) => {
      expect(corner.x).toBeCloseTo(upright[index]!.x, 6);
      expect(corner.y).toBeCloseTo(upright[index]!.y, 6);
    });
  });
});
