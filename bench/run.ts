/**
 * Benchmarks the offline engine on generated licenses: `npm run bench -- --count 80 --seed 1 [--write]`.
 * Images and truth files are regenerated into bench/out/ on every run and never committed. The
 * generator runs in a child process first, so the peak RSS reported here is the engine's alone.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createOfflineEngine, OfflineEngine } from '../src/engine/offline-engine';
import { isBizLicenseError } from '../src/license/bizlicense-error';
import type { SampleRecord } from './generator/sample-record';
import { describeMachine } from './machine-info';
import { cornerError, scoreFields } from './metrics';
import { formatReport, SampleResult } from './report';

const RESULTS_START = '<!-- bench-results:start -->';
const RESULTS_END = '<!-- bench-results:end -->';
const MIN_COUNT = 80;

function parseOptions(): { count: number; seed: number; write: boolean; detectMaxSide: number } {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: String(MIN_COUNT) },
      seed: { type: 'string', default: '1' },
      'detect-size': { type: 'string', default: '960' },
      write: { type: 'boolean', default: false },
    },
  });

  const count = Number(values.count);
  const seed = Number(values.seed);
  const detectMaxSide = Number(values['detect-size']);
  for (const [name, value] of Object.entries({ count, seed, 'detect-size': detectMaxSide })) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new Error(`--${name} must be a non-negative integer, got ${String(value)}`);
    }
  }
  return { count, seed, write: values.write ?? false, detectMaxSide };
}

/** Replaces the text between the result markers of docs/benchmarks.md, adding the markers when missing. */
async function writeIntoDocs(report: string): Promise<string> {
  const file = path.join(process.cwd(), 'docs', 'benchmarks.md');
  const current = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const block = `${RESULTS_START}\n${report}${RESULTS_END}`;

  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  const next = start >= 0 && end > start
    ? `${current.slice(0, start)}${block}${current.slice(end + RESULTS_END.length)}`
    : `${current.trimEnd()}\n\n${block}\n`;

  await writeFile(file, next);
  return file;
}

/** Runs the engine on one generated image and scores the reply against the image's truth. */
async function measureSample(engine: OfflineEngine, sample: SampleRecord, jpeg: Buffer): Promise<SampleResult> {
  const described = { id: sample.id, capture: sample.capture, layout: sample.layout, width: sample.width, height: sample.height };
  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;

  try {
    const reply = await engine.recognize(jpeg);
    const seconds = elapsed();
    const pos = reply.cert_position?.pos;
    const corners = pos && [pos.left_top, pos.right_top, pos.right_bottom, pos.left_bottom];

    return {
      ...described,
      errcode: 0,
      score: scoreFields(sample.truth, reply),
      cornerError: cornerError(corners, sample.corners, sample.width, sample.height),
      seconds,
    };
  } catch (error) {
    // An engine fault stops the run: figures over a broken engine would mislead.
    if (!isBizLicenseError(error) || error.code === 'ENGINE_FAILED') {
      throw error;
    }
    return { ...described, errcode: error.errcode, score: scoreFields(sample.truth, {}), seconds: elapsed() };
  }
}

/** Writes the sample set with the generator's own CLI (`bench/generate.ts`) in a child process. */
function generateSamples(seed: number, count: number, folder: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'bench/generate.ts', '--seed', String(seed), '--count', String(count), '--out', folder],
    { cwd: process.cwd(), stdio: ['ignore', 'inherit', 'inherit'] },
  );

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/generate.ts exited with code ${code}`))));
  });
}

async function readSamples(folder: string): Promise<SampleRecord[]> {
  const index = JSON.parse(await readFile(path.join(folder, 'index.json'), 'utf8')) as { samples: Array<{ id: string }> };
  return Promise.all(
    index.samples.map(async ({ id }) => JSON.parse(await readFile(path.join(folder, `${id}.json`), 'utf8')) as SampleRecord),
  );
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.count < MIN_COUNT) {
    process.stderr.write(`note: --count ${options.count} is below the ${MIN_COUNT} images the published figures use\n`);
  }

  const outputFolder = path.join(process.cwd(), 'bench', 'out', `seed-${options.seed}`);
  await generateSamples(options.seed, options.count, outputFolder);
  const samples = await readSamples(outputFolder);

  const startLoadAverage = os.loadavg()[0]!;
  const engine = createOfflineEngine({ detectMaxSide: options.detectMaxSide });
  const loadStart = process.hrtime.bigint();
  await engine.models();
  const modelLoadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

  const results: SampleResult[] = [];
  for (const [index, sample] of samples.entries()) {
    const result = await measureSample(engine, sample, await readFile(path.join(outputFolder, sample.image)));
    results.push(result);
    process.stderr.write(`\r${index + 1}/${samples.length} ${sample.id} ${result.seconds.toFixed(2)} s   `);
  }
  process.stderr.write('\n');
  await engine.close();

  const report = formatReport(results, {
    seed: options.seed,
    count: samples.length,
    detectMaxSide: options.detectMaxSide,
    modelLoadSeconds,
    // maxRSS is in kibibytes on Linux and macOS.
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverages: [startLoadAverage, os.loadavg()[0]!],
    machine: describeMachine(),
  });
  process.stdout.write(report);
  await writeFile(path.join(outputFolder, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  if (options.write) {
    process.stderr.write(`wrote ${await writeIntoDocs(report)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
