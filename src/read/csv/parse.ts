import { CsvError, parse, type Options } from 'csv-parse/sync';
import type { LocalizedText } from '../../rule-kit/types.js';

/** The delimiters CSV files are written with: Excel's comma, the semicolon of locales with a decimal comma, tab, bar. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
/** How many records decide the delimiter. */
const SAMPLE = 60;

const OPTIONS: Options = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false };

/**
 * The file's line break, as csv-parse would discover it (the first one in the text), found here in one pass and
 * given to it: its own discovery copies the text again at every chunk, which on a long first record is quadratic.
 */
export function recordDelimiter(text: string): string {
  const at = text.search(/[\r\n]/u);
  if (at < 0) return '\n';
  return text.charAt(at) === '\r' ? (text.charAt(at + 1) === '\n' ? '\r\n' : '\r') : '\n';
}

/**
 * The delimiter that splits the opening records most regularly: the most records with one and the same number of
 * fields (more than one), and of two such, the one giving more fields.
 */
export async function sniffDelimiter(text: string): Promise<string> {
  let best: { delimiter: string; regular: number; width: number } = { delimiter: ',', regular: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    let records: string[][];
    try {
      records = parse(text, { ...OPTIONS, delimiter, record_delimiter: recordDelimiter(text), to: SAMPLE }) as string[][];
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const record of records) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    for (const [width, regular] of counts) {
      if (regular > best.regular || (regular === best.regular && width > best.width)) best = { delimiter, regular, width };
    }
  }
  return best.delimiter;
}

/** Every record's fields (RFC 4180 quoting, ragged rows allowed), or where the file stops being CSV. */
export async function parseRecords(text: string, delimiter: string): Promise<{ records: string[][] } | { error: LocalizedText; at: number }> {
  try {
    return { records: parse(text, { ...OPTIONS, delimiter, record_delimiter: recordDelimiter(text) }) as string[][] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = error instanceof CsvError ? Number((error as CsvError & { lines?: number }).lines ?? 0) : 0;
    return {
      error: { zh: `无法读取 CSV 文件：${detail}`, en: `cannot read the CSV file: ${detail}` },
      at: offsetOfLine(text, line),
    };
  }
}

function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line && at >= 0; n++) at = text.indexOf('\n', at) + 1 || -1;
  return at < 0 ? text.length : at;
}
