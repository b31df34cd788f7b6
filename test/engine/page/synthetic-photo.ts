import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import type { RgbImage } from '../../../src/engine/image/rgb-image';
import type { Point, Quad } from '../../../src/engine/types';

GlobalFonts.registerFromPath('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'Test Sans CJK');

/** Lines printed on the synthetic license, top to bottom. */
export const LICENSE_LINES = [
  '统一社会信用代码 91330106MA2B3C4D5E',
  '名称 杭州青禾网络科技有限公司',
  '类型 有限责任公司（自然人投资或控股）',
  '法定代表人 王建国',
  '经营范围 技术服务、技术开发、技术咨询',
  '注册资本 伍佰万元整',
  '成立日期 2019年03月15日',
  '住所 浙江省杭州市西湖区文三路90号',
];

const LINE_FONT = '38px "Test Sans CJK"';
const LINE_LEFT = 150;

/** Vertical middle of line `index` on the flat page. */
function lineTop(index: number): number {
  return 300 + index * 86;
}

export const PAGE_WIDTH = 1500;
export const PAGE_HEIGHT = 1060;

/**
 * Renders a flat license-like page: cream paper, a gold double border, a title and the
 * `LICENSE_LINES` in one column.
 */
export function renderLicensePage(): RgbImage {
  const canvas = createCanvas(PAGE_WIDTH, PAGE_HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f6f1e4';
  context.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);

  context.strokeStyle = '#a8782f';
  context.lineWidth = 12;
  context.strokeRect(40, 40, PAGE_WIDTH - 80, PAGE_HEIGHT - 80);
  context.lineWidth = 3;
  context.strokeRect(62, 62, PAGE_WIDTH - 124, PAGE_HEIGHT - 124);

  context.fillStyle = '#1a1a1a';
  context.textBaseline = 'middle';
  context.font = '84px "Test Sans CJK"';
  context.fillText('营业执照', PAGE_WIDTH / 2 - 170, 170);
  context.font = LINE_FONT;
  LICENSE_LINES.forEach((line, index) => context.fillText(line, LINE_LEFT, lineTop(index)));

  return fromRgba(canvas.getContext('2d').getImageData(0, 0, PAGE_WIDTH, PAGE_HEIGHT).data, PAGE_WIDTH, PAGE_HEIGHT);
}

/**
 * Photographs `page` onto a dark textured background of the given size: the page's corners land on
 * `corners` (left-top, right-top, right-bottom, left-bottom), through a projective map, with
 * bilinear sampling.
 */
export function photograph(page: RgbImage, width: number, height: number, corners: Quad): RgbImage {
  const toPage = homography(corners, pageCorners());
  const data = new Uint8Array(width * height * 3);
  const columnPhase = new Float64Array(width).map((_, x) => Math.sin(x / 211) * 3);
  let noise = 12345;

  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const target = (y * width + x) * 3;
      const source = project(toPage, x + 0.5, y + 0.5);
      if (source.x >= 0 && source.y >= 0 && source.x < page.width && source.y < page.height) {
        samplePage(page, source.x - 0.5, source.y - 0.5, data, target);
        continue;
      }

      noise = (noise * 1103515245 + 12345) >>> 0;
      const grain = ((noise >>> 16) % 24) - 12;
      const wood = 70 + 18 * Math.sin(y / 37 + columnPhase[x]!) + grain;
      data[target] = clampByte(wood + 30);
      data[target + 1] = clampByte(wood);
      data[target + 2] = clampByte(wood - 25);
    }
  }

  return { data, width, height };
}

/** Maps a point of the flat page to the photo whose page corners are `corners`. */
export function pageToPhoto(corners: Quad): (point: Point) => Point {
  const matrix = homography(pageCorners(), corners);
  return (point) => project(matrix, point.x, point.y);
}

/** Centre of the printed line `LICENSE_LINES[index]` on the flat page. */
export function lineCentreOnPage(index: number): Point {
  const context = createCanvas(10, 10).getContext('2d');
  context.font = LINE_FONT;
  return { x: LINE_LEFT + context.measureText(LICENSE_LINES[index]!).width / 2, y: lineTop(index) };
}

/** Corners of the page centred in a `width` × `height` photo, scaled, tilted clockwise and with some perspective. */
export function placePage(width: number, height: number, scale: number, tiltDegrees: number, keystone = 0): Quad {
  const halfWidth = (PAGE_WIDTH * scale) / 2;
  const halfHeight = (PAGE_HEIGHT * scale) / 2;
  // Keystone narrows the top edge, as when the phone leans back.
  const flat: Point[] = [
    { x: -halfWidth * (1 - keystone), y: -halfHeight },
    { x: halfWidth * (1 - keystone), y: -halfHeight },
    { x: halfWidth, y: halfHeight },
    { x: -halfWidth, y: halfHeight },
  ];
  const radians = (tiltDegrees * Math.PI) / 180;
  return flat.map((point) => ({
    x: width / 2 + point.x * Math.cos(radians) - point.y * Math.sin(radians),
    y: height / 2 + point.x * Math.sin(radians) + point.y * Math.cos(radians),
  })) as Quad;
}

