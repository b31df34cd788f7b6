/**
 * Writes a set of synthetic licenses: `<id>.jpg`, `<id>.json` (truth and corners) and `index.json`.
 *
 *   node scripts/run-ts.mjs bench/generate.ts --seed 1 --count 80 --out bench/out/set [--jobs 2]
 *
 * Samples are split over worker threads; every sample depends only on its own spec, so the files are
 * the same whatever the number of jobs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { benchmarkSpecs, generateLicense, type SampleSpec } from './generator';
import { toSampleRecord, type SampleRecord } from './generator/sample-record';

interface Options {
  seed: number;
  count: number;
  out: string;
  jobs: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      count: { type: 'string', default: '80' },
      out: { type: 'string', default: 'bench/out/set' },
      jobs: { type: 'string', default: '2' },
    },
  });
  const seed = Number(values.seed);
  const count = Number(values.count);
  const jobs = Number(values.jobs);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got ${values.seed}`);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive integer, got ${values.jobs}`);
  return { seed, count, out: path.resolve(values.out ?? 'bench/out/set'), jobs };
}

async function writeSamples(specs: SampleSpec[], out: string): Promise<SampleRecord[]> {
  const records: SampleRecord[] = [];
  for (const spec of specs) {
    const sample = await generateLicense(spec);
    const record = toSampleRecord(spec, sample);
    writeFileSync(path.join(out, record.image), sample.jpeg);
    writeFileSync(path.join(out, `${spec.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
    records.push(record);
  }
  return records;
}

function runWorker(specs: SampleSpec[], out: string): Promise<SampleRecord[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { specs, out } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`generator worker exited with code ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const options = parseOptions();
  mkdirSync(options.out, { recursive: true });
  const specs = benchmarkSpecs(options.seed, options.count);
  const started = process.hrtime.bigint();

  const shares = Array.from({ length: Math.min(options.jobs, specs.length) }, (_, job) =>
    specs.filter((_, index) => index % options.jobs === job),
  );
  const results = options.jobs === 1 ? [await writeSamples(specs, options.out)] : await Promise.all(shares.map((share) => runWorker(share, options.out)));
  const byId = new Map(results.flat().map((record) => [record.id, record]));
  const records = specs.map((spec) => byId.get(spec.id) as SampleRecord);

  const index = { seed: options.seed, count: options.count, samples: records.map(({ id, image, layout, entity, capture }) => ({ id, image, layout, entity, capture })) };
  writeFileSync(path.join(options.out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`wrote ${records.length} samples to ${options.out} in ${seconds.toFixed(1)} s (${(seconds / records.length).toFixed(2)} s per sample, ${options.jobs} jobs)`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  const { specs, out } = workerData as { specs: SampleSpec[]; out: string };
  writeSamples(specs, out).then(
    (records) => parentPort?.postMessage(records),
    (error: unknown) => {
      throw error;
    },
  );
}
