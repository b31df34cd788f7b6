/**
 * Photo degradations applied in place to RGBA rasters: uneven light, a cast shadow, blur, sensor noise,
 * dim exposure, screen moiré and glare. All randomness comes from the caller's seeded source.
 */
import { Random } from '../random';
import type { Raster } from '../raster';

/** Multiplies the image by a smooth light field: a linear gradient, a vignette and a soft shadow edge. */
export function applyUnevenLight(raster: Raster, random: Random, strength: number, withShadow: boolean): void {
  const { width, height, data } = raster;
  const gx = random.float(-1, 1) * strength * 0.5;
  const gy = random.float(-1, 1) * strength * 0.5;
  const vignette = random.float(0.1, 0.35) * strength;

  // The shadow is a half-plane (a hand or phone blocking light) with a soft edge.
  const angle = random.float(0, 2 * Math.PI);
  const nx = Math.cos(angle);
  const ny = Math.sin(angle);
  const edge = random.float(0.25, 0.6);
  const softness = random.float(0.03, 0.12);
  const depth = withShadow ? random.float(0.2, 0.4) : 0;

  const rowFactor = new Float32Array(width);
  for (let y = 0; y < height; y += 1) {
    const ty = y / height - 0.5;
    for (let x = 0; x < width; x += 1) {
      const tx = x / width - 0.5;
      let light = 1 + gx * tx * 2 + gy * ty * 2 - vignette * (tx * tx + ty * ty) * 2;
      if (depth > 0) {
        const distance = tx * nx + ty * ny + 0.5 - edge;
        const shade = Math.min(1, Math.max(0, (distance + softness) / (2 * softness)));
        light *= 1 - depth * shade;
      }
      rowFactor[x] = light;
    }
    let offset = y * width * 4;
    for (let x = 0; x < width; x += 1, offset += 4) {
      const factor = rowFactor[x] as number;
      data[offset] = (data[offset] as number) * factor;
      data[offset + 1] = (data[offset + 1] as number) * factor;
      data[offset + 2] = (data[offset + 2] as number) * factor;
    }
  }
}

/** Box-blurs rows then columns `passes` times; two or three passes approximate a Gaussian. */
export function applyBoxBlur(raster: Raster, radius: number, passes: number): void {
  if (radius < 1) return;
  const copy = new Uint8ClampedArray(raster.data.length);
  for (let pass = 0; pass < passes; pass += 1) {
    copy.set(raster.data);
    blurRows(copy, raster.data, raster.width, raster.height, radius);
    copy.set(raster.data);
    blurColumns(copy, raster.data, raster.width, raster.height, radius);
  }
}

function blurRows(source: Uint8ClampedArray, target: Uint8ClampedArray, width: number, height: number, radius: number): void {
  const inverse = 1 / (radius * 2 + 1);
  for (let y = 0; y < height; y += 1) {
    const row = y * width * 4;
    for (let channel = 0; channel < 3; channel += 1) {
      let sum = 0;
      for (let i = -radius; i <= radius; i += 1) sum += source[row + Math.min(width - 1, Math.max(0, i)) * 4 + channel] as number;
      for (let x = 0; x < width; x += 1) {
        target[row + x * 4 + channel] = sum * inverse;
        const add = x + radius + 1 < width ? x + radius + 1 : width - 1;
        const remove = x - radius > 0 ? x - radius : 0;
        sum += (source[row + add * 4 + channel] as number) - (source[row + remove * 4 + channel] as number);
      }
    }
  }
}

/** Slides a window of rows down the image, keeping one running sum per column and channel. */
function blurColumns(source: Uint8ClampedArray, target: Uint8ClampedArray, width: number, height: number, radius: number): void {
  const inverse = 1 / (radius * 2 + 1);
  const stride = width * 4;
  const sums = new Float64Array(stride);
  for (let i = -radius; i <= radius; i += 1) {
    const row = Math.min(height - 1, Math.max(0, i)) * stride;
    for (let k = 0; k < stride; k += 1) sums[k] = (sums[k] as number) + (source[row + k] as number);
  }
  for (let y = 0; y < height; y += 1) {
    const out = y * stride;
    const add = Math.min(height - 1, y + radius + 1) * stride;
    const remove = Math.max(0, y - radius) * stride;
    for (let k = 0; k < stride; k += 1) {
      if ((k & 3) === 3) continue;
      target[out + k] = (sums[k] as number) * inverse;
      sums[k] = (sums[k] as number) + (source[add + k] as number) - (source[remove + k] as number);
    }
  }
}

