/** CJK ideographs, CJK punctuation and full-width forms: spaces next to them are layout, not text. */
const WIDE_CHAR = /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF\uF900-\uFAFF]/;

/**
 * Normalises a value the way WeChat returns it: drops the leading colon and every space that
 * touches a Chinese character or full-width symbol, and keeps all other characters as printed.
 */
export function normalizeValue(raw: string): string {
  const trimmed = raw.replace(/^[\s:：]+/, '').trim();
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
