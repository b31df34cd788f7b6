import { BizLicenseError } from '../license/bizlicense-error';
import { WireReply } from '../license/wire-schema';
import { createOfflineEngine, OfflineEngine, OfflineEngineOptions } from '../engine/offline-engine';
import { ImageInput, RecognitionProvider } from './provider';

/** A recognition provider that runs the offline engine in this process. */
export interface OfflineProvider extends RecognitionProvider {
  readonly name: 'offline';
  /** Releases the engine's models when the provider created the engine itself. */
  close(): Promise<void>;
}

export interface OfflineProviderOptions extends OfflineEngineOptions {
  /** An engine to share with other callers; the provider then leaves closing it to its owner. */
  engine?: OfflineEngine;
}

/**
 * Creates the `offline` provider. It accepts image bytes only: a URL input is rejected with
 * URL_INPUT_UNSUPPORTED, because the offline route never downloads anything.
 *
 * @example
 * const provider = createOfflineProvider();
 * const reply = await provider.recognize({ kind: 'bytes', bytes: await readFile('license.jpg') });
 */
export function createOfflineProvider(options: OfflineProviderOptions = {}): OfflineProvider {
  const { engine: sharedEngine, ...engineOptions } = options;
  const engine = sharedEngine ?? createOfflineEngine(engineOptions);

  async function recognize(image: ImageInput): Promise<WireReply> {
    if (image.kind !== 'bytes') {
      throw new BizLicenseError(
        'URL_INPUT_UNSUPPORTED',
        `received a ${image.kind} input; read the image and pass { kind: 'bytes', bytes } instead`,
      );
    }
    return engine.recognize(image.bytes);
  }

  async function close(): Promise<void> {
    if (!sharedEngine) {
      await engine.close();
    }
  }

  return { name: 'offline', recognize, close };
}
