import { AcceptedImageFormat } from './rgb-image';

/** Formats recognised by their leading bytes; only the accepted ones are decoded. */
export type SniffedFormat =
  | AcceptedImageFormat
  | 'gif'
  | 'bmp'
  | 'pdf'
  | 'heif'
  | 'tiff'
  | 'unknown';

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) {
    return false;
  }

  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis'];

function isHeif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('ftyp'), 4)) {
    return false;
  }

  const brand = Buffer.from(bytes.subarray(8, 12)).toString('latin1');
  return HEIF_BRANDS.includes(brand);
}

/** Identifies an image format from its magic bytes, ignoring the file name. */
export function sniffImageFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return 'jpeg';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'png';
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    return 'webp';
  }
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) {
    return 'gif';
  }
  if (startsWith(bytes, ascii('BM'))) {
    return 'bmp';
  }
  if (startsWith(bytes, ascii('%PDF-'))) {
    return 'pdf';
  }
  if (isHeif(bytes)) {
    return 'heif';
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff';
  }

  return 'unknown';
}
