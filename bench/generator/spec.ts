/**
 * What one synthetic sample is: the license layout, the kind of entity printed on it and how the
 * picture of it was taken. A spec plus its seed fully determines the generated image and truth.
 */

/**
 * License layouts.
 * - `horizontal-2019`: print standard from 2019-03-01, landscape, two columns, 正本 or 副本.
 * - `vertical-copy-2014`: 2014–2018 副本, portrait, one column, sometimes a `(1-1)` copy suffix.
 * - `individual-2011`: old 个体工商户 license with a 15-digit 注册号 and 发照日期.
 * - `electronic`: 电子营业执照 shown as a white card inside a phone app.
 */
export type LicenseLayout = 'horizontal-2019' | 'vertical-copy-2014' | 'individual-2011' | 'electronic';

export const LICENSE_LAYOUTS: readonly LicenseLayout[] = [
  'horizontal-2019',
  'vertical-copy-2014',
  'individual-2011',
  'electronic',
];

/** Entity kinds, each with its own labels (法定代表人 / 经营者 / 负责人 …) and printed fields. */
export type EntityKind =
  | 'company'
  | 'joint-stock'
  | 'individual'
  | 'partnership'
  | 'branch'
  | 'cooperative'
  | 'sole-proprietorship';

export const ENTITY_KINDS: readonly EntityKind[] = [
  'company',
  'joint-stock',
  'individual',
  'partnership',
  'branch',
  'cooperative',
  'sole-proprietorship',
];

/** How the license reached the camera or screen. */
export type Capture = 'clean' | 'photographed' | 'rotated' | 'low-light' | 'screen-recapture' | 'screenshot';

export const CAPTURES: readonly Capture[] = [
  'clean',
  'photographed',
  'rotated',
  'low-light',
  'screen-recapture',
  'screenshot',
];

export interface SampleSpec {
  /** File stem of the sample, unique within a set. */
  id: string;
  /** Seed of every random choice the sample makes. */
  seed: number;
  layout: LicenseLayout;
  entity: EntityKind;
  capture: Capture;
  /** Prints （副本） under the title; `vertical-copy-2014` is always a copy. */
  copy?: boolean;
  /** Prints a credit code or registration number whose check character is wrong. */
  wrongCheckChar?: boolean;
  /** Captures at phone size (4000x3000) instead of 2200x1650; only for photographed kinds. */
  phoneSize?: boolean;
  /** Scales the finished picture down so its longer side has this many pixels (for small fixtures). */
  outputLongSide?: number;
}

/** Layouts an entity kind can appear on. Old 2011 licenses were issued to 个体工商户 only. */
export function layoutAllowsEntity(layout: LicenseLayout, entity: EntityKind): boolean {
  if (layout === 'individual-2011') return entity === 'individual';
  return true;
}

/** Captures a layout can appear in: screenshots exist only of electronic licenses, which are never printed. */
export function layoutAllowsCapture(layout: LicenseLayout, capture: Capture): boolean {
  if (layout === 'electronic') return capture === 'screenshot' || capture === 'screen-recapture';
  return capture !== 'screenshot';
}
