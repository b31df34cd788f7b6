import { decodeCtc } from '../../../src/engine/ocr/ctc-decode';

const classes = ['', '0', '8', 'B', ' '];

/** Builds a [frames, classes] probability table from rows of (class → probability). */
function frames(rows: Array<Record<number, number>>): Float32Array {
  const table = new Float32Array(rows.length * classes.length);
  rows.forEach((row, frame) => {
    for (const [index, probability] of Object.entries(row)) {
      table[frame * classes.length + Number(index)] = probability;
    }
  });
  return table;
}

describe('decodeCtc', () => {
  it('merges repeats and drops blanks', () => {
    const table = frames([{ 1: 0.9 }, { 1: 0.95 }, { 0: 0.99 }, { 1: 0.8 }, { 2: 0.7 }, { 0: 1 }]);

    const result = decodeCtc(table, 0, 6, classes);

    expect(result.text).toBe('008');
    expect(result.score).toBeCloseTo((0.95 + 0.8 + 0.7) / 3, 5);
  });

  it('returns an empty reading for blank frames', () => {
    const result = decodeCtc(frames([{ 0: 1 }, { 0: 1 }]), 0, 2, classes);

    expect(result.text).toBe('');
    expect(result.score).toBe(0);
    expect(result.alternatives).toBeUndefined();
  });

  it('offers the second-best symbol of uncertain characters', () => {
    const table = frames([{ 2: 0.6, 3: 0.35 }, { 0: 1 }, { 1: 0.99 }, { 0: 1 }, { 2: 0.7, 3: 0.1, 1: 0.05 }]);

    const result = decodeCtc(table, 0, 5, classes);

    expect(result.text).toBe('808');
    expect(result.characters?.[0]?.second).toEqual({ text: 'B', score: expect.closeTo(0.35, 5) });
    expect(result.alternatives).toEqual(['B08', '80B', 'B0B']);
  });

  it('reads only the frames it is given', () => {
    const table = frames([{ 0: 1 }, { 3: 0.9 }, { 1: 0.9 }, { 2: 0.9 }]);

    expect(decodeCtc(table, 1, 2, classes).text).toBe('B0');
  });
});
