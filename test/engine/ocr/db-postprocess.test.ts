import { DEFAULT_DB_OPTIONS, extractBoxes } from '../../../src/engine/ocr/db-postprocess';

function blankMap(width: number, height: number) {
  return { data: new Float32Array(width * height), width, height };
}

function fillRect(map: ReturnType<typeof blankMap>, x0: number, y0: number, x1: number, y1: number, value: number): void {
  for (let y = y0; y < y1; y += 1) {
    map.data.fill(value, y * map.width + x0, y * map.width + x1);
  }
}

describe('extractBoxes', () => {
  it('grows an axis-aligned blob by the unclip offset', () => {
    const map = blankMap(100, 60);
    fillRect(map, 10, 20, 50, 30, 0.9);

    const boxes = extractBoxes(map, 100, 60);

    // 40 × 10 blob: offset = area × 1.6 / perimeter = 400 × 1.6 / 100 = 6.4.
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.score).toBeCloseTo(0.9, 5);
    const [lt, rt, rb, lb] = boxes[0]!.box;
    expect(lt.x).toBeCloseTo(3.6, 5);
    expect(lt.y).toBeCloseTo(13.6, 5);
    expect(rt.x).toBeCloseTo(56.4, 5);
    expect(rt.y).toBeCloseTo(13.6, 5);
    expect(rb.x).toBeCloseTo(56.4, 5);
    expect(rb.y).toBeCloseTo(36.4, 5);
    expect(lb.x).toBeCloseTo(3.6, 5);
    expect(lb.y).toBeCloseTo(36.4, 5);
  });

  it('scales boxes to the target image', () => {
    const map = blankMap(100, 60);
    fillRect(map, 10, 20, 50, 30, 0.9);

    const [box] = extractBoxes(map, 200, 180);

    expect(box!.box[0].x).toBeCloseTo(7.2, 5);
    expect(box!.box[0].y).toBeCloseTo(40.8, 5);
    expect(box!.box[2].x).toBeCloseTo(112.8, 5);
    expect(box!.box[2].y).toBeCloseTo(109.2, 5);
  });

  it('drops faint and tiny blobs', () => {
    const map = blankMap(100, 60);
    fillRect(map, 10, 5, 60, 15, 0.5);
    fillRect(map, 70, 40, 72, 50, 0.99);
    fillRect(map, 10, 40, 50, 50, 0.8);

    const boxes = extractBoxes(map, 100, 60);

    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.score).toBeCloseTo(0.8, 5);
  });

  it('keeps separate lines apart and sorts them top down', () => {
    const map = blankMap(120, 80);
    fillRect(map, 10, 50, 100, 60, 0.95);
    fillRect(map, 10, 10, 100, 20, 0.95);

    const boxes = extractBoxes(map, 120, 80, { ...DEFAULT_DB_OPTIONS, unclipRatio: 1.5 });

    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.box[0].y).toBeLessThan(boxes[1]!.box[0].y);
  });

  it('follows a slanted line', () => {
    const map = blankMap(200, 120);
    for (let x = 20; x < 180; x += 1) {
      const centre = Math.round(20 + (x - 20) * 0.5);
      for (let y = centre - 4; y <= centre + 4; y += 1) {
        map.data[y * 200 + x] = 0.9;
      }
    }

    const [box] = extractBoxes(map, 200, 120);
    const [lt, rt] = box!.box;
    const slope = (rt.y - lt.y) / (rt.x - lt.x);

    expect(slope).toBeCloseTo(0.5, 1);
    expect(lt.x).toBeLessThan(rt.x);
  });
});
