import sharp, { Sharp } from 'sharp';
import { isBizLicenseError } from '../../../src/license/bizlicense-error';
import { ErrorCodeName } from '../../../src/license/error-codes';
import { decodeImage, DEFAULT_IMAGE_LIMITS } from '../../../src/engine/image';
import { animatedGif, bmpBytes, heicBytes, noisyJpeg, pdfBytes, pngHeaderOnly } from './bad-image-bytes';

async function rejectionCode(promise: Promise<unknown>): Promise<ErrorCodeName | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    if (!isBizLicenseError(error)) {
      throw error;
    }
    return error.code;
  }
}

function pixelAt(image: { data: Uint8Array; width: number }, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 3;
  return Array.from(image.data.subarray(offset, offset + 3));
}

describe('decodeImage rejections', () => {
  it('rejects an empty file', async () => {
    await expect(rejectionCode(decodeImage(Buffer.alloc(0)))).resolves.toBe('IMAGE_EMPTY');
  });

  it('rejects a file over maxBytes', async () => {
    const jpeg = await noisyJpeg(64, 64);
    await expect(rejectionCode(decodeImage(jpeg, { maxBytes: jpeg.length - 1 }))).resolves.toBe('IMAGE_TOO_LARGE');
    await expect(rejectionCode(decodeImage(jpeg, { maxBytes: jpeg.length }))).resolves.toBe('resolved');
  });

  it('rejects a truncated JPEG as corrupt', async () => {
    const jpeg = await noisyJpeg();
    for (const fraction of [0.3, 0.6, 0.95]) {
      const truncated = jpeg.subarray(0, Math.floor(jpeg.length * fraction));
      await expect(rejectionCode(decodeImage(truncated))).resolves.toBe('IMAGE_CORRUPT');
    }
  });

  it('rejects a PNG with damaged pixel data', async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } }).png().toBuffer();
    const damaged = Buffer.from(png);
    const idat = damaged.indexOf('IDAT', 0, 'latin1');
    damaged.fill(0xaa, idat + 6, idat + 20);
    await expect(rejectionCode(decodeImage(damaged))).resolves.toBe('IMAGE_CORRUPT');
  });

  it('rejects a JPEG header followed by garbage', async () => {
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]);
    await expect(rejectionCode(decodeImage(garbage))).resolves.toBe('IMAGE_CORRUPT');
  });

  it('rejects text named like a JPEG', async () => {
    const text = Buffer.from('营业执照 scan, please see attachment\n', 'utf8');
    await expect(rejectionCode(decodeImage(text))).resolves.toBe('UNSUPPORTED_IMAGE_TYPE');
  });

  it.each([
    ['PDF', pdfBytes],
    ['BMP', bmpBytes],
    ['HEIC', heicBytes],
  ])('rejects %s as unsupported', async (_name, build) => {
    await expect(rejectionCode(decodeImage(build()))).resolves.toBe('UNSUPPORTED_IMAGE_TYPE');
  });

  it('rejects an animated GIF as unsupported', async () => {
    const gif = await animatedGif();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    await expect(rejectionCode(decodeImage(gif))).resolves.toBe('UNSUPPORTED_IMAGE_TYPE');
  });

  it('tells BMP users to convert to JPG or PNG', async () => {
    await expect(decodeImage(bmpBytes())).rejects.toThrow('convert the photo to JPG or PNG');
  });

  it('rejects a 30000x30000 PNG from its header', async () => {
    const started = Date.now();
    await expect(rejectionCode(decodeImage(pngHeaderOnly(30000, 30000)))).resolves.toBe('IMAGE_DIMENSIONS_TOO_LARGE');
    // 900 MP of RGB would take seconds and 2.7 GB to decode; reading the header takes milliseconds.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('applies a configurable pixel limit', async () => {
    const png = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ffffff' } }).png().toBuffer();
    await expect(rejectionCode(decodeImage(png, { maxPixels: 9_999 }))).resolves.toBe('IMAGE_DIMENSIONS_TOO_LARGE');
    await expect(rejectionCode(decodeImage(png, { maxPixels: 10_000 }))).resolves.toBe('resolved');
  });

  it('has 20 MB and 40 MP defaults', () => {
    expect(DEFAULT_IMAGE_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
    expect(DEFAULT_IMAGE_LIMITS.maxPixels).toBe(40_000_000);
  });
});

describe('decodeImage output', () => {
  /** 40 × 20: left half red, right half blue. */
  async function halves(): Promise<Sharp> {
    const pixels = Buffer.alloc(40 * 20 * 3);
    for (let y = 0; y < 20; y += 1) {
      for (let x = 0; x < 40; x += 1) {
        pixels.set(x < 20 ? [255, 0, 0] : [0, 0, 255], (y * 40 + x) * 3);
      }
    }
    return sharp(pixels, { raw: { width: 40, height: 20, channels: 3 } });
  }

  it('applies EXIF orientation 6', async () => {
    const jpeg = await (await halves()).jpeg({ quality: 100 }).withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);

    const image = await decodeImage(jpeg);
    expect(image.format).toBe('jpeg');
    expect(image.width).toBe(20);
    expect(image.height).toBe(40);

    // Orientation 6 means "rotate 90° clockwise to display", so the red left half ends on top.
    const top = pixelAt(image, 10, 5);
    const bottom = pixelAt(image, 10, 34);
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
  });

  it('flattens transparency on white', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const image = await decodeImage(png);
    expect(image.data.length).toBe(4 * 4 * 3);
    expect(pixelAt(image, 1, 1)).toEqual([255, 255, 255]);
  });

  it('expands grayscale to RGB', async () => {
    const png = await sharp({ create: { width: 6, height: 5, channels: 3, background: '#404040' } })
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const image = await decodeImage(png);
    expect(image.data.length).toBe(6 * 5 * 3);
    expect(pixelAt(image, 2, 2)).toEqual([64, 64, 64]);
  });

  it('reduces a 16-bit PNG to 8 bits', async () => {
    const png = await sharp({ create: { width: 8, height: 4, channels: 3, background: '#336699' } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const image = await decodeImage(png);
    expect(image.data.length).toBe(8 * 4 * 3);
    expect(pixelAt(image, 3, 2)).toEqual([0x33, 0x66, 0x99]);
  });

  it('converts a CMYK JPEG to RGB', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 4, channels: 3, background: '#336699' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    expect((await sharp(jpeg).metadata()).space).toBe('cmyk');

    const image = await decodeImage(jpeg);
    expect(image.data.length).toBe(8 * 4 * 3);
    const [red, green, blue] = pixelAt(image, 3, 2) as [number, number, number];
    expect(blue).toBeGreaterThan(green);
    expect(green).toBeGreaterThan(red);
  });

  it('decodes PNG and WebP with their format', async () => {
    const base = await halves();
    const png = await decodeImage(await base.clone().png().toBuffer());
    const webp = await decodeImage(await base.clone().webp({ lossless: true }).toBuffer());

    expect(png.format).toBe('png');
    expect(webp.format).toBe('webp');
    expect(pixelAt(png, 5, 5)).toEqual([255, 0, 0]);
    expect(pixelAt(webp, 35, 5)).toEqual([0, 0, 255]);
  });
});
