import type { RgbImage } from '../../../src/engine/image/rgb-image';
import { locateLicense } from '../../../src/engine/page/locate-license';
import type { OcrPage, Quad, TextLine } from '../../../src/engine/types';

// A hand-drawn phone screen: a pale gray app background (#f0f1f5), a white app header, and a white
// license card with a brown frame band inside its edge. The text lines stand in for what the
// recogniser reads on the card; the card's edge is only a few percent darker on the outside.

const SCREEN = { width: 540, height: 1170 };
const CARD = { left: 20, top: 125, right: 520, bottom: 1015 };
const BACKGROUND = [240, 241, 245];
const WHITE = [255, 255, 255];
const FRAME = [184, 116, 60];

function fill(image: RgbImage, left: number, top: number, right: number, bottom: number, colour: number[]): void {
  for (let y = top; y < bottom; y += 1) {
    for (let x = left; x < right; x += 1) {
      image.data.set(colour, (y * image.width + x) * 3);
    }
  }
}

function drawScreen(): RgbImage {
  const image = { data: new Uint8Array(SCREEN.width * SCREEN.height * 3), width: SCREEN.width, height: SCREEN.height };
  fill(image, 0, 0, SCREEN.width, SCREEN.height, BACKGROUND);
  fill(image, 0, 45, SCREEN.width, 110, WHITE);
  fill(image, CARD.left, CARD.top, CARD.right, CARD.bottom, WHITE);

  // A 13-pixel frame band 8 pixels inside the card's edge, drawn as two-pixel stripes.
  for (let inset = 8; inset < 21; inset += 3) {
    fill(image, CARD.left + inset, CARD.top + inset, CARD.right - inset, CARD.top + inset + 2, FRAME);
    fill(image, CARD.left + inset, CARD.bottom - inset - 2, CARD.right - inset, CARD.bottom - inset, FRAME);
    fill(image, CARD.left + inset, CARD.top + inset, CARD.left + inset + 2, CARD.bottom - inset, FRAME);
    fill(image, CARD.right - inset - 2, CARD.top + inset, CARD.right - inset, CARD.bottom - inset, FRAME);
  }

  for (let row = 0; row < 12; row += 1) {
    fill(image, 60, 220 + row * 60, 420, 240 + row * 60, [30, 30, 30]);
  }
  return image;
}

function textLine(left: number, top: number, right: number, bottom: number): TextLine {
  const box: Quad = [
    { x: left, y: top },
    { x: right, y: top },
    { x: right, y: bottom },
    { x: left, y: bottom },
  ];
  return { text: '经营范围', score: 0.95, box };
}

function pageOf(lines: TextLine[]): OcrPage {
  return {
    ...SCREEN,
    originalWidth: SCREEN.width,
    originalHeight: SCREEN.height,
    rotation: 0,
    skewDegrees: 0,
    lines,
    toOriginal: (point) => point,
  };
}

test('card on a pale app background ends at its own edge, not the screen', () => {
  const lines = Array.from({ length: 12 }, (_, row) => textLine(60, 220 + row * 60, 420, 240 + row * 60));

  const corners = locateLicense(drawScreen(), pageOf(lines));

  const expected = [
    { x: CARD.left, y: CARD.top },
    { x: CARD.right, y: CARD.top },
    { x: CARD.right, y: CARD.bottom },
    { x: CARD.left, y: CARD.bottom },
  ];
  expect(corners).not.toBeNull();
  corners!.forEach((corner, index) => {
    expect(Math.abs(corner.x - expected[index]!.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(corner.y - expected[index]!.y)).toBeLessThanOrEqual(2);
  });
});

test('paper running to the border of a clean scan still ends at the border', () => {
  const image = { data: new Uint8Array(400 * 300 * 3).fill(250), width: 400, height: 300 };
  fill(image, 100, 120, 300, 140, [30, 30, 30]);
  fill(image, 100, 160, 300, 180, [30, 30, 30]);
  fill(image, 100, 200, 300, 220, [30, 30, 30]);

  const corners = locateLicense(image, { ...pageOf([]), width: 400, height: 300, originalWidth: 400, originalHeight: 300, lines: [textLine(100, 120, 300, 140), textLine(100, 160, 300, 180), textLine(100, 200, 300, 220)] });

  expect(corners).toEqual([
    { x: 0, y: 0 },
    { x: 400, y: 0 },
    { x: 400, y: 300 },
    { x: 0, y: 300 },
  ]);
});
