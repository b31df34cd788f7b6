import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { DebugSink } from '../engine/debug';
import { drawQuads } from '../engine/draw-quads';
import { RgbImage } from '../engine/image/rgb-image';

/** Encodes an image to PNG bytes (the image adapter's `encodePng`). */
export type PngEncoder = (image: RgbImage) => Promise<Buffer>;

interface StageImage {
  stage: string;
  image: RgbImage;
}

/** Makes a stage name safe as a file name: letters, digits and dashes only. */
function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'stage';
}

/** Writes a file under a temporary name and renames it, so readers never see a partial file. */
export async function writeFileAtomically(target: string, content: Buffer | string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, target);
}

/**
 * Collects the debug images of one input file and writes them to `<root>/<stem>/` as
 * `NN-<stage>.png`, plus `result.json`. The sink copies each image when called, because a stage
 * may reuse its buffer afterwards.
 */
export class DebugImageCollector {
  private readonly images: StageImage[] = [];

  readonly sink: DebugSink = (stage, image, boxes) => {
    const copy = boxes && boxes.length > 0
      ? drawQuads(image, boxes)
      : { data: new Uint8Array(image.data), width: image.width, height: image.height };
    this.images.push({ stage, image: copy });
  };

  constructor(private readonly folder: string) {}

  async write(result: unknown, encodePng: PngEncoder): Promise<void> {
    await mkdir(this.folder, { recursive: true });

    for (const [index, { stage, image }] of this.images.entries()) {
      const name = `${String(index + 1).padStart(2, '0')}-${fileSafe(stage)}.png`;
      await writeFileAtomically(path.join(this.folder, name), await encodePng(image));
    }
    await writeFileAtomically(path.join(this.folder, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
}

/**
 * Chooses a distinct folder name per input file: the file's name without its extension, with
 * `-2`, `-3` … appended when two inputs in different folders share a name.
 */
export function createStemAllocator(): (file: string) => string {
  const used = new Set<string>();

  return (file) => {
    const stem = fileSafeStem(path.basename(file, path.extname(file)));
    let candidate = stem;
    for (let suffix = 2; used.has(candidate); suffix += 1) {
      candidate = `${stem}-${suffix}`;
    }
    used.add(candidate);
    return candidate;
  };
}

/** Keeps Unicode letters (Chinese file names are common) but drops path separators and controls. */
function fileSafeStem(stem: string): string {
  return stem.replace(/[\\/\u0000-\u001f]+/g, '_').replace(/^\.+/, '') || 'image';
}