function pageCorners(): Point[] {
  return [
    { x: 0, y: 0 },
    { x: PAGE_WIDTH, y: 0 },
    { x: PAGE_WIDTH, y: PAGE_HEIGHT },
    { x: 0, y: PAGE_HEIGHT },
  ];
}

function fromRgba(rgba: Uint8ClampedArray, width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i += 1) {
    data[i * 3] = rgba[i * 4]!;
    data[i * 3 + 1] = rgba[i * 4 + 1]!;
    data[i * 3 + 2] = rgba[i * 4 + 2]!;
  }
  return { data, width, height };
}

function samplePage(page: RgbImage, x: number, y: number, out: Uint8Array, target: number): void {
  // Comparisons and `| 0` instead of Math calls, which are slow per pixel under jest's vm context.
  const maxX = page.width - 1;
  const maxY = page.height - 1;
  let clampedX = x;
  if (clampedX < 0) clampedX = 0;
  if (clampedX > maxX) clampedX = maxX;
  let clampedY = y;
  if (clampedY < 0) clampedY = 0;
  if (clampedY > maxY) clampedY = maxY;
  const left = clampedX | 0;
  const top = clampedY | 0;
  const right = left < maxX ? left + 1 : maxX;
  const bottom = top < maxY ? top + 1 : maxY;
  const fx = clampedX - left;
  const fy = clampedY - top;
  const topLeft = (top * page.width + left) * 3;
  const topRight = (top * page.width + right) * 3;
  const bottomLeft = (bottom * page.width + left) * 3;
  const bottomRight = (bottom * page.width + right) * 3;

  for (let channel = 0; channel < 3; channel += 1) {
    const upper = page.data[topLeft + channel]! * (1 - fx) + page.data[topRight + channel]! * fx;
    const lower = page.data[bottomLeft + channel]! * (1 - fx) + page.data[bottomRight + channel]! * fx;
    out[target + channel] = (upper * (1 - fy) + lower * fy + 0.5) | 0;
  }
}

function clampByte(value: number): number {
  if (value <= 0) return 0;
  if (value >= 255) return 255;
  return (value + 0.5) | 0;
}

/** Solves for the 3 × 3 projective map (row-major, last entry 1) that takes `from[i]` to `to[i]`. */
function homography(from: Point[], to: Point[]): number[] {
  const rows: number[][] = [];
  from.forEach((source, index) => {
    const target = to[index]!;
    rows.push([source.x, source.y, 1, 0, 0, 0, -source.x * target.x, -source.y * target.x, target.x]);
    rows.push([0, 0, 0, source.x, source.y, 1, -source.x * target.y, -source.y * target.y, target.y]);
  });
  return [...solve(rows), 1];
}

function project(matrix: number[], x: number, y: number): Point {
  const w = matrix[6]! * x + matrix[7]! * y + matrix[8]!;
  return {
    x: (matrix[0]! * x + matrix[1]! * y + matrix[2]!) / w,
    y: (matrix[3]! * x + matrix[4]! * y + matrix[5]!) / w,
  };
}

/** Gauss–Jordan elimination with partial pivoting on an n × (n + 1) augmented matrix. */
function solve(rows: number[][]): number[] {
  const size = rows.length;
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) {
        pivot = row;
      }
    }
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];

    for (let row = 0; row < size; row += 1) {
      if (row === column) continue;
      const factor = rows[row]![column]! / rows[column]![column]!;
      for (let k = column; k <= size; k += 1) {
        rows[row]![k]! -= factor * rows[column]![k]!;
      }
    }
  }
  return rows.map((row, index) => row[size]! / row[index]!);
}

/**
 * Renders a photo whose only text is a small card of `LICENSE_LINES` set in `fontSize` px type,
 * centred on a dark background: text too small for detection at 960 px over the whole photo.
 */
export function renderSmallCard(width: number, height: number, fontSize: number): RgbImage {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#3a2e26';
  context.fillRect(0, 0, width, height);

  const cardWidth = fontSize * 22;
  const cardHeight = fontSize * 2 * (LICENSE_LINES.length + 1);
  const left = (width - cardWidth) / 2;
  const top = (height - cardHeight) / 2;
  context.fillStyle = '#f6f1e4';
  context.fillRect(left, top, cardWidth, cardHeight);

  context.fillStyle = '#1a1a1a';
  context.textBaseline = 'middle';
  context.font = `${fontSize}px "Test Sans CJK"`;
  LICENSE_LINES.forEach((line, index) => context.fillText(line, left + fontSize, top + fontSize * (2 * index + 2)));

  return fromRgba(context.getImageData(0, 0, width, height).data, width, height);
}
