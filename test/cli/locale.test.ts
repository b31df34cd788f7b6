import { translateCommanderError } from '../../src/cli/commander-chinese';
import { runCapturedCli } from './cli-helpers';

const CHINESE = { LANG: 'zh_CN.UTF-8' };
const HINT = '（加上 --help 查看用法）\n';

describe('bizlicense messages in a Chinese locale', () => {
  test.each([
    ['no paths', ['scan'], "错误：缺少必需的参数 'paths'\n"],
    ['misspelt option', ['scan', '--quite', 'a.jpg'], "错误：未知选项 '--quite'\n（是否想输入 --quiet？）\n"],
    ['unknown short option', ['scan', '-x', 'a.jpg'], "错误：未知选项 '-x'\n"],
    ['misspelt command', ['sacn', 'a.jpg'], "错误：未知命令 'sacn'\n（是否想输入 scan？）\n"],
    [
      'invalid option value',
      ['scan', '--max-bytes', 'lots', 'a.jpg'],
      '错误：选项 \'--max-bytes <bytes>\' 的值 \'lots\' 无效。需要正整数，实际为 "lots"\n',
    ],
    ['option without value', ['scan', 'a.jpg', '--detect-size'], "错误：选项 '--detect-size <pixels>' 缺少值\n"],
  ])('usage error: %s', async (_, argv, message) => {
    const run = await runCapturedCli(argv, { env: CHINESE });

    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${message}${HINT}`);
  });

  test('top-level help titles and help entries', async () => {
    const run = await runCapturedCli(['--help'], { env: CHINESE });
    const lines = run.stdout.split('\n');

    expect(run.exitCode).toBe(0);
    expect(lines[0]).toBe('用法： bizlicense [options] [command]');
    expect(lines).toContain('选项：');
    expect(lines).toContain('命令：');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}-h, --help +显示该命令的帮助$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}help \[command\] +显示某个命令的帮助$/));
    expect(run.stdout).not.toMatch(/Usage|Options|Commands|display help/);
  });

  test('help command shows scan help', async () => {
    const run = await runCapturedCli(['help', 'scan'], { env: CHINESE });
    const lines = run.stdout.split('\n');

    expect(run.exitCode).toBe(0);
    expect(lines[0]).toBe('用法： bizlicense scan [options] <paths...>');
    expect(lines).toContain('参数：');
    expect(lines).toContain('选项：');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}paths +图片文件或文件夹$/));
  });
});

describe('bizlicense messages in other locales', () => {
  test('usage error stays English', async () => {
    const run = await runCapturedCli(['scan', '--quite', 'a.jpg'], { env: { LANG: 'de_DE.UTF-8' } });

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("error: unknown option '--quite'\n(Did you mean --quiet?)\n(add --help for usage)\n");
  });

  test('help stays English', async () => {
    const run = await runCapturedCli(['--help']);

    expect(run.stdout.split('\n')[0]).toBe('Usage: bizlicense [options] [command]');
    expect(run.stdout).toMatch(/ {2}help \[command\] +show help for a command\n/);
  });
});

describe('translateCommanderError', () => {
  // These shapes cannot be reached with the options bizlicense has today; the inputs are commander 14's wording.
  test.each([
    [
      "error: too many arguments for 'scan'. Expected 1 argument but got 2.\n",
      "错误：命令 'scan' 的参数过多：应为 1 个，实际为 2 个。\n",
    ],
    ["error: required option '--out <file>' not specified\n", "错误：缺少必需的选项 '--out <file>'\n"],
    [
      "error: command-argument value 'x' is invalid for argument 'count'. expected a number\n",
      "错误：参数 'count' 的值 'x' 无效。expected a number\n",
    ],
    ["error: unknown option '--quite'\n(Did you mean one of --quiet, --quit?)\n", "错误：未知选项 '--quite'\n（是否想输入以下之一：--quiet、--quit？）\n"],
    ["error: something new\n", '错误：something new\n'],
  ])('%j', (english, chinese) => {
    expect(translateCommanderError(english)).toBe(chinese);
  });
});
