import segmentedWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Display width, counting a Chinese character as two columns. Printable ASCII (file names, numbers, rule ids)
 * is one column per character, which spares string-width's grapheme segmentation, the slow part of `stylish`.
 */
export function stringWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : segmentedWidth(text);
}

/** Pads to a display width, counting a Chinese character as two columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}
