import { DEFAULT_IMAGE_LIMITS, encodePng } from '../../engine/image';
import { createOfflineEngine, OfflineEngine, OfflineEngineOptions } from '../../engine/offline-engine';
import { isBizLicenseError } from '../../license/bizlicense-error';
import { errorResult, ErrorResult } from '../../license/error-result';
import { WireReply } from '../../license/wire-schema';
import { addInterpretation } from '../../providers/recognize-with-interpretation';
import { collectInputs } from '../collect-inputs';
import { createStemAllocator, DebugImageCollector, PngEncoder } from '../debug-writer';
import { CliIo } from '../io';
import { CliMessages } from '../messages';
import { prepareDebugDir } from '../prepare-debug-dir';
import { ProgressBar } from '../progress-bar';
import { readInputFile } from '../read-input-file';
import path from 'node:path';

/** Options of `bizlicense scan`, after commander has parsed and defaulted them. */
export interface ScanOptions {
  quiet: boolean;
  debugDir?: string;
  maxBytes: number;
  maxPixels: number;
  detectSize: number;
}

/** Default long side of the detection image, in pixels. */
export const DEFAULT_DETECT_SIZE = 960;

export const DEFAULT_SCAN_OPTIONS: Readonly<ScanOptions> = Object.freeze({
  quiet: false,
  maxBytes: DEFAULT_IMAGE_LIMITS.maxBytes,
  maxPixels: DEFAULT_IMAGE_LIMITS.maxPixels,
  detectSize: DEFAULT_DETECT_SIZE,
});

/** Library functions the scan command calls, injectable so tests can change settings. */
export interface ScanDependencies {
  createEngine(options: OfflineEngineOptions): Pick<OfflineEngine, 'recognize' | 'close'>;
  /** Adds `interpretation` to a successful reply. */
  interpret(reply: WireReply): object;
  encodePng: PngEncoder;
}

export const DEFAULT_SCAN_DEPENDENCIES: ScanDependencies = {
  createEngine: createOfflineEngine,
  interpret: (reply) => addInterpretation(reply),
  encodePng,
};

interface FileOutcome {
  record: object;
  failed: boolean;
}

/** Turns any failure into the error reply printed for the file; unexpected errors become INTERNAL_ERROR. */
function toErrorResult(error: unknown): ErrorResult {
  return isBizLicenseError(error) ? error.toResult() : errorResult('INTERNAL_ERROR');
}

/** Tells whether a failure is a fault of the engine or of this program rather than of the input. */
function isEngineFault(error: unknown): boolean {
  return !isBizLicenseError(error) || error.code === 'ENGINE_FAILED' || error.code === 'INTERNAL_ERROR';
}

function describeFault(error: unknown): string {
  const lines: string[] = [];
  for (let current: unknown = error; current !== undefined; current = (current as { cause?: unknown }).cause) {
    lines.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    if (!(current instanceof Error)) {
      break;
    }
  }
  return lines.join('\ncaused by: ');
}

/**
 * Collects the files to scan and prepares `--debug-dir`, warning about folders without images.
 * Returns undefined after printing the reason when the command cannot start (exit code 2).
 */
async function prepareInputs(
  paths: string[],
  options: ScanOptions,
  io: CliIo,
  messages: CliMessages,
): Promise<{ files: string[]; batch: boolean } | undefined> {
  const { files, batch, emptyFolders } = await collectInputs(paths);
  if (files.length === 0) {
    io.stderr.write(`${messages.noImagesFound(paths)}\n`);
    return undefined;
  }
  for (const folder of emptyFolders) {
    io.stderr.write(`${messages.emptyFolderSkipped(folder)}\n`);
  }

  const debugDirProblem = options.debugDir === undefined ? undefined : await prepareDebugDir(options.debugDir, messages);
  if (debugDirProblem !== undefined) {
    io.stderr.write(`${debugDirProblem}\n`);
    return undefined;
  }
  return { files, batch };
}

/**
 * Runs `bizlicense scan` and returns the exit code: 0 when every file was read, 1 when any file
 * failed, 2 when the arguments name no image at all or `--debug-dir` cannot be used.
 */
export async function runScan(
  paths: string[],
  options: ScanOptions,
  io: CliIo,
  messages: CliMessages,
  dependencies: ScanDependencies = DEFAULT_SCAN_DEPENDENCIES,
): Promise<number> {
  const inputs = await prepareInputs(paths, options, io, messages);
  if (inputs === undefined) {
    return 2;
  }
  const { files, batch } = inputs;

  const engine = dependencies.createEngine({
    limits: { maxBytes: options.maxBytes, maxPixels: options.maxPixels },
    detectMaxSide: options.detectSize,
  });
  const progress = batch && io.stderr.isTTY && !options.quiet ? new ProgressBar(io.stderr, files.length) : undefined;
  const allocateStem = createStemAllocator();
  let failed = 0;

  try {
    progress?.update(0, failed);
    for (const [index, file] of files.entries()) {
      const collector = options.debugDir
        ? new DebugImageCollector(path.join(options.debugDir, allocateStem(file)))
        : undefined;
      const outcome = await scanFile(file, options, engine, dependencies, collector);

      // stdout and stderr may be the same terminal: erase the bar before any line, redraw it after.
      progress?.clear();
      if (outcome.error !== undefined && !options.quiet) {
        io.stderr.write(`${messages.engineFailure(file)}\n${describeFault(outcome.error)}\n`);
      }
      if (collector) {
        await writeDebugImages(collector, outcome.record, file, io, messages, dependencies.encodePng);
      }

      failed += outcome.failed ? 1 : 0;
      io.stdout.write(batch ? `${JSON.stringify({ file, ...outcome.record })}\n` : `${JSON.stringify(outcome.record, null, 2)}\n`);
      progress?.update(index + 1, failed);
    }
  } finally {
    progress?.clear();
    await engine.close();
  }

  if (batch && !options.quiet) {
    io.stderr.write(`${messages.batchSummary(files.length, failed)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

async function scanFile(
  file: string,
  options: ScanOptions,
  engine: Pick<OfflineEngine, 'recognize'>,
  dependencies: ScanDependencies,
  collector: DebugImageCollector | undefined,
): Promise<FileOutcome & { error?: unknown }> {
  try {
    const bytes = await readInputFile(file, options.maxBytes);
    const reply = await engine.recognize(bytes, { debug: collector?.sink });
    return { record: dependencies.interpret(reply), failed: false };
  } catch (error) {
    return { record: toErrorResult(error), failed: true, error: isEngineFault(error) ? error : undefined };
  }
}

async function writeDebugImages(
  collector: DebugImageCollector,
  record: object,
  file: string,
  io: CliIo,
  messages: CliMessages,
  encode: PngEncoder,
): Promise<void> {
  try {
    await collector.write(record, encode);
  } catch (error) {
    // Debug output is a side product: a full disk must not turn a read license into a failure.
    io.stderr.write(`${messages.debugWriteFailed(file, error instanceof Error ? error.message : String(error))}\n`);
  }
}
