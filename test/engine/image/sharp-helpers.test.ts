import { createRgbImage, decodeImage, encodeJpeg, encodePng, resizeImage, RgbImage, rotateImage } from '../../../src/engine/image';

/** 40 × 20: left half black, right half white. */
function halves(): RgbImage {
  const image = createRgbImage(40, 20);
  for (let y = 0; y < 20; y += 1) {
    image.data.fill(0, y * 40 * 3, (y * 40 + 20) * 3);
  }
  return image;
}

function pixelAt(image: RgbImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 3;
  return Array.from(image.data.subarray(offset, offset + 3));
}

describe('sharp helpers', () => {
  it('resizes to the exact size', async () => {
    const resized = await resizeImage(halves(), 20, 5);

    expect(resized.width).toBe(20);
    expect(resized.height).toBe(5);
    expect(resized.data.length).toBe(20 * 5 * 3);
    expect(pixelAt(resized, 2, 2)).toEqual([0, 0, 0]);
    expect(pixelAt(resized, 17, 2)).toEqual([255, 255, 255]);
  });

  it('round-trips through PNG unchanged', async () => {
    const image = halves();
    const decoded = await decodeImage(await encodePng(image));

    expect(decoded.format).toBe('png');
    expect(decoded.width).toBe(40);
    expect(Buffer.from(decoded.data).equals(Buffer.from(image.data))).toBe(true);
  });

  it('encodes a decodable JPEG', async () => {
    const decoded = await decodeImage(await encodeJpeg(halves(), 95));

    expect(decoded.format).toBe('jpeg');
    expect(decoded.height).toBe(20);
  });

  it('rotates clockwise onto a white canvas', async () => {
    const quarter = await rotateImage(halves(), 90);
    expect(quarter.width).toBe(20);
    expect(quarter.height).toBe(40);
    // Clockwise, the black left half moves to the top.
    expect(pixelAt(quarter, 10, 5)).toEqual([0, 0, 0]);
    expect(pixelAt(quarter, 10, 34)).toEqual([255, 255, 255]);

    const tilted = await rotateImage(halves(), 10);
    expect(tilted.width).toBeGreaterThan(40);
    expect(pixelAt(tilted, 0, 0)).toEqual([255, 255, 255]);
  });
});
