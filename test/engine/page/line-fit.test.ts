import { fitSideLine, intersectSides } from '../../../src/engine/page/line-fit';

describe('fitSideLine', () => {
  test('fits a sloped side exactly', () => {
    const samples = [0, 10, 20, 30, 40].map((along) => ({ along, across: 0.1 * along + 5 }));
    const line = fitSideLine(samples, 1);
    expect(line!.slope).toBeCloseTo(0.1, 9);
    expect(line!.offset).toBeCloseTo(5, 9);
  });

  test('ignores scans that stopped early inside the edge', () => {
    // A right side at x = 100; six scans stopped at a seal or QR code further in.
    const samples = Array.from({ length: 16 }, (_, index) => ({ along: index * 10, across: 100 }));
    for (const index of [2, 3, 4, 10, 11, 12]) {
      samples[index]!.across = 60 + index;
    }
    const line = fitSideLine(samples, 1.5, 1);
    expect(line!.slope).toBeCloseTo(0, 9);
    expect(line!.offset).toBeCloseTo(100, 9);
  });

  test('prefers the outer line when two hold as many samples', () => {
    const inner = [0, 10, 20].map((along) => ({ along, across: 50 }));
    const outer = [30, 40, 50].map((along) => ({ along, across: 20 }));
    expect(fitSideLine([...inner, ...outer], 1, -1)!.offset).toBeCloseTo(20, 9);
    expect(fitSideLine([...inner, ...outer], 1, 1)!.offset).toBeCloseTo(50, 9);
  });

  test('needs three samples', () => {
    expect(fitSideLine([{ along: 0, across: 0 }, { along: 1, across: 1 }], 1)).toBeNull();
  });
});

test('intersectSides meets a tilted top and a tilted left side', () => {
  // Top: y = 0.1·x + 10. Left: x = -0.2·y + 30.
  const corner = intersectSides({ slope: 0.1, offset: 10 }, { slope: -0.2, offset: 30 });
  expect(corner.y).toBeCloseTo(0.1 * corner.x + 10, 9);
  expect(corner.x).toBeCloseTo(-0.2 * corner.y + 30, 9);
});
