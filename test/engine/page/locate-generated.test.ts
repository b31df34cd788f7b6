/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import { generateLicense } from '../../../bench/generator';
import type { Capture, LicenseLayout } from '../../../bench/generator/spec';
import { decodeImage } from '../../../src/engine/image';
import { OcrModels } from '../../../src/engine/ocr';
import { locateLicense } from '../../../src/engine/page/locate-license';
import { readPage } from '../../../src/engine/page/read-page';

// Generated licenses (printed border, paper shading, background, perspective) with their true
// corners; the located corners must each lie within 2% of the image diagonal.

const HOOK_TIMEOUT_MS = 180_000;

const SAMPLES: Array<{ capture: Capture; layout: LicenseLayout; seed: number }> = [
  // Lit unevenly: one end of the paper much brighter than the other.
  { capture: 'photographed', layout: 'horizontal-2019', seed: 15838 },
  // A pale gray background close to the paper's own tint.
  { capture: 'photographed', layout: 'horizontal-2019', seed: 23757 },
  { capture: 'rotated', layout: 'vertical-copy-2014', seed: 7919 },
  { capture: 'clean', layout: 'horizontal-2019', seed: 7919 },
  // A white card on the app's pale gray background, only a few percent darker than the card.
  { capture: 'screenshot', layout: 'electronic', seed: 7919 },
];

let models: OcrModels;

beforeAll(async () => {
  models = await OcrModels.load();
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await models.close();
});

test.each(SAMPLES)('$capture $layout license corners', async ({ capture, layout, seed }) => {
  const sample = await generateLicense({ id: `locate-${seed}`, seed, layout, entity: 'company', capture });
  const image = await decodeImage(sample.jpeg);
  const page = await readPage(image, models);

  const corners = locateLicense(image, page);

  const diagonal = Math.hypot(image.width, image.height);
  expect(corners).not.toBeNull();
  corners!.forEach((corner, index) => {
    const truth = sample.corners[index]!;
    expect(Math.hypot(corner.x - truth.x, corner.y - truth.y) / diagonal).toBeLessThan(0.02);
  });
}, HOOK_TIMEOUT_MS);

test('page without text has no license', () => {
  const image = { data: new Uint8Array(30 * 20 * 3).fill(200), width: 30, height: 20 };
  const page = {
    width: 30,
    height: 20,
    originalWidth: 30,
    originalHeight: 20,
    rotation: 0 as const,
    skewDegrees: 0,
    lines: [],
    toOriginal: (point: { x: number; y: number }) => point,
  };
  expect(locateLicense(image, page)).toBeNull();
});
