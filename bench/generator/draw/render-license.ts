/**
 * Picks the renderer for a layout.
 */
import type { Canvas } from '@napi-rs/canvas';
import type { LicenseContent } from '../content';
import { Random } from '../random';
import type { LicenseLayout } from '../spec';
import { renderHorizontalLicense } from './horizontal-layout';
import type { PrintStyle } from './style';

/** Renders the flat license page `width` pixels wide. */
export function renderLicense(
  layout: LicenseLayout,
  content: LicenseContent,
  style: PrintStyle,
  random: Random,
  width: number,
  qrContent: string,
): Canvas {
  switch (layout) {
    case 'horizontal-2019':
      return renderHorizontalLicense(content, style, random, width, qrContent);
    default:
      throw new Error(`layout ${layout} is not drawn yet`);
  }
}

/** Width over height of the flat page of each layout. */
export function pageAspect(layout: LicenseLayout): number {
  switch (layout) {
    case 'horizontal-2019':
      return 2200 / 1650;
    default:
      throw new Error(`layout ${layout} is not drawn yet`);
  }
}
