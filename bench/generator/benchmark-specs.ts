/**
 * Spreads a benchmark's samples over every layout, entity kind and capture, deterministically.
 */
import { Random } from './random';
import {
  ENTITY_KINDS,
  layoutAllowsCapture,
  layoutAllowsEntity,
  type Capture,
  type EntityKind,
  type LicenseLayout,
  type SampleSpec,
} from './spec';

/** Capture of sample i is CAPTURE_CYCLE[i mod 10]: 20% clean, 30% photographed, 20% rotated, 10% each other. */
const CAPTURE_CYCLE: readonly Capture[] = [
  'clean',
  'photographed',
  'rotated',
  'low-light',
  'photographed',
  'screen-recapture',
  'clean',
  'rotated',
  'photographed',
  'screenshot',
];

/**
 * Layouts in the order they are handed out within each capture, filtered to the layouts the capture
 * allows. Printed photos get about half 2019 licenses, a third 2014–2018 copies and a sixth old
 * individual licenses, because the 2019 layout is the one most merchants hold today.
 */
const LAYOUT_CYCLE: readonly LicenseLayout[] = [
  'horizontal-2019',
  'vertical-copy-2014',
  'horizontal-2019',
  'electronic',
  'individual-2011',
  'horizontal-2019',
  'vertical-copy-2014',
];

/** Every `WRONG_CHECK_EVERY`-th sample prints a code with a wrong check character. */
const WRONG_CHECK_EVERY = 16;

function nextFrom<T>(items: readonly T[], counters: Map<string, number>, key: string): T {
  const count = counters.get(key) ?? 0;
  counters.set(key, count + 1);
  return items[count % items.length] as T;
}

/** Returns `count` specs covering all layouts x entity kinds x captures; the same seed gives the same list. */
export function benchmarkSpecs(seed: number, count: number): SampleSpec[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
  const random = new Random(seed);
  const counters = new Map<string, number>();
  const specs: SampleSpec[] = [];

  for (let index = 0; index < count; index += 1) {
    const capture = CAPTURE_CYCLE[index % CAPTURE_CYCLE.length] as Capture;
    const layouts = LAYOUT_CYCLE.filter((layout) => layoutAllowsCapture(layout, capture));
    const layout: LicenseLayout = nextFrom(layouts, counters, `capture:${capture}`);
    const entities = ENTITY_KINDS.filter((entity) => layoutAllowsEntity(layout, entity));
    const entity: EntityKind = nextFrom(entities, counters, `layout:${layout}`);
    const photographed = capture === 'photographed' || capture === 'rotated' || capture === 'low-light';

    const spec: SampleSpec = {
      id: `${String(index + 1).padStart(3, '0')}-${layout}-${entity}-${capture}`,
      seed: random.nextUint32(),
      layout,
      entity,
      capture,
    };
    if (layout === 'horizontal-2019' && random.chance(0.4)) spec.copy = true;
    if ((index + 1) % WRONG_CHECK_EVERY === 0) spec.wrongCheckChar = true;
    if (photographed && random.chance(0.3)) spec.phoneSize = true;
    specs.push(spec);
  }
  return specs;
}
