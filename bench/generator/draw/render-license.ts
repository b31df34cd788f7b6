/**
 * Picks the renderer for a layout.
 */
import type { Canvas } from '@napi-rs/canvas';
import type { LicenseContent } from '../content';
import { Random } from '../random';
import type { LicenseLayout } from '../spec';
import { ELECTRONIC_DESIGN_SIZE, renderElectronicCard } from './electronic-card';
import { HORIZONTAL_DESIGN_SIZE, renderHorizontalLicense } from './horizontal-layout';
import { PORTRAIT_DESIGN_SIZE, renderPortraitLicense } from './portrait-layout';
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
    case 'vertical-copy-2014':
      return renderPortraitLicense(content, style, random, width, qrContent, 'copy-2014');
    case 'individual-2011':
      return renderPortraitLicense(content, style, random, width, qrContent, 'individual-2011');
    case 'electronic':
      return renderElectronicCard(content, style, random, width, qrContent);
  }
}

/** Width over height of the flat page of each layout. */
export function pageAspect(layout: LicenseLayout): number {
  switch (layout) {
    case 'horizontal-2019':
      return HORIZONTAL_DESIGN_SIZE.width / HORIZONTAL_DESIGN_SIZE.height;
    case 'vertical-copy-2014':
    case 'individual-2011':
      return PORTRAIT_DESIGN_SIZE.width / PORTRAIT_DESIGN_SIZE.height;
    case 'electronic':
      return ELECTRONIC_DESIGN_SIZE.width / ELECTRONIC_DESIGN_SIZE.height;
  }
}
