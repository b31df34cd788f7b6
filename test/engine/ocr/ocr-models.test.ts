/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import { createCanvas } from '@napi-rs/canvas';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeImage, DecodedImage } from '../../../src/engine/image';
import { OcrModels } from '../../../src/engine/ocr';
import { cropQuad } from '../../../src/engine/raster/crop-quad';
import { Quad } from '../../../src/engine/types';
import { BizLicenseError, isBizLicenseError } from '../../../src/license/bizlicense-error';

/** Page scale: the page is drawn at twice this size so detection runs on a reduced copy. */
const SCALE = 2;

/** Two pixels of the 960-pixel detection map, in page pixels: how far a box edge may fall inside the ink. */
const EDGE_TOLERANCE = 2 * ((1000 * SCALE) / 960);

interface PrintedLine {
  text: string;
  font: string;
  size: number;
  x: number;
  baseline: number;
}

/** Three license strings in three system fonts, at different places and sizes. */
const LINES: PrintedLine[] = [
  { text: '统一社会信用代码', font: 'WenQuanYi Zen Hei', size: 36, x: 60, baseline: 90 },
  { text: '91320621MA1MRHG205', font: 'Noto Sans CJK JP', size: 32, x: 380, baseline: 200 },
  { text: '人民币伍佰万元整', font: 'AR PL UMing CN', size: 40, x: 120, baseline: 330 },
];

interface TextBounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Renders the lines as a JPEG and returns it with each line's ink bounds in page pixels. */
async function renderPage(): Promise<{ image: DecodedImage; bounds: TextBounds[] }> {
  const canvas = createCanvas(1000 * SCALE, 420 * SCALE);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1a1a1a';

  const bounds = LINES.map((line) => {
    context.font = `${line.size * SCALE}px "${line.font}"`;
    const x = line.x * SCALE;
    const y = line.baseline * SCALE;
    context.fillText(line.text, x, y);
    const metrics = context.measureText(line.text);
    return {
      left: x - metrics.actualBoundingBoxLeft,
      top: y - metrics.actualBoundingBoxAscent,
      right: x + metrics.actualBoundingBoxRight,
      bottom: y + metrics.actualBoundingBoxDescent,
    };
  });

  const image = await decodeImage(canvas.toBuffer('image/jpeg', 92));
  return { image, bounds };
}

function quadBounds(quad: Quad): TextBounds {
  const xs = quad.map((point) => point.x);
  const ys = quad.map((point) => point.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

describe('OcrModels', () => {
  let models: OcrModels;
  let page: Awaited<ReturnType<typeof renderPage>>;

  beforeAll(async () => {
    [models, page] = await Promise.all([OcrModels.load(), renderPage()]);
  });

  afterAll(async () => {
    await models.close();
  });

  it('loads once per process', async () => {
    await expect(OcrModels.load()).resolves.toBe(models);
  });

  it('detects each printed line where it was drawn', async () => {
    const boxes = await models.detect(page.image, { maxSide: 960 });

    expect(boxes).toHaveLength(LINES.length);
    boxes.forEach((detected, index) => {
      const found = quadBounds(detected.box);
      const expected = page.bounds[index]!;
      const margin = LINES[index]!.size * SCALE * 0.6;

      expect(detected.score).toBeGreaterThan(0.6);
      expect(found.left).toBeLessThanOrEqual(expected.left + EDGE_TOLERANCE);
      expect(found.top).toBeLessThanOrEqual(expected.top + EDGE_TOLERANCE);
      expect(found.right).toBeGreaterThanOrEqual(expected.right - EDGE_TOLERANCE);
      expect(found.bottom).toBeGreaterThanOrEqual(expected.bottom - EDGE_TOLERANCE);
      expect(found.left).toBeGreaterThan(expected.left - margin);
      expect(found.top).toBeGreaterThan(expected.top - margin);
      expect(found.right).toBeLessThan(expected.right + margin);
      expect(found.bottom).toBeLessThan(expected.bottom + margin);
    });
  });

  it('reads the exact strings from full-resolution crops', async () => {
    const boxes = await models.detect(page.image, { maxSide: 960 });
    const crops = boxes.map((detected) => cropQuad(page.image, detected.box, 48));

    const results = await models.recognize(crops);

    expect(results.map((result) => result.text)).toEqual(LINES.map((line) => line.text));
    for (const result of results) {
      expect(result.score).toBeGreaterThan(0.9);
      expect(result.characters).toHaveLength([...result.text].length);
    }
  });

  it('tells upright from upside-down lines', async () => {
    const boxes = await models.detect(page.image, { maxSide: 960 });
    const upright = boxes.map((detected) => cropQuad(page.image, detected.box, 48));
    const flipped = boxes.map(({ box: [lt, rt, rb, lb] }) => cropQuad(page.image, [rb, lb, lt, rt], 48));

    const angles = await models.classifyAngle([...upright, ...flipped]);

    expect(angles.map((result) => result.angle)).toEqual([0, 0, 0, 180, 180, 180]);
  });

  it('reads the same text in worker threads', async () => {
    const inWorkers = await OcrModels.load({ recognitionWorkers: 2 });
    try {
      expect(inWorkers).not.toBe(models);
      const boxes = await models.detect(page.image, { maxSide: 960 });
      const crops = boxes.map((detected) => cropQuad(page.image, detected.box, 48));
      const results = await inWorkers.recognize(crops);
      expect(results.map((result) => result.text)).toEqual(LINES.map((line) => line.text));
    } finally {
      await inWorkers.close();
    }
  });

  it('returns no lines for a blank page', async () => {
    const blank = { data: new Uint8Array(640 * 480 * 3).fill(255), width: 640, height: 480 };
    await expect(models.detect(blank)).resolves.toEqual([]);
    await expect(models.recognize([])).resolves.toEqual([]);
  });

  it('rejects work after close and reloads', async () => {
    const boxes = await models.detect(page.image, { maxSide: 960 });
    const crops = boxes.map((detected) => cropQuad(page.image, detected.box, 48));
    await models.close();

    const error = await models.recognize(crops).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isBizLicenseError(error)).toBe(true);
    expect((error as BizLicenseError).code).toBe('ENGINE_FAILED');

    const reloaded = await OcrModels.load();
    expect(reloaded).not.toBe(models);
    models = reloaded;
    const results = await models.recognize(crops.slice(0, 1));
    expect(results[0]?.text).toBe(LINES[0]!.text);
  });

  it('rejects a dictionary that does not fit the model', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bizlicense-ocr-'));
    const dictionary = path.join(folder, 'short-keys.txt');
    writeFileSync(dictionary, '0\n1\n2\n');
    const mismatched = await OcrModels.load({ files: { dictionary }, recognitionWorkers: 0 });

    try {
      const crop = { data: new Uint8Array(96 * 48 * 3).fill(255), width: 96, height: 48 };
      await expect(mismatched.recognize([crop])).rejects.toThrow('outputs 6625 classes but the dictionary gives 5');
    } finally {
      await mismatched.close();
      rmSync(folder, { recursive: true });
    }
  });

  it('fails with ENGINE_FAILED when a model file is missing', async () => {
    const options = { files: { detection: '/nonexistent/ch_PP-OCRv4_det_infer.onnx' }, recognitionWorkers: 0 };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await OcrModels.load(options).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(isBizLicenseError(error)).toBe(true);
      expect((error as BizLicenseError).code).toBe('ENGINE_FAILED');
      expect((error as Error).message).toContain('/nonexistent/ch_PP-OCRv4_det_infer.onnx');
      expect((error as Error).cause).toBeDefined();
    }
  });
});
