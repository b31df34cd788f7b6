/**
 * bench/generate.ts run as a user runs it: worker threads write each sample's JPEG and truth file
 * plus an index, and invalid options fail with a message naming the option.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchmarkSpecs } from '../../bench/generator';

const ROOT = path.join(__dirname, '..', '..');

function runGenerate(args: string[]): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ['scripts/run-ts.mjs', 'bench/generate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('bench/generate.ts', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'bizlicense-generate-'));
    execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/generate.ts', '--seed', '5', '--count', '3', '--jobs', '2', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  }, 180_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  test('writes image, truth and index', () => {
    const specs = benchmarkSpecs(5, 3);
    const expected = specs.flatMap((spec) => [`${spec.id}.jpg`, `${spec.id}.json`]).concat('index.json').sort();
    expect(readdirSync(out).sort()).toEqual(expected);

    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8'));
    expect(index.seed).toBe(5);
    expect(index.samples.map((sample: { id: string }) => sample.id)).toEqual(specs.map((spec) => spec.id));
  });

  test('truth files describe their images', () => {
    for (const spec of benchmarkSpecs(5, 3)) {
      const record = JSON.parse(readFileSync(path.join(out, `${spec.id}.json`), 'utf8'));
      expect(record.seed).toBe(spec.seed);
      expect(record.capture).toBe(spec.capture);
      expect(record.image).toBe(`${spec.id}.jpg`);
      expect(typeof record.truth.reg_num).toBe('string');
      expect(record.corners).toHaveLength(4);
      expect(readFileSync(path.join(out, record.image)).subarray(0, 2).toString('hex')).toBe('ffd8');
    }
  });

  test('rejects a zero count', () => {
    const result = runGenerate(['--count', '0', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--count must be a positive integer, got 0');
  }, 60_000);
});
