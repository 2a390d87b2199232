import type { LocalizedText } from './rule-kit/types.js';

export type Decoded = { text: string } | { error: LocalizedText; validPrefix: string };

/**
 * Length of the valid UTF-8 prefix of `bytes` (the offset of the first bad byte), by RFC 3629's table: the
 * second byte's range after E0, ED, F0 and F4 excludes overlong forms, surrogates and code points past U+10FFFF.
 */
function validUtf8Length(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    const second = bytes[i + 1];
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (size > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
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
