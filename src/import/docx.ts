import type { LocalizedText } from '../rule-kit/types.js';

/**
 * A Word (.docx) report's words, one paragraph a line, so a diagnostic's line is the paragraph's number.
 * mammoth gives raw text with a blank line after each paragraph.
 */
export async function readDocxText(bytes: Uint8Array): Promise<{ text: string } | { error: LocalizedText }> {
  try {
    // Loaded on first use: checking JSON plans never pays for it.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: value.replace(/\r\n?/gu, '\n').replace(/\n\n/gu, '\n').replace(/\n+$/u, '\n') };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: { zh: `无法读取 Word 文件（.docx）：${detail}`, en: `cannot read the Word (.docx) file: ${detail}` } };
  }
}
