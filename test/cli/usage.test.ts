import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { makeTemporaryFolder, parseLines, runCapturedCli } from './cli-helpers';

describe('bizlicense usage', () => {
  test('scan help lists every option with its default', async () => {
    const run = await runCapturedCli(['scan', '--help']);
    // Commander wraps help at 80 columns, so compare with the line breaks folded into spaces.
    const help = run.stdout.replace(/\s+/g, ' ');

    expect(run.exitCode).toBe(0);
    expect(help).toContain('-q, --quiet');
    expect(help).toContain('--debug-dir <dir>');
    expect(help).toMatch(/--max-bytes <bytes> [^-]*\(default: 20971520 \(20 MB\)\)/);
    expect(help).toMatch(/--max-pixels <pixels> [^-]*\(default: 40000000\)/);
    expect(help).toMatch(/--detect-size <pixels> [^-]*\(default: 960\)/);
  });

  test('help follows a Chinese locale', async () => {
    const run = await runCapturedCli(['scan', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('识别每张图片中的营业执照');
    expect(run.stdout).toContain('--max-bytes <bytes>');
    expect(run.stdout).toContain('拒绝大于此字节数的图片（默认：20971520 (20 MB)）');
    expect(run.stdout).toContain('显示该命令的帮助');
  });

  test('version prints the package version', async () => {
    const run = await runCapturedCli(['--version']);

    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test.each([
    ['no paths', ['scan']],
    ['unknown option', ['scan', '--frobnicate', 'a.jpg']],
    ['unknown command', ['convert', 'a.jpg']],
    ['non-numeric max bytes', ['scan', '--max-bytes', 'lots', 'a.jpg']],
    ['zero detect size', ['scan', '--detect-size', '0', 'a.jpg']],
    ['fractional max pixels', ['scan', '--max-pixels', '1.5', 'a.jpg']],
  ])('usage error exits 2: %s', async (_, argv) => {
    const run = await runCapturedCli(argv);

    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/error/i);
  });

  test('folder without images exits 2', async () => {
    const folder = await makeTemporaryFolder('bizlicense-cli-empty-');
    await mkdir(path.join(folder, 'nested'));

    const run = await runCapturedCli(['scan', folder]);

    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no image files');
  });

  test('folder without images among other paths is named in a warning', async () => {
    const folder = await makeTemporaryFolder('bizlicense-cli-empty-among-');
    const empty = path.join(folder, 'empty');
    await mkdir(empty);
    const missing = path.join(folder, 'gone.jpg');

    const run = await runCapturedCli(['scan', '--quiet', empty, missing]);

    expect(run.exitCode).toBe(1);
    expect(parseLines(run.stdout)).toEqual([expect.objectContaining({ file: missing, errcode: 710012 })]);
    expect(run.stderr).toBe(`warning: no image files (.jpg, .jpeg, .png, .webp) found in ${empty}; skipping it\n`);
  });
});
