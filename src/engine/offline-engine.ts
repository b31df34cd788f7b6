import { BizLicenseError, isBizLicenseError } from '../license/bizlicense-error';
import { WireReply } from '../license/wire-schema';
import { DebugSink } from './debug';
import { extractLicenseFields } from './extract';
import { decodeImage, ImageLimits } from './image';
import { OcrModels } from './ocr';
import { locateLicense } from './page/locate-license';
import { readPage } from './page/read-page';
import { buildWireReply } from './wire-reply';

/** Settings of an offline engine; every one has a default. */
export interface OfflineEngineOptions {
  /** Input limits checked before pixels are decoded. @default maxBytes 20 MB, maxPixels 40 MP */
  limits?: Partial<ImageLimits>;
  /** Long side, in pixels, of the reduced copy that text detection runs on. @default 960 */
  detectMaxSide?: number;
  /** Receives each stage's image for debugging; stages draw nothing when it is absent. */
  debug?: DebugSink;
}

/** Per-call settings that override the engine's. */
export interface RecognizeOptions {
  debug?: DebugSink;
}

/** Reads business licenses from image bytes on the CPU, with the PP-OCR models loaded once. */
export interface OfflineEngine {
  /**
   * Reads one image and returns WeChat's wire reply. Rejects with a {@link BizLicenseError}: the
   * image's code (IMAGE_EMPTY, UNSUPPORTED_IMAGE_TYPE …) for a bad input, CERTIFICATE_NOT_FOUND
   * when the page is not a license, ENGINE_FAILED (with `cause`) when a stage fails.
   */
  recognize(bytes: Buffer, options?: RecognizeOptions): Promise<WireReply>;
  /** The loaded models, loading them on first use; exposed for the benchmark's load timing. */
  models(): Promise<OcrModels>;
  /** Releases the models once no other engine uses them. The engine rejects calls afterwards. */
  close(): Promise<void>;
}

/**
 * Engines using each loaded model set. `OcrModels.load` shares one instance per process, and its
 * `close` releases the sessions for every holder, so only the last engine to close releases them.
 */
const modelUsers = new Map<OcrModels, number>();

async function acquireModels(): Promise<OcrModels> {
  const models = await OcrModels.load();
  modelUsers.set(models, (modelUsers.get(models) ?? 0) + 1);
  return models;
}

async function releaseModels(models: OcrModels): Promise<void> {
  const remaining = (modelUsers.get(models) ?? 1) - 1;
  if (remaining > 0) {
    modelUsers.set(models, remaining);
    return;
  }
  modelUsers.delete(models);
  await models.close();
}

/** Runs one stage and turns an unexpected failure into ENGINE_FAILED that keeps the original error. */
async function runStage<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isBizLicenseError(error)) {
      throw error;
    }
    throw new BizLicenseError('ENGINE_FAILED', `${stage} failed`, { cause: error });
  }
}

/**
 * Creates the offline engine: decode → read page (detect, orient, recognise) → extract fields →
 * locate the license's corners → wire reply. Models load on the first call and are shared by all
 * later calls, because loading takes a second or more.
 *
 * @example
 * const engine = createOfflineEngine();
 * const reply = await engine.recognize(await readFile('license.jpg'));
 * console.log(reply.enterprise_name);
 * await engine.close();
 */
export function createOfflineEngine(options: OfflineEngineOptions = {}): OfflineEngine {
  let loading: Promise<OcrModels> | undefined;
  let closed = false;

  function models(): Promise<OcrModels> {
    if (closed) {
      return Promise.reject(new BizLicenseError('ENGINE_FAILED', 'the engine was closed; create a new one'));
    }
    if (!loading) {
      loading = runStage('model load', acquireModels);
      // A failed load is not cached, so the next call retries instead of repeating the failure.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  }

  async function recognize(bytes: Buffer, callOptions: RecognizeOptions = {}): Promise<WireReply> {
    const debug = callOptions.debug ?? options.debug;
    const image = await decodeImage(bytes, options.limits);
    const ocr = await models();

    const page = await runStage('page reading', () =>
      readPage(image, ocr, { detectMaxSide: options.detectMaxSide, debug }),
    );

    const extraction = await runStage('field extraction', () => extractLicenseFields(page));
    if (!extraction.looksLikeLicense) {
      throw new BizLicenseError('CERTIFICATE_NOT_FOUND', `no license text found among ${page.lines.length} lines`);
    }

    const corners = await runStage('license location', () => locateLicense(image, page, debug));
    return buildWireReply(extraction.fields, corners, { width: image.width, height: image.height });
  }

  async function close(): Promise<void> {
    closed = true;
    const pending = loading;
    loading = undefined;
    const models = await pending?.catch(() => undefined);
    if (models) {
      await releaseModels(models);
    }
  }

  return { recognize, models, close };
}
