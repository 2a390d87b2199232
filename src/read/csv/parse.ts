import { readRecords } from './records.js';

/** The delimiters CSV files are written with: Excel's comma, the semicolon of locales with a decimal comma, tab, bar. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
/** How many records decide the delimiter. */
const SAMPLE = 60;

/** The file's line break: the first one in the text (CRLF, LF or a lone CR); a lone LF elsewhere in a CRLF file is part of a field. */
export function recordDelimiter(text: string): string {
  const at = text.search(/[\r\n]/u);
  if (at < 0) return '\n';
  return text.charAt(at) === '\r' ? (text.charAt(at + 1) === '\n' ? '\r\n' : '\r') : '\n';
}

/**
 * The delimiter that splits the opening records most regularly: the most records with one and the same number of
 * fields (more than one), and of two such, the one giving more fields.
 */
export function sniffDelimiter(text: string, lineBreak = recordDelimiter(text)): string {
  let best: { delimiter: string; regular: number; width: number } = { delimiter: ',', regular: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    const { records } = readRecords(text, delimiter, lineBreak, SAMPLE);
    const counts = new Map<number, number>();
    for (const record of records) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    for (const [width, regular] of counts) {
      if (regular > best.regular || (regular === best.regular && width > best.width)) best = { delimiter, regular, width };
    }
  }
  return best.delimiter;
}
