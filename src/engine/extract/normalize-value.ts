/** CJK ideographs, CJK punctuation and full-width forms: spaces next to them are layout, not text. */
const WIDE_CHAR = /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF\uF900-\uFAFF]/;

/**
 * Normalises a value the way WeChat returns it: drops the leading colon and every space that
 * touches a Chinese character or full-width symbol, and keeps all other characters as printed.
 * A leading dot or bullet (`•`, `·`, `●`, `▪`) is dropped too: no license value starts with one,
 * and the recogniser sometimes reads a speck in front of a value as one.
 */
export function normalizeValue(raw: string): string {
  const trimmed = raw.replace(/^[\s:：•·●▪]+/, '').trim().replace(/丶/g, '、');
  let result = '';

  for (let i = 0; i < trimmed.length; i += 1) {
    const char = trimmed[i] ?? '';
    if (!/\s/.test(char)) {
      result += char;
      continue;
    }

    const before = result[result.length - 1] ?? '';
    const after = nextNonSpace(trimmed, i);
    if (before === '' || after === '' || /\s/.test(before)) continue;
    if (WIDE_CHAR.test(before) || WIDE_CHAR.test(after)) continue;
    result += ' ';
  }

  return widenChinesePunctuation(result);
}

/** Full-width forms of the ASCII punctuation the recogniser confuses with them. */
const FULL_WIDTH: Readonly<Record<string, string>> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' };

/**
 * Turns ASCII brackets, commas, semicolons and colons that touch Chinese text into their full-width
 * forms: licenses print Chinese text with full-width punctuation, and the recogniser often returns
 * the ASCII look-alike. Brackets around ASCII only, such as `(1-1)`, stay as read.
 */
function widenChinesePunctuation(text: string): string {
  let result = '';

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const wide = FULL_WIDTH[char];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const touchesChinese = char === '(' ? WIDE_CHAR.test(after) : WIDE_CHAR.test(before);
    result += wide && touchesChinese ? wide : char;
  }

  return result;
}

/** Joins the lines of a wrapped value in reading order; wrapping adds no character of its own. */
export function joinWrappedLines(lines: readonly string[]): string {
  return normalizeValue(lines.map((line) => normalizeValue(line)).join(''));
}

function nextNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (!/\s/.test(char)) return char;
  }
  return '';
}
