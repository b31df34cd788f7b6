/**
 * A phone screenshot of the electronic license app: status bar, app header, the license card and the
 * app's buttons, at 1080x2340 like a common Android phone.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Quad } from '../../../src/engine/types';
import { Random } from '../random';

export const PHONE_SCREEN_SIZE = { width: 1080, height: 2340 } as const;

function drawStatusBar(context: ReturnType<Canvas['getContext']>, random: Random): void {
  context.fillStyle = '#111111';
  context.font = '36px LicSans';
  const hour = random.int(7, 22);
  const minute = String(random.int(0, 59)).padStart(2, '0');
  context.fillText(`${hour}:${minute}`, 48, 62);
  for (let bar = 0; bar < 4; bar += 1) {
    context.fillRect(860 + bar * 14, 60 - (bar + 1) * 8, 9, (bar + 1) * 8);
  }
  context.strokeStyle = '#111111';
  context.lineWidth = 3;
  context.strokeRect(940, 34, 70, 32);
  context.fillRect(1012, 43, 6, 14);
  context.fillRect(945, 39, random.int(20, 60), 22);
}

/**
 * Draws the app screen around `card` and returns it with the card's corners in screen pixels.
 */
export function drawPhoneScreen(card: Canvas, random: Random): { screen: Canvas; cardCorners: Quad } {
  const { width, height } = PHONE_SCREEN_SIZE;
  const screen = createCanvas(width, height);
  const context = screen.getContext('2d');
  context.fillStyle = random.pick(['#f2f3f5', '#eef0f4', '#f5f5f5']);
  context.fillRect(0, 0, width, height);
  drawStatusBar(context, random);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 90, width, 130);
  context.fillStyle = '#111111';
  context.font = '44px LicSansBold';
  context.textAlign = 'center';
  context.fillText('电子营业执照', width / 2, 172);
  context.textAlign = 'left';
  context.strokeStyle = '#111111';
  context.lineWidth = 5;
  context.beginPath();
  context.moveTo(70, 130);
  context.lineTo(45, 155);
  context.lineTo(70, 180);
  context.stroke();

  const cardWidth = 1000;
  const cardHeight = Math.round((card.height / card.width) * cardWidth);
  const left = 40;
  const top = 250;
  context.fillStyle = 'rgba(0, 0, 0, 0.08)';
  context.fillRect(left + 4, top + 6, cardWidth, cardHeight);
  context.drawImage(card, left, top, cardWidth, cardHeight);

  context.fillStyle = '#c8302a';
  context.fillRect(60, top + cardHeight + 40, 450, 96);
  context.fillStyle = '#ffffff';
  context.fillRect(570, top + cardHeight + 40, 450, 96);
  context.font = '38px LicSans';
  context.textAlign = 'center';
  context.fillText('亮照', 285, top + cardHeight + 102);
  context.fillStyle = '#c8302a';
  context.fillText('下载', 795, top + cardHeight + 102);
  context.textAlign = 'left';

  const cardCorners: Quad = [
    { x: left, y: top },
    { x: left + cardWidth, y: top },
    { x: left + cardWidth, y: top + cardHeight },
    { x: left, y: top + cardHeight },
  ];
  return { screen, cardCorners };
}
