/**
 * The benchmark's spread of samples over layouts, entity kinds and captures.
 */
import { benchmarkSpecs } from '../../bench/generator';
import {
  CAPTURES,
  ENTITY_KINDS,
  LICENSE_LAYOUTS,
  layoutAllowsCapture,
  layoutAllowsEntity,
} from '../../bench/generator/spec';

describe('benchmarkSpecs', () => {
  const specs = benchmarkSpecs(1, 80);

  test('returns count specs with unique ids', () => {
    expect(specs).toHaveLength(80);
    expect(new Set(specs.map((spec) => spec.id)).size).toBe(80);
  });

  test('covers every layout, entity kind and capture', () => {
    expect(new Set(specs.map((spec) => spec.layout))).toEqual(new Set(LICENSE_LAYOUTS));
    expect(new Set(specs.map((spec) => spec.entity))).toEqual(new Set(ENTITY_KINDS));
    expect(new Set(specs.map((spec) => spec.capture))).toEqual(new Set(CAPTURES));
  });

  test('every layout appears with every entity it allows', () => {
    const pairs = new Set(specs.map((spec) => `${spec.layout}/${spec.entity}`));
    for (const layout of LICENSE_LAYOUTS) {
      for (const entity of ENTITY_KINDS.filter((kind) => layoutAllowsEntity(layout, kind))) {
        expect(pairs).toContain(`${layout}/${entity}`);
      }
    }
  });

  test('only allowed combinations', () => {
    for (const spec of specs) {
      expect(layoutAllowsCapture(spec.layout, spec.capture)).toBe(true);
      expect(layoutAllowsEntity(spec.layout, spec.entity)).toBe(true);
    }
  });

  test('includes wrong check chars, copies and phone-size photos', () => {
    expect(specs.filter((spec) => spec.wrongCheckChar).length).toBe(5);
    expect(specs.some((spec) => spec.copy)).toBe(true);
    expect(specs.some((spec) => spec.phoneSize)).toBe(true);
  });

  test('capture shares match the cycle', () => {
    const count = (capture: string): number => specs.filter((spec) => spec.capture === capture).length;
    expect(count('clean')).toBe(16);
    expect(count('photographed')).toBe(24);
    expect(count('rotated')).toBe(16);
    expect(count('low-light')).toBe(8);
    expect(count('screen-recapture')).toBe(8);
    expect(count('screenshot')).toBe(8);
  });

  test('same seed gives the same specs', () => {
    expect(benchmarkSpecs(1, 80)).toEqual(specs);
    expect(benchmarkSpecs(2, 80).map((spec) => spec.seed)).not.toEqual(specs.map((spec) => spec.seed));
  });

  test('rejects a count below one', () => {
    expect(() => benchmarkSpecs(1, 0)).toThrow('positive integer');
  });
});

describe('benchmarkSpecs layout shares', () => {
  test('2019 layout leads the printed samples', () => {
    const printed = benchmarkSpecs(1, 80).filter((spec) => spec.layout !== 'electronic');
    const share = (layout: string): number => printed.filter((spec) => spec.layout === layout).length / printed.length;
    expect(share('horizontal-2019')).toBeGreaterThanOrEqual(0.45);
    expect(share('vertical-copy-2014')).toBeGreaterThanOrEqual(0.25);
    expect(share('individual-2011')).toBeGreaterThanOrEqual(0.1);
    expect(share('individual-2011')).toBeLessThanOrEqual(0.25);
  });
});
