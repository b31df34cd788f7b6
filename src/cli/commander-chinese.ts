/**
 * Chinese wording for the English-only messages that commander 14 builds in lib/command.js. Each known
 * shape is rebuilt with flags and values kept as typed, and an unknown shape keeps its English body.
 */
interface ErrorShape {
  pattern: RegExp;
  chinese: (...parts: string[]) => string;
}

const ERROR_SHAPES: readonly ErrorShape[] = [
  { pattern: /^missing required argument '(.+)'$/, chinese: (name) => `缺少必需的参数 '${name}'` },
  { pattern: /^option '(.+)' argument missing$/, chinese: (flags) => `选项 '${flags}' 缺少值` },
  {
    pattern: /^option '(.+)' argument '(.*)' is invalid\. ?(.*)$/s,
    chinese: (flags, value, reason) => `选项 '${flags}' 的值 '${value}' 无效。${reason}`,
  },
  {
    pattern: /^command-argument value '(.*)' is invalid for argument '(.+)'\. ?(.*)$/s,
    chinese: (value, name, reason) => `参数 '${name}' 的值 '${value}' 无效。${reason}`,
  },
  { pattern: /^required option '(.+)' not specified$/, chinese: (flags) => `缺少必需的选项 '${flags}'` },
  { pattern: /^unknown option '(.+)'$/, chinese: (flag) => `未知选项 '${flag}'` },
  { pattern: /^unknown command '(.+)'$/, chinese: (name) => `未知命令 '${name}'` },
  {
    pattern: /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    chinese: (command, expected, received) =>
      `${command ? `命令 '${command}' 的` : ''}参数过多：应为 ${expected} 个，实际为 ${received} 个。`,
  },
];

/** Translates the "(Did you mean …?)" line that commander adds after an unknown option or command. */
function translateSuggestion(suggestion: string): string {
  const several = /^\(Did you mean one of (.+)\?\)$/.exec(suggestion);
  if (several) {
    return `（是否想输入以下之一：${several[1]!.split(', ').join('、')}？）`;
  }

  const single = /^\(Did you mean (.+)\?\)$/.exec(suggestion);
  return single ? `（是否想输入 ${single[1]}？）` : suggestion;
}

function translateBody(body: string): string {
  for (const { pattern, chinese } of ERROR_SHAPES) {
    const match = pattern.exec(body);
    if (match) {
      return chinese(...match.slice(1).map((part) => part ?? ''));
    }
  }
  return body;
}

/** Translates one error text as commander writes it: `error: …`, an optional suggestion line, a newline. */
export function translateCommanderError(text: string): string {
  const trailing = text.endsWith('\n') ? '\n' : '';
  const [first = '', ...rest] = text.slice(0, text.length - trailing.length).split('\n');
  const body = first.startsWith('error: ') ? first.slice('error: '.length) : first;

  const lines = [`错误：${translateBody(body)}`, ...rest.map(translateSuggestion)];
  return `${lines.join('\n')}${trailing}`;
}

const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};

/** Translates a help section title such as `Options:`; an unknown title stays as it is. */
export function translateHelpTitle(title: string): string {
  return HELP_TITLES[title] ?? title;
}
