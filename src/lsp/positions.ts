import type { Range } from 'vscode-languageserver/node.js';
import type { SourceRange } from '../core/source-range.js';

/**
 * Core ranges are 1-based lines and columns in UTF-16 units (as the CLI prints them); LSP's are 0-based in the
 * same units. The core counts without a leading BOM, so when an editor keeps one in the text, the first line
 * shifts by one.
 */
export function toLspRange(range: SourceRange, text: string): Range {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const position = ({ line, column }: { line: number; column: number }) => ({
    line: line - 1,
    character: column - 1 + (line === 1 ? bom : 0),
  });
  return { start: position(range.start), end: position(range.end) };
}
