import { spawn } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { makeTemporaryFolder, parseLines, runCapturedCli } from './cli-helpers';

const ROOT = path.join(__dirname, '..', '..');
const TEXT = Buffer.from('not an image\n', 'utf8');

describe('bizlicense scan failures', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await makeTemporaryFolder('bizlicense-cli-bad-');
    await writeFile(path.join(folder, 'a-text.jpg'), TEXT);
    await symlink(path.join(folder, 'missing-target.jpg'), path.join(folder, 'b-dangling.jpg'));
    await writeFile(path.join(folder, 'notes.txt'), TEXT);
    await writeFile(path.join(folder, '.hidden.jpg'), TEXT);
    await mkdir(path.join(folder, 'sub'));
    await writeFile(path.join(folder, 'sub', 'c-empty.PNG'), Buffer.alloc(0));
  });

  test('folder batch keeps order and codes', async () => {
    const run = await runCapturedCli(['scan', folder, path.join(folder, 'notes.txt')]);
    const lines = parseLines(run.stdout);

    expect(run.exitCode).toBe(1);
    expect(lines.map((line) => line.file)).toEqual([
      path.join(folder, 'a-text.jpg'),
      path.join(folder, 'b-dangling.jpg'),
      path.join(folder, 'sub', 'c-empty.PNG'),
      path.join(folder, 'notes.txt'),
    ]);
    expect(lines.map((line) => line.errcode)).toEqual([710006, 710012, 710004, 710006]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'errcode', 'errmsg', 'message']);
    }
    expect(run.stderr).toBe('4 files, 4 failed\n');
  });

  test('missing single file prints indented error', async () => {
    const run = await runCapturedCli(['scan', path.join(folder, 'no-such-file.jpg')]);

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^\{\n {2}"errcode": 710012,/);
    expect(JSON.parse(run.stdout)).toEqual({
      errcode: 710012,
      errmsg: 'file read failed: ENOENT; check that the file exists and is readable',
      message: '无法读取该文件，请检查文件是否存在以及读取权限。',
    });
  });

  test('file over max bytes is not read', async () => {
    const run = await runCapturedCli(['scan', '--max-bytes', '5', path.join(folder, 'a-text.jpg')]);

    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ errcode: 710005 });
  });

  const runningAsRoot = process.getuid?.() === 0;
  (runningAsRoot ? test.skip : test)('unreadable file reports EACCES', async () => {
    const locked = path.join(folder, 'locked.jpg');
    await writeFile(locked, TEXT);
    await chmod(locked, 0o000);

    const run = await runCapturedCli(['scan', locked]);

    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ errcode: 710012, errmsg: expect.stringContaining('EACCES') });
  });

  (runningAsRoot ? test.skip : test)('unreadable folder is one failed input', async () => {
    const parent = await makeTemporaryFolder('bizlicense-cli-locked-');
    const locked = path.join(parent, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o000);

    const run = await runCapturedCli(['scan', parent]);

    await chmod(locked, 0o700);
    expect(run.exitCode).toBe(1);
    expect(parseLines(run.stdout)).toEqual([
      expect.objectContaining({ file: locked, errcode: 710012, errmsg: expect.stringContaining('EACCES') }),
    ]);
  });

  test('progress bar only on a terminal', async () => {
    const terminal = await runCapturedCli(['scan', folder], { stderrIsTTY: true });
    const quiet = await runCapturedCli(['scan', '--quiet', folder], { stderrIsTTY: true });

    expect(terminal.stderr).toContain('\r[------------------------] 0/3');
    expect(terminal.stderr).toContain('\r\u001b[2K');
    expect(terminal.stderr.endsWith('3 files, 3 failed\n')).toBe(true);
    expect(quiet.stderr).toBe('');
    expect(parseLines(quiet.stdout)).toHaveLength(3);
  });

  test('progress bar is erased before each result line on a shared terminal', async () => {
    const first = path.join(folder, 'a-text.jpg');
    const second = path.join(folder, 'sub', 'c-empty.PNG');

    const run = await runCapturedCli(['scan', first, second], { stderrIsTTY: true });
    const [firstLine, secondLine] = run.stdout.split('\n');
    const erase = '\r\u001b[2K';

    expect(run.exitCode).toBe(1);
    expect(run.combined).toBe(
      `\r[------------------------] 0/2${erase}${firstLine}\n` +
        `\r[############------------] 1/2, 1 failed${erase}${secondLine}\n` +
        `\r[########################] 2/2, 2 failed${erase}` +
        '2 files, 2 failed\n',
    );
  });

  test('summary follows a Chinese locale', async () => {
    const run = await runCapturedCli(['scan', folder], { env: { LC_ALL: 'zh_CN.UTF-8' } });

    expect(run.stderr).toBe('共 3 个文件，失败 3 个\n');
    expect(parseLines(run.stdout)[0]).toMatchObject({
      errcode: 710006,
      errmsg: expect.stringMatching(/^unsupported image type/),
      message: '不支持该文件格式，请选择 JPG 或 PNG 格式的照片。',
    });
  });
});

describe('bizlicense scan as a child process', () => {
  test('closed stdout ends quietly', async () => {
    const folder = await makeTemporaryFolder('bizlicense-cli-pipe-');
    // Enough output to overflow the pipe buffer, so the child writes after the reader has gone.
    await Promise.all(Array.from({ length: 3000 }, (_, index) => writeFile(path.join(folder, `${index}.jpg`), TEXT)));

    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'src/cli/main.ts', 'scan', '--quiet', folder], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());

    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
  });
});
