import sharp from 'sharp';

/** Tiny real images made with sharp, so the magic-byte checks see genuine encoder output. */
export interface TestImages {
  jpeg: Buffer;
  png: Buffer;
}

export async function createTestImages(): Promise<TestImages> {
  const base = sharp({ create: { width: 16, height: 12, channels: 3, background: { r: 240, g: 240, b: 230 } } });
  const jpeg = await base.clone().jpeg({ quality: 80 }).toBuffer();
  const png = await base.clone().png().toBuffer();
  return { jpeg, png };
}
