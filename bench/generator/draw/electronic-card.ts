/**
 * The electronic license (电子营业执照) as a phone app shows it: a white card with a thin ornamental
 * frame, title, one column of fields, a QR code and the issuing seal. Drawn in a 1000x1780 design space.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { LicenseContent } from '../content';
import { Random } from '../random';
import { drawEmblemPlaceholder, drawGuillocheFrame, drawSeal, drawSpecimenWatermark } from './ornaments';
import { drawFittedColumn, orderRows } from './portrait-layout';
import { drawQrCode } from './qr-code';
import type { PrintStyle } from './style';
import { drawSpacedCentered } from './text';

export const ELECTRONIC_DESIGN_SIZE = { width: 1000, height: 1780 } as const;

const ROW_ORDER = [
  'enterprise_name',
  'type_of_enterprise',
  'legal_representative',
  'type_of_organization',
  'registered_capital',
  'registered_date',
  'valid_period',
  'address',
  'business_scope',
] as const;

/** Renders the card `width` pixels wide. */
export function renderElectronicCard(
  content: LicenseContent,
  style: PrintStyle,
  random: Random,
  width: number,
  qrContent: string,
): Canvas {
  const { width: designWidth, height: designHeight } = ELECTRONIC_DESIGN_SIZE;
  const scale = width / designWidth;
  const canvas = createCanvas(Math.round(width), Math.round(designHeight * scale));
  const context = canvas.getContext('2d');
  context.scale(scale, scale);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, designWidth, designHeight);
  drawGuillocheFrame(context, { x: 16, y: 16, width: 968, height: 1748 }, 26, random, style.frameColor);
  drawSpecimenWatermark(context, { x: 0, y: 0, width: designWidth, height: designHeight }, random);

  drawEmblemPlaceholder(context, 500, 130, 52);
  context.fillStyle = '#1a1a1a';
  context.font = `76px ${style.titleFont}`;
  drawSpacedCentered(context, content.title, 500, 280, 30);
  context.font = `28px ${style.labelFont}`;
  drawSpacedCentered(context, '（电子）', 500, 330, 2);

  context.fillStyle = style.inkColor;
  context.font = `26px ${style.labelFont}`;
  context.fillText(content.codeLabel, 80, 410);
  context.font = `34px ${style.valueFont}`;
  context.fillText(content.code, 80, 456);

  drawFittedColumn(context, orderRows(content.rows, ROW_ORDER), 80, 920, 540, 1460, 30, style);

  drawQrCode(context, qrContent, 80, 1490, 190);
  context.fillStyle = style.inkColor;
  context.font = `28px ${style.labelFont}`;
  context.fillText('登记机关', 520, 1560);
  context.font = `28px ${style.valueFont}`;
  context.fillText(content.issueDate, 620, 1650);
  drawSeal(context, 780 + random.float(-20, 20), 1590, random.float(95, 110), content.authority, random);
  return canvas;
}
