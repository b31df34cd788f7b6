/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import type { RgbImage } from '../../../src/engine/image/rgb-image';
import { OcrModels } from '../../../src/engine/ocr';
import { locateLicense } from '../../../src/engine/page/locate-license';
import { createPageTransform } from '../../../src/engine/page/page-transform';
import { readPage } from '../../../src/engine/page/read-page';
import { applyAffine } from '../../../src/engine/raster/affine';
import { rotateRightAngle } from '../../../src/engine/raster/rotate-right-angle';
import type { OcrPage, Point, Quad } from '../../../src/engine/types';
import {
  LICENSE_LINES,
  lineCentreOnPage,
  pageToPhoto,
  photograph,
  placePage,
  renderLicensePage,
  renderSmallCard,
} from './synthetic-photo';

// Real PP-OCRv4 models on a rendered license photographed onto a wood background; each case turns
// the same photo by a right angle, as a phone held sideways or upside down would.

const PHOTO_WIDTH = 1800;
const PHOTO_HEIGHT = 1350;

/** Model loading and rendering run in hooks; a busy machine can take far longer than idle. */
const HOOK_TIMEOUT_MS = 180_000;

/** Lines whose reading must not depend on the orientation (spaces removed: spacing is the recogniser's call). */
const EXPECTED_LINES = [
  '营业执照',
  '统一社会信用代码91330106MA2B3C4D5E',
  '名称杭州青禾网络科技有限公司',
  '法定代表人王建国',
  '成立日期2019年03月15日',
  '住所浙江省杭州市西湖区文三路90号',
];

interface Case {
  /** Clockwise turn of the whole photo. */
  turn: 0 | 90 | 180 | 270;
  /** Clockwise tilt of the page inside the photo before the turn, in degrees. */
  tilt: number;
}

const CASES: Case[] = [
  { turn: 0, tilt: 0 },
  { turn: 90, tilt: 0 },
  { turn: 180, tilt: 0 },
  { turn: 270, tilt: 0 },
  { turn: 0, tilt: 10 },
  { turn: 90, tilt: -10 },
  { turn: 180, tilt: 10 },
  { turn: 270, tilt: -10 },
];

let models: OcrModels;
const flatPage = renderLicensePage();
const photos = new Map<number, { image: RgbImage; corners: Quad }>();

function photoTilted(tilt: number): { image: RgbImage; corners: Quad } {
  let photo = photos.get(tilt);
  if (!photo) {
    const corners = placePage(PHOTO_WIDTH, PHOTO_HEIGHT, 0.95, tilt, 0.04);
    photo = { image: photograph(flatPage, PHOTO_WIDTH, PHOTO_HEIGHT, corners), corners };
    photos.set(tilt, photo);
  }
  return photo;
}

/** Maps a point of the untouched photo to where it lands after turning the photo clockwise. */
function turnPoint(point: Point, turn: Case['turn']): Point {
  return applyAffine(createPageTransform(PHOTO_WIDTH, PHOTO_HEIGHT, turn, 0).toUpright, point);
}

function withoutSpaces(page: OcrPage): string[] {
  return page.lines.map((line) => line.text.replace(/\s+/g, ''));
}

beforeAll(async () => {
  models = await OcrModels.load();
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await models.close();
});

describe.each(CASES)('photo turned $turn° with the page tilted $tilt°', ({ turn, tilt }) => {
  let image: RgbImage;
  let corners: Quad;
  let page: OcrPage;

  beforeAll(async () => {
    const photo = photoTilted(tilt);
    image = rotateRightAngle(photo.image, turn);
    corners = photo.corners.map((corner) => turnPoint(corner, turn)) as Quad;
    page = await readPage(image, models);
  }, HOOK_TIMEOUT_MS);

  test('turns the page upright', () => {
    expect(page.rotation).toBe((360 - turn) % 360);
    expect(page.skewDegrees).toBeCloseTo(-tilt, 0);
    expect([page.originalWidth, page.originalHeight]).toEqual([image.width, image.height]);
  });

  test('reads the same lines', () => {
    const texts = withoutSpaces(page);
    for (const expected of EXPECTED_LINES) {
      expect(texts).toContain(expected);
    }
    expect(texts.indexOf('营业执照')).toBe(0);
  });

  test('toOriginal maps a line back onto the photo', () => {
    const index = withoutSpaces(page).indexOf('名称杭州青禾网络科技有限公司');
    const box = page.lines[index]!.box;
    const centre = page.toOriginal({
      x: (box[0].x + box[1].x + box[2].x + box[3].x) / 4,
      y: (box[0].y + box[1].y + box[2].y + box[3].y) / 4,
    });
    const truth = turnPoint(pageToPhoto(photoTilted(tilt).corners)(lineCentreOnPage(1)), turn);

    // The detected box is the ink's box grown by the detector, so its centre sits a few pixels off
    // the centre of the text's em box that the page was drawn with.
    expect(Math.abs(centre.x - truth.x)).toBeLessThan(12);
    expect(Math.abs(centre.y - truth.y)).toBeLessThan(12);
  });

  test('locates the license within 2% of the diagonal', () => {
    const found = locateLicense(image, page);
    const diagonal = Math.hypot(image.width, image.height);
    expect(found).not.toBeNull();
    found!.forEach((corner, index) => {
      expect(Math.hypot(corner.x - corners[index]!.x, corner.y - corners[index]!.y) / diagonal).toBeLessThan(0.02);
    });
  });
});

test('debug sink receives each stage', async () => {
  const stages: Array<{ stage: string; longSide: number; boxes: number }> = [];
  const image = rotateRightAngle(photoTilted(10).image, 90);
  let detected: Quad[] = [];

  const page = await readPage(image, models, {
    debug: (stage, stageImage, boxes) => {
      stages.push({ stage, longSide: Math.max(stageImage.width, stageImage.height), boxes: boxes?.length ?? 0 });
      if (stage === 'detected-boxes') {
        const scale = image.width / stageImage.width;
        detected = (boxes ?? []).map((box) => box.map((point) => ({ x: point.x * scale, y: point.y * scale })) as Quad);
      }
    },
  });
  locateLicense(image, page, (stage, stageImage, boxes) =>
    stages.push({ stage, longSide: Math.max(stageImage.width, stageImage.height), boxes: boxes?.length ?? 0 }),
  );

  expect(stages.map((entry) => entry.stage)).toEqual([
    'detect-input',
    'detected-boxes',
    'line-crops',
    'oriented',
    'license-corners',
  ]);
  expect(stages[0]!.longSide).toBe(960);
  expect(stages[1]!.boxes).toBeGreaterThanOrEqual(page.lines.length);
  expect(stages[3]!.boxes).toBe(page.lines.length);
  expect(stages[4]!.boxes).toBe(1);

  // Every line's corners, mapped back, are corners of a box that detection found in the photo.
  for (const line of page.lines) {
    for (const corner of line.box.map((point) => page.toOriginal(point))) {
      const nearest = Math.min(...detected.flat().map((point) => Math.hypot(point.x - corner.x, point.y - corner.y)));
      expect(nearest).toBeLessThan(2);
    }
  }
}, HOOK_TIMEOUT_MS);

test('small text is detected zoomed in', async () => {
  // 10 px text on a card in the middle of a 2400 x 1800 photo: the first pass at 960 px finds
  // 5 of the 8 lines.
  const image = renderSmallCard(2400, 1800, 10);

  const page = await readPage(image, models);

  expect(withoutSpaces(page)).toEqual(LICENSE_LINES.map((line) => line.replace(/\s+/g, '')));
}, HOOK_TIMEOUT_MS);
