/**
 * Regenerates the committed sample images: test fixtures under test/fixtures/licenses/ (JPEG plus
 * truth JSON) and the example photos under examples/ with their README.
 *
 *   node scripts/run-ts.mjs bench/make-fixtures.ts
 *
 * The specs in bench/generator/fixture-specs.ts are fixed, so rerunning on the same fonts and @napi-rs/canvas version rewrites the
 * same bytes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateLicense } from './generator';
import { EXAMPLE_SPECS, FIXTURE_SPECS } from './generator/fixture-specs';
import { toSampleRecord } from './generator/sample-record';

// run-ts bundles this file into node_modules/.cache, so paths start from the working directory.
const ROOT = process.cwd();
if (!existsSync(path.join(ROOT, 'bench', 'make-fixtures.ts'))) {
  throw new Error(`run bench/make-fixtures.ts from the repository root, not from ${ROOT}`);
}
const FIXTURE_DIR = path.join(ROOT, 'test', 'fixtures', 'licenses');
const EXAMPLE_DIR = path.join(ROOT, 'examples');

async function writeFixtures(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const spec of FIXTURE_SPECS) {
    const sample = await generateLicense(spec);
    writeFileSync(path.join(FIXTURE_DIR, `${spec.id}.jpg`), sample.jpeg);
    writeFileSync(path.join(FIXTURE_DIR, `${spec.id}.json`), `${JSON.stringify(toSampleRecord(spec, sample), null, 2)}\n`);
    console.log(`fixture ${spec.id}: ${sample.width}x${sample.height}, ${Math.round(sample.jpeg.length / 1024)} KB`);
  }
}

async function writeExamples(): Promise<void> {
  mkdirSync(EXAMPLE_DIR, { recursive: true });
  const lines = [
    '# 示例图片',
    '',
    '以下图片均由 `bench/make-fixtures.ts` 用合成数据生成，印有“样本”字样；名称、人名、地址和信用代码都是虚构的，不对应任何真实主体。',
    '',
  ];
  for (const { spec, description } of EXAMPLE_SPECS) {
    const sample = await generateLicense(spec);
    if (sample.jpeg.length >= 400 * 1024) {
      throw new Error(`example ${spec.id} is ${Math.round(sample.jpeg.length / 1024)} KB; lower its outputLongSide to stay under 400 KB`);
    }
    writeFileSync(path.join(EXAMPLE_DIR, `${spec.id}.jpg`), sample.jpeg);
    lines.push(`- \`${spec.id}.jpg\`（${sample.width}x${sample.height}）：${description}`);
    console.log(`example ${spec.id}: ${sample.width}x${sample.height}, ${Math.round(sample.jpeg.length / 1024)} KB`);
  }
  writeFileSync(path.join(EXAMPLE_DIR, 'README.md'), `${lines.join('\n')}\n`);
}

writeFixtures()
  .then(writeExamples)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
