/** Limits that `decodeImage` enforces before it decodes pixels. */
export interface ImageLimits {
  /** Maximum file size in bytes. */
  maxBytes: number;
  /** Maximum width × height in pixels, read from the file header. */
  maxPixels: number;
}

/**
 * Default limits: 20 MB covers a 12 MP phone JPEG several times over, and 40 MP keeps the
 * decoded RGB buffer near 120 MB.
 */
export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 40_000_000,
});

export function resolveImageLimits(limits?: Partial<ImageLimits>): ImageLimits {
  return {
    maxBytes: limits?.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes,
    maxPixels: limits?.maxPixels ?? DEFAULT_IMAGE_LIMITS.maxPixels,
  };
}
