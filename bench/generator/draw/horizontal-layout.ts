/**
 * The landscape license printed from 2019: credit code top-left, emblem and title in the middle, QR
 * code top-right, two columns of fields, seal over the issue date bottom-right and the footer lines.
 * Drawn in a 2200x1650 design space scaled to the requested width.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
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

export const HORIZONTAL_DESIGN_SIZE = { width: 2200, height: 1650 } as const;

interface Column {
  x: number;
  right: number;
}

/** Values start after the widest label of the column (at least four characters) plus a gap. */
function valueOffset(rows: LicenseRow[], fontSize: number): number {
  const widest = Math.max(4, ...rows.map((row) => Array.from(row.label).length));
  return widest * fontSize + fontSize * 0.9;
}

function drawColumn(
  context: SKRSContext2D,
  rows: LicenseRow[],
  column: Column,
  top: number,
  fontSize: number,
  style: PrintStyle,
): number {
  const lineHeight = fontSize * 1.42;
  const valueX = column.x + valueOffset(rows, fontSize);
  let y = top;
  for (const row of rows) {
    context.fillStyle = style.inkColor;
    context.font = `${fontSize}px ${style.labelFont}`;
    drawLabel(context, row.label, column.x, y, fontSize, style.labelSpacing);
    context.font = `${fontSize}px ${style.valueFont}`;
    const lines = wrapText(context, row.value, column.right - valueX);
    for (const line of lines) {
      context.fillText(line, valueX, y);
      y += lineHeight;
    }
    y += fontSize * 0.55;
  }
  return y;
}

function columnHeight(context: SKRSContext2D, rows: LicenseRow[], column: Column, fontSize: number, style: PrintStyle): number {
  context.font = `${fontSize}px ${style.valueFont}`;
  let lines = 0;
  const valueWidth = column.right - column.x - valueOffset(rows, fontSize);
  for (const row of rows) lines += wrapText(context, row.value, valueWidth).length;
  return lines * fontSize * 1.42 + rows.length * fontSize * 0.55;
}

function drawHeader(context: SKRSContext2D, content: LicenseContent, style: PrintStyle, random: Random, qrContent: string): void {
  drawEmblemPlaceholder(context, 1100, 225, 72);

  context.fillStyle = '#1a1a1a';
  context.font = `128px ${style.titleFont}`;
  drawSpacedCentered(context, content.title, 1100, 430, 56);
  if (content.copyMark) {
    context.font = `50px ${style.titleFont}`;
    drawSpacedCentered(context, content.copyMark, 1100, 510, 4);
  }

  context.fillStyle = style.inkColor;
  context.font = `32px ${style.labelFont}`;
  context.fillText(content.codeLabel, 190, 250);
  context.font = `40px ${style.valueFont}`;
  context.fillText(content.code + (content.codeSuffix ?? ''), 190, 308);
  if (content.serial && content.serialLabel) {
    context.font = `26px ${style.valueFont}`;
    context.fillText(`${content.serialLabel}：${content.serial}`, 190, 360);
  }

  const qrSize = random.int(180, 210);
  drawQrCode(context, qrContent, 2000 - qrSize, 170, qrSize);
  context.fillStyle = '#333333';
  context.font = '19px LicSans';
  const captionX = 2000 - qrSize - 20;
  context.textAlign = 'right';
  context.fillText('扫描二维码登录“国家企业', captionX, 300);
  context.fillText('信用信息公示系统”了解更多', captionX, 326);
  context.fillText('登记、备案、许可、监管信息。', captionX, 352);
  context.textAlign = 'left';
}

function drawFooter(context: SKRSContext2D, content: LicenseContent, style: PrintStyle, random: Random): void {
  context.fillStyle = style.inkColor;
  context.font = `38px ${style.labelFont}`;
  drawLabel(context, '登记机关', 1330, 1405, 38, 'plain');
  context.font = `38px ${style.valueFont}`;
  context.fillText(content.issueDate, 1600, 1465);
  drawSeal(context, 1790 + random.float(-40, 40), 1400 + random.float(-25, 25), random.float(118, 140), content.authority, random);

  context.fillStyle = '#333333';
  context.font = '22px LicSans';
  context.fillText('市场主体应当于每年1月1日至6月30日通过', 180, 1488);
  context.fillText('国家企业信用信息公示系统报送公示年度报告。', 180, 1518);
  context.textAlign = 'center';
  context.fillText(content.footer[0] ?? '', 1100, 1518);
  context.textAlign = 'right';
  context.fillText(content.footer[1] ?? '', 2020, 1518);
  context.textAlign = 'left';
}

/** Renders the license as a flat page `width` pixels wide (height follows the 4:3 design). */
export function renderHorizontalLicense(
  content: LicenseContent,
  style: PrintStyle,
  random: Random,
  width: number,
  qrContent: string,
): Canvas {
  const scale = width / HORIZONTAL_DESIGN_SIZE.width;
  const canvas = createCanvas(Math.round(width), Math.round(HORIZONTAL_DESIGN_SIZE.height * scale));
  const context = canvas.getContext('2d');
  context.scale(scale, scale);

  const page = { x: 0, y: 0, width: HORIZONTAL_DESIGN_SIZE.width, height: HORIZONTAL_DESIGN_SIZE.height };
  drawSecurityBackground(context, page, random, style.tintColor);
  drawGuillocheFrame(context, { x: 40, y: 40, width: 2120, height: 1570 }, 62, random, style.frameColor);
  drawSpecimenWatermark(context, page, random);
  drawHeader(context, content, style, random, qrContent);

  // Offices print with slightly different margins, so the columns move a little between samples.
  const shift = random.float(-20, 20);
  const left: Column = { x: 190 + shift, right: 1130 + shift };
  const right: Column = { x: 1200 + random.float(-20, 30), right: 2010 };
  const leftRows = content.rows.filter((row) => row.column === 'left');
  const rightRows = content.rows.filter((row) => row.column === 'right');
  let fontSize = 38;
  const bodyTop = 630 + random.float(-25, 25);
  const bodyBottom = 1340;
  while (
    fontSize > 26 &&
    Math.max(columnHeight(context, leftRows, left, fontSize, style), columnHeight(context, rightRows, right, fontSize, style)) >
      bodyBottom - bodyTop
  ) {
    fontSize -= 1;
  }
  drawColumn(context, leftRows, left, bodyTop, fontSize, style);
  drawColumn(context, rightRows, right, bodyTop, fontSize, style);

  drawFooter(context, content, style, random);
  return canvas;
}
