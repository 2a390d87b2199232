/**
 * CSV records read in one pass, as Excel opens a file it did not write: RFC 4180 quoting (a quoted field may hold
 * delimiters, line breaks and doubled quotes), a quote inside an unquoted field is a character like any other,
 * words after a closing quote stay in the field, and a quote never closed runs to the end of the text. Every text is
 * some CSV, so nothing is refused and nothing dropped. Records may differ in length (the table evens them).
 *
 * Written here rather than taken from a parser library: the one used before built an error object, with a stack
 * trace and deep copies of its state, for every record whose length differed from the first's, even when told to
 * accept them (64 000 blank lines in a CSV took 1.3 s to parse; this pass takes a few milliseconds).
 */

/** Where a field's words start in the file's text, and whether they stand there character for character. */
export interface FieldOffset {
  offset: number;
  /** False for a quoted field whose words the file spells differently (doubled quotes, words after the closing quote). */
  exact: boolean;
}

export interface CsvRecords {
  records: string[][];
  offsets: FieldOffset[][];
}

/** The records of `text`, fields parted by `delimiter` (one character) and records by `lineBreak`; at most `limit`. */
export function readRecords(text: string, delimiter: string, lineBreak: string, limit = Number.POSITIVE_INFINITY): CsvRecords {
  const records: string[][] = [];
  const offsets: FieldOffset[][] = [];
  const breakFirst = lineBreak.charAt(0);
  let i = 0;
  while (i < text.length && records.length < limit) {
    const record: string[] = [];
    const places: FieldOffset[] = [];
    for (;;) {
      let value: string;
      let place: FieldOffset;
      if (text.charAt(i) === '"') {
        ({ value, end: i, exact: place } = quoted(text, i, delimiter, breakFirst, lineBreak));
      } else {
        const start = i;
        i = fieldEnd(text, i, delimiter, breakFirst, lineBreak);
        value = text.slice(start, i);
        place = { offset: start, exact: true };
      }
      record.push(value);
      places.push(place);
      if (text.charAt(i) === delimiter) {
        i++;
        continue;
      }
      if (i < text.length) i += lineBreak.length;
      break;
    }
    records.push(record);
    offsets.push(places);
  }
  return { records, offsets };
}

/** A quoted field from its opening quote at `at`: its value, where it ends (at a delimiter, a line break or the end), and its place. */
function quoted(text: string, at: number, delimiter: string, breakFirst: string, lineBreak: string): { value: string; end: number; exact: FieldOffset } {
  let value = '';
  let exact = true;
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) {
      // Never closed: the rest of the text is the field.
      return { value: value + text.slice(from), end: text.length, exact: { offset: at + 1, exact: false } };
    }
    value += text.slice(from, quote);
    if (text.charAt(quote + 1) === '"') {
      value += '"';
      exact = false;
      from = quote + 2;
      continue;
    }
    // Closed: words before the next delimiter or line break stay in the field.
    const end = fieldEnd(text, quote + 1, delimiter, breakFirst, lineBreak);
    if (end > quote + 1) {
      value += text.slice(quote + 1, end);
      exact = false;
    }
    return { value, end, exact: { offset: at + 1, exact } };
  }
}

/** Where a field's words from `at` end: at the next delimiter, line break or the end of the text (one character at a time, so a file without delimiters is still read once). */
function fieldEnd(text: string, at: number, delimiter: string, breakFirst: string, lineBreak: string): number {
  let end = at;
  while (end < text.length && text.charAt(end) !== delimiter && !(text.charAt(end) === breakFirst && text.startsWith(lineBreak, end))) end++;
  return end;
}
