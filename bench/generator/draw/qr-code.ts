/**
 * QR codes with invented content, drawn module by module so they scale with the page.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';

/** Draws a QR code encoding `content` in a `size`-wide square at (x, y), with a white quiet zone. */
export function drawQrCode(context: SKRSContext2D, content: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(content, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / (count + 4);
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, size, size);
  context.fillStyle = '#111111';
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (qr.modules.get(row, column)) {
        context.fillRect(x + (column + 2) * cell, y + (row + 2) * cell, cell + 0.5, cell + 0.5);
      }
    }
  }
}
