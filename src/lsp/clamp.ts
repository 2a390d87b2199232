import type { FormattingOptions, Position, Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Request parameters are data from the client, never trusted as they come: a position or range is moved inside
 * the document, formatting options are kept to what formatting needs (a tabSize of 10⁹ made the JSON formatter
 * build an indentation string the size of memory, and the process aborted).
 */

const MAX_TAB_SIZE = 16;

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** A position inside the document: a line past the end is the end, a character past its line is the line's end. */
export function clampPosition(document: TextDocument, position: Position | undefined): Position {
  if (!position || !isWhole(position.line) || !isWhole(position.character)) return { line: 0, character: 0 };
  return document.positionAt(document.offsetAt({ line: Math.max(0, position.line), character: Math.max(0, position.character) }));
}

/** A range inside the document, its end not before its start. */
export function clampRange(document: TextDocument, range: Range | undefined): Range {
  const start = clampPosition(document, range?.start);
  const end = clampPosition(document, range?.end);
  return document.offsetAt(end) < document.offsetAt(start) ? { start, end: start } : { start, end };
}

/** Formatting options with a tab size of 1 to 16 and only boolean flags. */
export function clampFormatting(options: FormattingOptions | undefined): FormattingOptions {
  const tabSize = isWhole(options?.tabSize) ? Math.min(MAX_TAB_SIZE, Math.max(1, options.tabSize)) : 2;
  const clamped: FormattingOptions = { tabSize, insertSpaces: options?.insertSpaces !== false };
  for (const flag of ['trimTrailingWhitespace', 'insertFinalNewline', 'trimFinalNewlines'] as const) {
    if (typeof options?.[flag] === 'boolean') clamped[flag] = options[flag];
  }
  return clamped;
}
