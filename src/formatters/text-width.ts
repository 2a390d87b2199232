import { eastAsianWidth } from 'get-east-asian-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Code points that take no column of their own: marks, joiners, variation selectors and other default-ignorables. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Display width, counting a Chinese character as two columns, in one pass over the code points. Not
 * string-width: its grapheme segmentation (Intl.Segmenter) takes time super-linear in the length, seconds for
 * a 40 000-character status. Code points are weighed one by one (a pictograph joined to the one before it by a
 * zero-width joiner adds nothing), which agrees with string-width on the text plans hold.
 */
export function stringWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  let joined = false;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const joiner = joined;
    joined = code === 0x200d;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (code < 0x7f) {
      width++;
      continue;
    }
    if (ZERO_WIDTH.test(character) || (code >= 0xd800 && code <= 0xdfff)) continue;
    // A pictograph after a zero-width joiner is drawn into the one before it (👨‍👩‍👧 is one emoji).
    if (PICTOGRAPHIC.test(character) && code > 0xff) width += joiner ? 0 : 2;
    else width += eastAsianWidth(code);
  }
  return width;
}

/** Pads to a display width, counting a Chinese character as two columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

/** The widest of some texts (a loop, not Math.max(...list): spreading a list of 100 000 rows overflows the stack). */
export function widest(texts: Iterable<string>, floor = 0): number {
  let width = floor;
  for (const text of texts) width = Math.max(width, stringWidth(text));
  return width;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Plan text as one terminal line: line breaks with the blanks around them become one space, and other control
 * characters (an ESC would start a terminal escape sequence) become U+FFFD. Linear: a regular expression such as
 * /\s*\n\s*\/ backtracks quadratically over a long run of blanks with no line break.
 */
export function oneLine(text: string): string {
  if (!CONTROL.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines.length - 1;
  const joined = lines.length === 1 ? text : lines.map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim())).filter((line, i) => line !== '' || i === 0 || i === last).join(' ');
  return joined.replace(/\t/g, ' ').replace(CONTROLS, '\ufffd');
}
