/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import { copyFile, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { interpretationSchema } from '../../src/license/interpretation-schema';
import { makeTemporaryFolder, parseLines, runCapturedCli } from './cli-helpers';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'licenses');
const CLEAN = 'horizontal-company-clean';

async function readTruth(name: string): Promise<Record<string, string>> {
  const fixture = JSON.parse(await readFile(path.join(FIXTURES, `${name}.json`), 'utf8')) as { truth: Record<string, string> };
  return fixture.truth;
}

describe('bizlicense scan on fixtures', () => {
  test('single license prints the reply with interpretation', async () => {
    const truth = await readTruth(CLEAN);

    const run = await runCapturedCli(['scan', path.join(FIXTURES, `${CLEAN}.jpg`)]);
    const reply = JSON.parse(run.stdout) as Record<string, unknown>;

    expect(run.exitCode).toBe(0);
    expect(run.stdout.startsWith('{\n  "errcode": 0,\n  "errmsg": "ok",\n')).toBe(true);
    expect(reply).toMatchObject(truth);
    expect(reply).not.toHaveProperty('file');
    expect(interpretationSchema.parse(reply.interpretation)).toEqual(reply.interpretation);
    expect(reply.interpretation).toMatchObject({ creditCode: { value: truth.reg_num, valid: true } });
    expect(run.stderr).toBe('');
  });

  test('mixed folder prints NDJSON in order', async () => {
    const folder = await makeTemporaryFolder('bizlicense-cli-mixed-');
    await copyFile(path.join(FIXTURES, `${CLEAN}.jpg`), path.join(folder, '1-license.jpg'));
    await writeFile(path.join(folder, '2-notes.jpg'), 'plain text, not a photo\n');
    await symlink(path.join(folder, 'nowhere.jpg'), path.join(folder, '3-dangling.jpg'));
    await writeFile(path.join(folder, '4-empty.webp'), Buffer.alloc(0));
    const truth = await readTruth(CLEAN);

    const run = await runCapturedCli(['scan', folder]);
    const lines = parseLines(run.stdout);

    expect(run.exitCode).toBe(1);
    expect(lines.map((line) => path.basename(String(line.file)))).toEqual([
      '1-license.jpg',
      '2-notes.jpg',
      '3-dangling.jpg',
      '4-empty.webp',
    ]);
    expect(lines.map((line) => line.errcode)).toEqual([0, 710006, 710012, 710004]);
    expect(Object.keys(lines[0]!).slice(0, 3)).toEqual(['file', 'errcode', 'errmsg']);
    expect(lines[0]).toMatchObject(truth);
    expect(run.stderr).toBe('4 files, 3 failed\n');
  });
});
