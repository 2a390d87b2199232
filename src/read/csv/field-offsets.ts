/** Where a field's words start in the file's text, and whether they stand there character for character. */
export interface FieldOffset {
  offset: number;
  /** False for a quoted field with doubled quotes inside, whose words the file spells differently. */
  exact: boolean;
}

/**
 * Where each parsed field stands in the CSV text, found by walking the text with the parsed values in hand: a field
 * is either its value as is, or its value quoted with inner quotes doubled. The walk stops at the first field that
 * is not where it should be (a file the parser had to be lenient with); those fields get no offset.
 */
export function fieldOffsets(text: string, records: readonly (readonly string[])[], delimiter: string): (FieldOffset | undefined)[][] {
  const out: (FieldOffset | undefined)[][] = [];
  let at = 0;
  let lost = false;
  for (const record of records) {
    const offsets: (FieldOffset | undefined)[] = [];
    out.push(offsets);
    if (lost) continue;
    for (let i = 0; i < record.length && !lost; i++) {
      if (i > 0) {
        if (!text.startsWith(delimiter, at)) lost = true;
        else at += delimiter.length;
      }
      const value = record[i];
      const quoted = `"${value.replaceAll('"', '""')}"`;
      if (text.startsWith(quoted, at)) {
        offsets.push({ offset: at + 1, exact: !value.includes('"') });
        at += quoted.length;
      } else if (text.startsWith(value, at)) {
        offsets.push({ offset: at, exact: true });
        at += value.length;
      } else lost = true;
    }
    if (lost) continue;
    // The record ends at a line break (or the end of the text).
    if (text.startsWith('\r\n', at)) at += 2;
    else if (text[at] === '\n' || text[at] === '\r') at += 1;
    else if (at < text.length) lost = true;
  }
  return out;
}
