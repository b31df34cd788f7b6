import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Builds small files for the decoder's rejection cases; each case is made here, not downloaded. */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));

  return Buffer.concat([length, body, crc]);
}

/** Builds a PNG signature and an IHDR declaring `width` × `height` 8-bit RGB, with no pixel data. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Builds a valid 2 × 2 24-bit BMP. */
export function bmpBytes(): Buffer {
  const rowSize = 8;
  const pixelBytes = rowSize * 2;
  const file = Buffer.alloc(54 + pixelBytes);
  file.write('BM', 0, 'latin1');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(2, 18);
  file.writeInt32LE(2, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(pixelBytes, 34);
  file.fill(0x80, 54);

  return file;
}

/** Builds the start of a one-page PDF. */
export function pdfBytes(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n', 'latin1');
}

/** Builds the `ftyp` box that opens an iPhone HEIC photo. */
export function heicBytes(): Buffer {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  box.write('ftypheic', 4, 'latin1');
  box.write('mif1heic', 16, 'latin1');

  return box;
}

/** Encodes a noisy JPEG, so that cutting it anywhere loses real scan data. */
export async function noisyJpeg(width = 400, height = 300): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Encodes a two-frame animated GIF. */
export async function animatedGif(): Promise<Buffer> {
  const frame = 8;
  const pixels = Buffer.alloc(frame * frame * 2 * 3);
  pixels.fill(255, 0, frame * frame * 3);

  return sharp(pixels, { raw: { width: frame, height: frame * 2, channels: 3, pageHeight: frame } })
    .gif({ loop: 0, delay: [100, 100] })
    .toBuffer();
}
