/**
 * Per-sample print style: fonts, label spacing and ink colours, so the set covers what different
 * registration offices and printers produce.
 */
import { Random } from '../random';
import { VALUE_FONTS, type ValueFont } from './fonts';
import type { LabelSpacing } from './text';

export interface PrintStyle {
  valueFont: ValueFont;
  labelFont: string;
  titleFont: string;
  labelSpacing: LabelSpacing;
  /** Colour of the guilloché frame. */
  frameColor: string;
  /** Colour of the pale security background lines. */
  tintColor: string;
  inkColor: string;
}

export function pickPrintStyle(random: Random): PrintStyle {
  return {
    valueFont: random.pick(VALUE_FONTS),
    labelFont: random.pick(['LicSerifBold', 'LicSansBold', 'LicHei', 'LicSong']),
    titleFont: random.pick(['LicSerifBold', 'LicSerifBold', 'LicSansBold']),
    labelSpacing: random.weighted([['justified', 6], ['single', 2], ['plain', 1]] as const),
    frameColor: random.pick(['#b8743c', '#a8602e', '#c4853f', '#9c5a34', '#b06a48']),
    tintColor: random.pick(['rgba(226, 190, 150, 0.35)', 'rgba(220, 170, 170, 0.30)', 'rgba(200, 200, 160, 0.30)']),
    inkColor: random.pick(['#141414', '#1c1c1c', '#202028', '#0e0e0e']),
  };
}
