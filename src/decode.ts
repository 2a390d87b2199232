import type { LocalizedText } from './rule-kit/types.js';

export type Decoded = { text: string } | { error: LocalizedText; validPrefix: string };

/** Length of the valid UTF-8 prefix of `bytes` (the offset of the first bad byte). */
function validUtf8Length(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += size;
  }
  return i;
}

/** Plans are UTF-8 JSON; other encodings are the importer's business. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const validPrefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, validUtf8Length(bytes)));
    return { error: { zh: '文件不是有效的 UTF-8 编码', en: 'the file is not valid UTF-8' }, validPrefix };
  }
}
