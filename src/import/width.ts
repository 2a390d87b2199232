/**
 * Full-width ASCII forms (（一）, １．, ：) folded to their half-width twins, one UTF-16 unit for one, so a
 * pattern written once matches both widths and every offset found in the folded text is valid in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}
