/**
 * Full-width ASCII forms (（一）, １．, ：) folded to their half-width twins, one UTF-16 unit for one, so a
 * pattern written once matches both widths and every offset found in the folded text is valid in the original.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}
