/**
 * Portrait licenses with one column of fields: the 2014–2018 副本 and the old 2011 个体工商户 license.
 * Drawn in a 1650x2300 design space scaled to the requested width.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { LicenseTextFieldName } from '../../../src/license';
import type { LicenseContent, LicenseRow } from '../content';
import { Random } from '../random';
import {
  drawEmblemPlaceholder,
  drawGuillocheFrame,
  drawSeal,
  drawSecurityBackground,
  drawSpecimenWatermark,
} from './ornaments';
import { drawQrCode } from './qr-code';
import type { PrintStyle } from './style';
import { drawLabel, drawSpacedCentered, wrapText } from './text';

export const PORTRAIT_DESIGN_SIZE = { width: 1650, height: 2300 } as const;

/** Row order of the 2014–2018 copy. */
const COPY_ROW_ORDER: readonly LicenseTextFieldName[] = [
  'enterprise_name',
  'type_of_enterprise',
  'address',
  'legal_representative',
  'registered_capital',
  'registered_date',
  'valid_period',
  'type_of_organization',
  'business_scope',
];

/** Row order of the 2011 个体工商户 license. */
const INDIVIDUAL_2011_ROW_ORDER: readonly LicenseTextFieldName[] = [
  'enterprise_name',
  'legal_representative',
  'address',
  'type_of_organization',
  'business_scope',
  'registered_date',
];

export function orderRows(rows: LicenseRow[], order: readonly LicenseTextFieldName[]): LicenseRow[] {
  return order.flatMap((field) => rows.filter((row) => row.field === field));
}

/** Draws label/value rows in one column and returns the y after the last row. */
export function drawSingleColumn(
  context: SKRSContext2D,
  rows: LicenseRow[],
  x: number,
  right: number,
  top: number,
  fontSize: number,
  style: PrintStyle,
  measureOnly = false,
): number {
  const widest = Math.max(4, ...rows.map((row) => Array.from(row.label).length));
  const valueX = x + widest * fontSize + fontSize * 1.2;
  const lineHeight = fontSize * 1.45;
  let y = top;
  for (const row of rows) {
    context.font = `${fontSize}px ${style.labelFont}`;
    context.fillStyle = style.inkColor;
    if (!measureOnly) drawLabel(context, row.label, x, y, fontSize, style.labelSpacing, widest);
    context.font = `${fontSize}px ${style.valueFont}`;
    for (const line of wrapText(context, row.value, right - valueX)) {
      if (!measureOnly) context.fillText(line, valueX, y);
      y += lineHeight;
    }
    y += fontSize * 0.75;
  }
  return y;
}

/** Shrinks the font until the rows fit between `top` and `bottom`, then draws them. */
export function drawFittedColumn(
  context: SKRSContext2D,
  rows: LicenseRow[],
  x: number,
  right: number,
  top: number,
  bottom: number,
  startSize: number,
  style: PrintStyle,
): void {
  let fontSize = startSize;
  while (fontSize > 24 && drawSingleColumn(context, rows, x, right, top, fontSize, style, true) > bottom) fontSize -= 1;
  drawSingleColumn(context, rows, x, right, top, fontSize, style);
}

/** Renders a portrait license `width` pixels wide. */
export function renderPortraitLicense(
  content: LicenseContent,
  style: PrintStyle,
  random: Random,
  width: number,
  qrContent: string,
  variant: 'copy-2014' | 'individual-2011',
): Canvas {
  const { width: designWidth, height: designHeight } = PORTRAIT_DESIGN_SIZE;
  const scale = width / designWidth;
  const canvas = createCanvas(Math.round(width), Math.round(designHeight * scale));
  const context = canvas.getContext('2d');
  context.scale(scale, scale);

  const page = { x: 0, y: 0, width: designWidth, height: designHeight };
  drawSecurityBackground(context, page, random, style.tintColor);
  drawGuillocheFrame(context, { x: 40, y: 40, width: 1570, height: 2220 }, 58, random, style.frameColor);
  drawSpecimenWatermark(context, page, random);

  context.fillStyle = style.inkColor;
  context.font = `34px ${style.labelFont}`;
  const codeText = `${content.codeLabel}  ${content.code}${content.codeSuffix ?? ''}`;
  context.fillText(codeText, 170, 240);
  if (content.serial && content.serialLabel) {
    context.font = `26px ${style.valueFont}`;
    context.fillText(`${content.serialLabel}：${content.serial}`, 170, 185);
  }
  if (variant === 'copy-2014') drawQrCode(context, qrContent, 1290, 150, 180);

  drawEmblemPlaceholder(context, 825, 360, 82);
  context.fillStyle = '#1a1a1a';
  context.font = `130px ${style.titleFont}`;
  drawSpacedCentered(context, content.title, 825, 590, 60);
  if (content.copyMark) {
    context.font = `52px ${style.titleFont}`;
    drawSpacedCentered(context, content.copyMark, 825, 675, 4);
  }

  const order = variant === 'copy-2014' ? COPY_ROW_ORDER : INDIVIDUAL_2011_ROW_ORDER;
  const shift = random.float(-25, 25);
  drawFittedColumn(context, orderRows(content.rows, order), 210 + shift, 1430 + shift, 820 + random.float(-20, 20), 1790, 42, style);

  context.fillStyle = style.inkColor;
  context.font = `40px ${style.labelFont}`;
  context.fillText('登记机关', 850, 1975);
  context.font = `40px ${style.valueFont}`;
  context.fillText(content.issueDate, 1060, 2060);
  drawSeal(context, 1250 + random.float(-30, 30), 1990 + random.float(-20, 20), random.float(125, 145), content.authority, random);

  context.fillStyle = '#333333';
  context.font = '24px LicSans';
  context.textAlign = 'center';
  context.fillText(content.footer[0] ?? '', 825, 2150);
  context.fillText(content.footer[1] ?? '', 825, 2186);
  context.textAlign = 'left';
  return canvas;
}