/** Adds zero-mean noise of the given standard deviation, mostly shared across channels like sensor grain. */
export function applyNoise(raster: Raster, random: Random, deviation: number): void {
  const { data } = raster;
  let state = random.nextUint32() | 1;
  const uniform = (): number => {
    // xorshift32: fast enough for 12 MP images and seeded from the sample's source.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  // The sum of three uniforms has variance 1/4, close enough to Gaussian grain.
  const scale = deviation * 2;
  for (let offset = 0; offset < data.length; offset += 4) {
    const shared = (uniform() + uniform() + uniform() - 1.5) * scale;
    const chroma = (uniform() - 0.5) * scale * 0.3;
    data[offset] = (data[offset] as number) + shared + chroma;
    data[offset + 1] = (data[offset + 1] as number) + shared;
    data[offset + 2] = (data[offset + 2] as number) + shared - chroma;
  }
}

/** Scales exposure per channel (gain and colour cast) and lifts blacks, as a dim indoor photo does. */
export function applyExposure(raster: Raster, gains: [number, number, number], lift: number, gamma: number): void {
  const table = [0, 1, 2].map((channel) => {
    const lut = new Uint8ClampedArray(256);
    for (let value = 0; value < 256; value += 1) {
      lut[value] = lift + (255 - lift) * Math.pow((value / 255) * (gains[channel] as number), gamma);
    }
    return lut;
  }) as [Uint8ClampedArray, Uint8ClampedArray, Uint8ClampedArray];
  const { data } = raster;
  for (let offset = 0; offset < data.length; offset += 4) {
    data[offset] = table[0][data[offset] as number] as number;
    data[offset + 1] = table[1][data[offset + 1] as number] as number;
    data[offset + 2] = table[2][data[offset + 2] as number] as number;
  }
}

/**
 * Imitates a photo of an LCD: the sub-pixel grid beating against the camera sensor gives coloured
 * moiré bands, plus a soft glare spot from a lamp or window. Every term is a product of a per-column
 * and a per-row factor, so the per-pixel work is a few multiplications.
 */
export function applyScreenArtifacts(raster: Raster, random: Random): void {
  const { width, height, data } = raster;
  const period = random.float(2.2, 3.6);
  const beatX = random.float(0.004, 0.02);
  const beatY = random.float(0.004, 0.02);
  const depth = random.float(0.06, 0.14);
  const glareX = random.float(0.2, 0.8) * width;
  const glareY = random.float(0.2, 0.8) * height;
  const glareRadius = random.float(0.15, 0.35) * Math.min(width, height);
  const glareStrength = random.float(40, 90);

  // band(x, y) = sin(ax + by), expanded as sin(ax)cos(by) + cos(ax)sin(by).
  const sinX = new Float32Array(width);
  const cosX = new Float32Array(width);
  const glareColumn = new Float32Array(width);
  const phase = new Float32Array(width * 3);
  for (let x = 0; x < width; x += 1) {
    sinX[x] = Math.sin(x * beatX);
    cosX[x] = Math.cos(x * beatX);
    const dx = (x - glareX) / glareRadius;
    glareColumn[x] = Math.exp(-dx * dx);
    const subpixel = (x % period) / period;
    for (let channel = 0; channel < 3; channel += 1) phase[x * 3 + channel] = Math.cos(2 * Math.PI * (subpixel - channel / 3));
  }

  for (let y = 0; y < height; y += 1) {
    const sinY = Math.sin(y * beatY);
    const cosY = Math.cos(y * beatY);
    const dy = (y - glareY) / glareRadius;
    const glareRow = glareStrength * Math.exp(-dy * dy);
    let offset = y * width * 4;
    for (let x = 0; x < width; x += 1, offset += 4) {
      const band = (sinX[x] as number) * cosY + (cosX[x] as number) * sinY;
      const glare = glareRow * (glareColumn[x] as number);
      const base = 1 - depth * 0.5 * Math.abs(band);
      const swing = depth * band;
      data[offset] = (data[offset] as number) * (base + swing * (phase[x * 3] as number)) + glare;
      data[offset + 1] = (data[offset + 1] as number) * (base + swing * (phase[x * 3 + 1] as number)) + glare;
      data[offset + 2] = (data[offset + 2] as number) * (base + swing * (phase[x * 3 + 2] as number)) + glare;
    }
  }
}

/** Returns the raster turned clockwise by 90, 180 or 270 degrees. */
export function rotateRaster(raster: Raster, degrees: 90 | 180 | 270): Raster {
  const { width, height, data } = raster;
  const turned = degrees === 180;
  const outWidth = turned ? width : height;
  const outHeight = turned ? height : width;
  const out = new Uint8ClampedArray(data.length);
  const source = new Uint32Array(data.buffer, data.byteOffset, width * height);
  const target = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let tx: number;
      let ty: number;
      if (degrees === 90) {
        tx = height - 1 - y;
        ty = x;
      } else if (degrees === 180) {
        tx = width - 1 - x;
        ty = height - 1 - y;
      } else {
        tx = y;
        ty = width - 1 - x;
      }
      target[ty * outWidth + tx] = source[y * width + x] as number;
    }
  }
  return { data: out, width: outWidth, height: outHeight };
}
