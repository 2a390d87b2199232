import iconv from 'iconv-lite';
import { decodeUtf8 } from '../decode.js';
import type { LocalizedText } from '../rule-kit/types.js';

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' } | { error: LocalizedText; validPrefix: string };

const NOT_TEXT: LocalizedText = {
  zh: '这不是文本文件（含有二进制数据）：请提供 .txt、.md、.docx、.xlsx、.csv 或 .pdf 格式的报告',
  en: 'not a text file (it holds binary data): give the report as .txt, .md, .docx, .xlsx, .csv or .pdf',
};

/**
 * A report's bytes as text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (which covers GBK and
 * GB2312) when that reads as Chinese text. Bytes that fit none give an error placed after the last good text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return { error: NOT_TEXT, validPrefix: '' };
  const asUtf8 = decodeUtf8(bytes);
  if ('text' in asUtf8) return { text: asUtf8.text, encoding: 'utf-8' };
  const asGb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  const badGb = asGb.indexOf('\ufffd');
  if (badGb < 0 && readsAsText(asGb)) return { text: asGb, encoding: 'gb18030' };
  // GB18030 text with a bad byte in it: the error stands at that byte, not where UTF-8 gave up (its first Chinese
  // character). Taken when GB18030 reads more of the bytes than UTF-8 did (UTF-8 text read as GB18030 soon meets a
  // byte it cannot decode) and what it reads is Chinese text.
  const gbPrefix = badGb < 0 ? '' : asGb.slice(0, badGb);
  if (gbPrefix.length > asUtf8.validPrefix.length && byteLength(gbPrefix, 'gb18030') > byteLength(asUtf8.validPrefix, 'utf8') && readsAsText(gbPrefix)) {
    return {
      error: { zh: '文件按 GB18030/GBK 编码读取，但此处的字节无法解码', en: 'the file reads as GB18030/GBK, but the bytes at this point cannot be decoded' },
      validPrefix: gbPrefix,
    };
  }
  return {
    error: { zh: '无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK（此处之后的字节无法解码）', en: 'unknown encoding: neither UTF-8 nor GB18030/GBK (the bytes after this point cannot be decoded)' },
    validPrefix: asUtf8.validPrefix,
  };
}

function utf8(bytes: Uint8Array): DecodedText {
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? { text: decoded.text, encoding: 'utf-8' } : decoded;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const bad = firstBadUtf16Unit(bytes, encoding === 'utf-16le');
  if (bad < 0) return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
  // The error stands at the first bad unit (a lone surrogate, an odd last byte), after the text before it.
  const validPrefix = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bad * 2));
  return { error: { zh: '文件以 UTF-16 字节序标记开头，但此处的内容不是有效的 UTF-16', en: 'the file starts with a UTF-16 byte order mark, but what follows this point is not valid UTF-16' }, validPrefix };
}

/** The index of the first 16-bit unit that is not valid UTF-16 (a lone surrogate, an odd last byte), or -1. */
function firstBadUtf16Unit(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length >> 1;
  const unit = (i: number) => (littleEndian ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  for (let i = 0; i < units; i++) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 1 < units && unit(i + 1) >= 0xdc00 && unit(i + 1) <= 0xdfff) i++;
      else return i;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return bytes.length % 2 === 1 ? units : -1;
}

function byteLength(text: string, encoding: 'gb18030' | 'utf8'): number {
  return encoding === 'utf8' ? Buffer.byteLength(text, 'utf8') : iconv.encode(text, 'gb18030').length;
}

/** NUL bytes, or control bytes beyond a few, mean a binary file (an image, an old .doc, a zip). */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control > Math.max(2, bytes.length / 200);
}

/** GB18030 decodes almost any bytes to something; real Chinese text is nearly all common characters. */
function readsAsText(text: string): boolean {
  let common = 0;
  let total = 0;
  for (const char of text) {
    total++;
    const code = char.codePointAt(0)!;
    if (
      (code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d ||
      (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2000 && code <= 0x206f) || (code >= 0x2460 && code <= 0x24ff) || code === 0xb7 || code === 0xd7
    ) common++;
  }
  return total === 0 || common / total >= 0.95;
}
