/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

import { makeTemporaryFolder, parseLines, runCapturedCli } from './cli-helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The IEND chunk (length 0, type, CRC) that closes every complete PNG. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Renders a printed page of Chinese text that is not a license, so every page stage runs and draws. */
function noticePage(): Buffer {
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'DebugZenHei');
  const canvas = createCanvas(1400, 1000);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 1400, 1000);
  context.fillStyle = '#111111';
  context.font = '48px DebugZenHei';
  ['停车场收费标准', '小型车每小时五元', '大型车每小时十元', '夜间二十二点后免费'].forEach((line, index) =>
    context.fillText(line, 200, 200 + index * 160),
  );
  return canvas.encode('jpeg', 92) as unknown as Buffer;
}

describe('bizlicense scan --debug-dir', () => {
  test('writes complete stage images per file', async () => {
    const work = await makeTemporaryFolder('bizlicense-cli-debug-');
    const input = path.join(work, 'notice.jpg');
    const debugDir = path.join(work, 'debug');
    await writeFile(input, await noticePage());

    const run = await runCapturedCli([
      'scan',
      '--quiet',
      '--detect-size',
      '704',
      '--debug-dir',
      debugDir,
      input,
      path.join(work, 'gone.jpg'),
    ]);
    const lines = parseLines(run.stdout);

    expect(run.exitCode).toBe(1);
    expect(lines.map((line) => line.errcode)).toEqual([101001, 710012]);
    expect((await readdir(debugDir)).sort()).toEqual(['gone', 'notice']);

    const written = (await readdir(path.join(debugDir, 'notice'))).sort();
    const images = written.filter((name) => name.endsWith('.png'));
    expect(written.filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(images.length).toBeGreaterThanOrEqual(3);
    expect(images[0]).toMatch(/^01-[a-z-]+\.png$/);
    expect(images.some((name) => name.includes('detected-boxes'))).toBe(true);
    for (const name of images) {
      const png = await readFile(path.join(debugDir, 'notice', name));
      expect({ name, start: png.subarray(0, 8) }).toEqual({ name, start: PNG_SIGNATURE });
      expect({ name, end: png.subarray(png.length - 12) }).toEqual({ name, end: PNG_END });
    }

    // The detection input is the page reduced to --detect-size on its long side; IHDR stores the width at byte 16.
    const detectInput = await readFile(path.join(debugDir, 'notice', images[0]!));
    expect(images[0]).toBe('01-detect-input.png');
    expect(detectInput.readUInt32BE(16)).toBe(704);

    const { file, ...printed } = lines[0]!;
    expect(file).toBe(input);
    expect(JSON.parse(await readFile(path.join(debugDir, 'notice', 'result.json'), 'utf8'))).toEqual(printed);
    expect(await readdir(path.join(debugDir, 'gone'))).toEqual(['result.json']);
  });

  test('a file as debug dir is a usage error before any scan', async () => {
    const work = await makeTemporaryFolder('bizlicense-cli-debug-file-');
    const notFolder = path.join(work, 'debug.txt');
    await writeFile(notFolder, 'already here\n');

    const run = await runCapturedCli(['scan', '--debug-dir', notFolder, path.join(work, 'gone.jpg')]);

    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `--debug-dir ${notFolder} is a file, not a folder; name a folder (it is created when missing) or move the file away\n`,
    );
  });

  test('a debug dir that cannot be created is a usage error', async () => {
    const work = await makeTemporaryFolder('bizlicense-cli-debug-under-file-');
    await writeFile(path.join(work, 'plain'), 'a file\n');
    const underFile = path.join(work, 'plain', 'debug');

    const run = await runCapturedCli(['scan', '--debug-dir', underFile, path.join(work, 'gone.jpg')], {
      env: { LANG: 'zh_CN.UTF-8' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`无法创建或写入 --debug-dir ${underFile}（ENOTDIR）；请指定有写入权限的文件夹\n`);
  });
});
