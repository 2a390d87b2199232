import type { FormattingOptions } from 'jsonc-parser';

const SAMPLE_LINES = 500;

/** How a file is indented (tabs, or the smallest step of spaces) and its line ending, from its first lines. */
export function detectIndentation(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let smallest = Number.POSITIVE_INFINITY;
  let lineStart = 0;
  for (let line = 0; line < SAMPLE_LINES && lineStart < text.length; line++) {
    const first = text[lineStart];
    if (first === '\t') return { insertSpaces: false, tabSize: 4, eol };
    let width = 0;
    while (text[lineStart + width] === ' ') width++;
    if (width > 0 && width < smallest) smallest = width;
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return { insertSpaces: true, tabSize: Number.isFinite(smallest) ? smallest : 2, eol };
}
