/**
 * Building blocks of the generator: the seeded random source, capital numerals, dates, the
 * perspective warp used to place licenses in photos and font collection face extraction.
 */
import { readFileSync } from 'node:fs';
import { applyHomography, homographyFromQuads, invertHomography, quadOfRect, warpInto } from '../../bench/generator/capture/homography';
import { extractCollectionFace } from '../../bench/generator/draw/ttc-face';
import { Random } from '../../bench/generator/random';
import { createRaster, type Raster } from '../../bench/generator/raster';
import { formatDate, toCapitalNumerals } from '../../bench/generator/values';
import type { Quad } from '../../src/engine/types';

describe('Random', () => {
  test('same seed gives the same sequence', () => {
    const first = new Random(42);
    const second = new Random(42);
    const a = Array.from({ length: 50 }, () => first.nextUint32());
    const b = Array.from({ length: 50 }, () => second.nextUint32());
    expect(a).toEqual(b);
    expect(new Random(43).nextUint32()).not.toBe(a[0]);
  });

  test('int stays within both ends', () => {
    const random = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('toCapitalNumerals', () => {
  test.each([
    [3, '叁'],
    [10, '壹拾'],
    [50, '伍拾'],
    [500, '伍佰'],
    [1000, '壹仟'],
    [1050, '壹仟零伍拾'],
    [1200, '壹仟贰佰'],
    [3005, '叁仟零伍'],
  ])('%d is %s', (value, expected) => {
    expect(toCapitalNumerals(value)).toBe(expected);
  });

  test('rejects values outside 1..9999', () => {
    expect(() => toCapitalNumerals(0)).toThrow('1..9999');
    expect(() => toCapitalNumerals(10000)).toThrow('1..9999');
  });
});

describe('formatDate', () => {
  test('pads month and day on request', () => {
    expect(formatDate({ year: 2018, month: 1, day: 1 }, true)).toBe('2018年01月01日');
    expect(formatDate({ year: 2018, month: 1, day: 1 }, false)).toBe('2018年1月1日');
  });
});

describe('homographyFromQuads', () => {
  const from: Quad = [
    { x: 0, y: 0 },
    { x: 2200, y: 0 },
    { x: 2200, y: 1650 },
    { x: 0, y: 1650 },
  ];
  const to: Quad = [
    { x: 130.5, y: 90 },
    { x: 1980, y: 160.25 },
    { x: 2050, y: 1500 },
    { x: 80, y: 1420 },
  ];

  test('maps each corner onto its target', () => {
    const h = homographyFromQuads(from, to);
    from.forEach((point, index) => {
      const mapped = applyHomography(h, point);
      expect(mapped.x).toBeCloseTo((to[index] as { x: number }).x, 6);
      expect(mapped.y).toBeCloseTo((to[index] as { y: number }).y, 6);
    });
  });

  test('inverse maps back', () => {
    const h = homographyFromQuads(from, to);
    const back = applyHomography(invertHomography(h), applyHomography(h, { x: 700, y: 300 }));
    expect(back.x).toBeCloseTo(700, 6);
    expect(back.y).toBeCloseTo(300, 6);
  });

  test('rejects three corners on a line', () => {
    const flat: Quad = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 2, y: 0 },
      { x: 0, y: 1 },
    ];
    expect(() => homographyFromQuads(flat, to)).toThrow('degenerate');
  });
});

describe('extractCollectionFace', () => {
  const collectionPath = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

  test('copies the chosen face into a standalone font', () => {
    const collection = readFileSync(collectionPath);
    const face = extractCollectionFace(collection, 2);
    const directory = collection.readUInt32BE(12 + 2 * 4);
    expect(face.readUInt32BE(0)).toBe(collection.readUInt32BE(directory));
    expect(face.readUInt16BE(4)).toBe(collection.readUInt16BE(directory + 4));

    const firstRecordOffset = face.readUInt32BE(12 + 8);
    const firstRecordLength = face.readUInt32BE(12 + 12);
    const sourceOffset = collection.readUInt32BE(directory + 12 + 8);
    expect(face.subarray(firstRecordOffset, firstRecordOffset + firstRecordLength).equals(
      collection.subarray(sourceOffset, sourceOffset + firstRecordLength),
    )).toBe(true);
  });

  test('rejects a face the collection lacks', () => {
    expect(() => extractCollectionFace(readFileSync(collectionPath), 10)).toThrow('no face 10');
  });

  test('rejects a file without ttcf header', () => {
    expect(() => extractCollectionFace(Buffer.alloc(64), 0)).toThrow('ttcf');
  });
});

describe('warpInto', () => {
  const corners: Quad = [
    { x: 100, y: 100 },
    { x: 500, y: 110 },
    { x: 480, y: 400 },
    { x: 90, y: 390 },
  ];

  function warpWhitePage(bend: number): Raster {
    const page = createRaster(400, 300);
    page.data.fill(255);
    const frame = createRaster(600, 500);
    warpInto(frame, page, homographyFromQuads(quadOfRect(400, 300), corners), corners, bend);
    return frame;
  }

  const red = (raster: Raster, x: number, y: number): number => raster.data[(y * raster.width + x) * 4] as number;

  test('fills the quad and leaves the rest', () => {
    const frame = warpWhitePage(0);
    expect(red(frame, 300, 250)).toBe(255);
    expect(red(frame, 300, 95)).toBe(0);
    expect(red(frame, 50, 50)).toBe(0);
  });

  test('bend bows the edges but keeps the corners', () => {
    const frame = warpWhitePage(25);
    expect(red(frame, 300, 95)).toBe(255);
    expect(red(frame, 102, 103)).toBe(255);
    expect(red(frame, 97, 97)).toBe(0);
    expect(red(frame, 497, 112)).toBeGreaterThan(200);
    expect(red(frame, 503, 108)).toBe(0);
  });
});
