/**
 * Rendered samples: byte-identical output for the same spec, corners inside the image and in license
 * order, JPEG dimensions matching the reported size, and committed fixtures that still match the
 * generator.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Image } from '@napi-rs/canvas';
import { generateLicense, type GeneratedSample } from '../../bench/generator';
import { FIXTURE_SPECS } from '../../bench/generator/fixture-specs';
import { toSampleRecord } from '../../bench/generator/sample-record';
import type { Capture, SampleSpec } from '../../bench/generator/spec';
import type { Quad } from '../../src/engine/types';

function decodedSize(jpeg: Buffer): { width: number; height: number } {
  const image = new Image();
  image.src = jpeg;
  return { width: image.width, height: image.height };
}

/** Shoelace area; positive when the corners run clockwise on screen (y pointing down). */
function signedArea(quad: Quad): number {
  let sum = 0;
  for (let i = 0; i < 4; i += 1) {
    const a = quad[i] as { x: number; y: number };
    const b = quad[(i + 1) % 4] as { x: number; y: number };
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

const CAPTURE_SPECS: Array<[Capture, SampleSpec]> = [
  ['clean', { id: 'clean', seed: 11, layout: 'horizontal-2019', entity: 'company', capture: 'clean' }],
  ['photographed', { id: 'photo', seed: 12, layout: 'vertical-copy-2014', entity: 'branch', capture: 'photographed' }],
  ['rotated', { id: 'rotated', seed: 13, layout: 'horizontal-2019', entity: 'individual', capture: 'rotated' }],
  ['low-light', { id: 'dim', seed: 14, layout: 'individual-2011', entity: 'individual', capture: 'low-light' }],
  ['screen-recapture', { id: 'screen', seed: 15, layout: 'horizontal-2019', entity: 'partnership', capture: 'screen-recapture' }],
  ['screenshot', { id: 'shot', seed: 16, layout: 'electronic', entity: 'cooperative', capture: 'screenshot' }],
];

describe('generateLicense', () => {
  const samples = new Map<Capture, GeneratedSample>();

  // Six full renders take about 6 s of CPU; the margin covers a loaded machine.
  beforeAll(async () => {
    for (const [capture, spec] of CAPTURE_SPECS) samples.set(capture, await generateLicense(spec));
  }, 180_000);

  test('same spec gives byte-identical JPEG', async () => {
    const spec = CAPTURE_SPECS[1]![1];
    const again = await generateLicense(spec);
    expect(again.jpeg.equals(samples.get('photographed')!.jpeg)).toBe(true);
    expect(again.truth).toEqual(samples.get('photographed')!.truth);
    expect(again.corners).toEqual(samples.get('photographed')!.corners);
  });

  test('different seed gives a different image', async () => {
    const other = await generateLicense({ ...CAPTURE_SPECS[5]![1], seed: 17 });
    expect(other.jpeg.equals(samples.get('screenshot')!.jpeg)).toBe(false);
  });

  test.each(CAPTURE_SPECS.map(([capture]) => capture))('%s corners lie inside the image', (capture) => {
    const sample = samples.get(capture)!;
    for (const point of sample.corners) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(sample.width);
      expect(point.y).toBeLessThanOrEqual(sample.height);
    }
    expect(signedArea(sample.corners)).toBeGreaterThan(0.15 * sample.width * sample.height);
  });

  test.each(CAPTURE_SPECS.map(([capture]) => capture))('%s JPEG has the reported size', (capture) => {
    const sample = samples.get(capture)!;
    expect(sample.jpeg.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(decodedSize(sample.jpeg)).toEqual({ width: sample.width, height: sample.height });
    expect(sample.capture).toBe(capture);
  });

  test('clean capture is the flat page', () => {
    const sample = samples.get('clean')!;
    expect({ width: sample.width, height: sample.height }).toEqual({ width: 2200, height: 1650 });
    expect(sample.corners).toEqual([
      { x: 0, y: 0 },
      { x: 2200, y: 0 },
      { x: 2200, y: 1650 },
      { x: 0, y: 1650 },
    ]);
  });

  test('rotated capture turns the license off upright', () => {
    const [lt, rt] = samples.get('rotated')!.corners;
    const angle = (Math.atan2(rt.y - lt.y, rt.x - lt.x) * 180) / Math.PI;
    expect(Math.abs(angle)).toBeGreaterThan(60);
  });

  test('screenshot is a portrait phone screen', () => {
    const sample = samples.get('screenshot')!;
    expect({ width: sample.width, height: sample.height }).toEqual({ width: 1080, height: 2340 });
    expect(sample.corners[0]).toEqual({ x: 40, y: 250 });
  });

  test('outputLongSide scales image and corners', async () => {
    const spec = CAPTURE_SPECS[0]![1];
    const small = await generateLicense({ ...spec, outputLongSide: 1100 });
    expect({ width: small.width, height: small.height }).toEqual({ width: 1100, height: 825 });
    expect(decodedSize(small.jpeg)).toEqual({ width: 1100, height: 825 });
    expect(small.corners[2]).toEqual({ x: 1100, y: 825 });
    expect(small.truth).toEqual(samples.get('clean')!.truth);
  });
});

describe('committed fixtures', () => {
  const fixtureDir = path.join(__dirname, '..', 'fixtures', 'licenses');

  test.each(FIXTURE_SPECS.map((spec) => [spec.id, spec] as const))('%s matches the generator', async (id, spec) => {
    const committed = JSON.parse(readFileSync(path.join(fixtureDir, `${id}.json`), 'utf8'));
    const sample = await generateLicense(spec);
    const record = toSampleRecord(spec, sample);
    expect(committed).toEqual(JSON.parse(JSON.stringify(record)));
    expect(decodedSize(readFileSync(path.join(fixtureDir, `${id}.jpg`)))).toEqual({ width: record.width, height: record.height });
  }, 120_000);
});
