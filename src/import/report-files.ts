import { extname } from 'node:path';
import { isEncryptedPackage } from '../read/compound-file.js';
import type { LocalizedText } from '../rule-kit/types.js';

/** How a report file is read: its extension decides. `doc` (.doc, .wps) is converted to .docx before it is read. */
export type ReportFormat = 'text' | 'markdown' | 'docx' | 'csv' | 'xlsx' | 'pdf' | 'doc';

const FORMATS: Record<string, ReportFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.csv': 'csv',
  '.pdf': 'pdf',
  '.doc': 'doc',
  '.wps': 'doc',
};

/** Files imported as reports rather than parsed as plan JSON. */
export const REPORT_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

export function reportFormat(file: string): ReportFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

export function isReportFile(file: string): boolean {
  return reportFormat(file) !== undefined;
}

/** What `rectlint check` reads a file as: plan JSON, or a report in one of the formats above. */
export type FileFormat = 'json' | ReportFormat;

/** Every extension `rectlint check` reads, plans first. */
export const READABLE_EXTENSIONS: readonly string[] = ['.json', ...REPORT_EXTENSIONS];

/**
 * The format `rectlint check` reads a named file in, by its extension, or undefined for a file type it does not
 * read: front ends that take files from users (the workbench's upload) ask this rather than keep a list.
 */
export function fileFormat(file: string): FileFormat | undefined {
  return extname(file).toLowerCase() === '.json' ? 'json' : reportFormat(file);
}

/**
 * File types units submit that `rectlint check` does not read (yet). A file of one is reported as such, naming
 * its type and the formats that are read, instead of being decoded as text. A new reader takes its extension out
 * of this table and puts it in FORMATS above; nothing else changes.
 */
const NOT_READ: Record<string, LocalizedText> = {
  '.xls': { zh: 'Excel 97-2003 工作簿', en: 'an Excel 97-2003 workbook' },
  '.et': { zh: 'WPS 表格', en: 'a WPS Spreadsheets file' },
  '.ods': { zh: 'OpenDocument 表格', en: 'an OpenDocument spreadsheet' },
  '.ofd': { zh: 'OFD 版式文档', en: 'an OFD document' },
  '.rtf': { zh: 'RTF 文档', en: 'an RTF document' },
  '.odt': { zh: 'OpenDocument 文本', en: 'an OpenDocument text' },
  '.ppt': { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
  '.pptx': { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
  '.png': { zh: '图片', en: 'an image' },
  '.jpg': { zh: '图片', en: 'an image' },
  '.jpeg': { zh: '图片', en: 'an image' },
  '.tif': { zh: '图片', en: 'an image' },
  '.tiff': { zh: '图片', en: 'an image' },
  '.zip': { zh: '压缩包', en: 'a ZIP archive' },
  '.rar': { zh: '压缩包', en: 'a RAR archive' },
  '.7z': { zh: '压缩包', en: 'a 7z archive' },
  // A 通报 saved from the unit's website: its words copied into a .txt are read.
  '.html': { zh: '网页', en: 'a web page' },
  '.htm': { zh: '网页', en: 'a web page' },
  '.mht': { zh: '网页存档', en: 'a web archive' },
  '.mhtml': { zh: '网页存档', en: 'a web archive' },
};

/** Extensions of the file types `rectlint check` knows and does not read. */
export const NOT_READ_EXTENSIONS: readonly string[] = Object.keys(NOT_READ);

/** What the first bytes of a file say it holds, for a file whose name claims a type that is read. */
const SIGNATURES: readonly { bytes: readonly number[]; kind: LocalizedText; extensions: readonly string[] }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: { zh: 'PDF 文档', en: 'a PDF document' }, extensions: ['.pdf'] },
  // An OLE compound file: Word, Excel or WPS before 2007 (a .doc renamed .docx is common). A .docx or .xlsx saved
  // with a password is one too: its reader says so (see isEncryptedPackage).
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: { zh: 'Word/Excel 97-2003 或 WPS 文件', en: 'a Word/Excel 97-2003 or WPS file' }, extensions: ['.doc', '.wps'] },
  // A ZIP archive is what a .docx or .xlsx is; named otherwise it is a presentation or an archive.
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: { zh: 'ZIP 格式的文件（如 .pptx 或压缩包）', en: 'a ZIP-based file (such as .pptx or an archive)' }, extensions: ['.docx', '.xlsx', '.xlsm', '.doc', '.wps'] },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: { zh: '图片', en: 'an image' }, extensions: [] },
  { bytes: [0xff, 0xd8, 0xff], kind: { zh: '图片', en: 'an image' }, extensions: [] },
];

function sniff(bytes: Uint8Array, extension: string): LocalizedText | undefined {
  if ((extension === '.docx' || FORMATS[extension] === 'xlsx') && isEncryptedPackage(bytes)) return undefined;
  for (const signature of SIGNATURES) {
    if (signature.extensions.includes(extension) || bytes.length < signature.bytes.length) continue;
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) return signature.kind;
  }
  return undefined;
}

/** Chinese puts a space between a character and a Latin word: 这是 PDF 文档, 这是图片. */
function afterZh(text: string): string {
  return /^[A-Za-z]/.test(text) ? ` ${text}` : text;
}

function readableList(en: boolean): string {
  const reports = REPORT_EXTENSIONS.join(en ? ', ' : '、');
  return en ? `rectlint reads plans (.json) and reports (${reports})` : `rectlint 读取整改方案（.json）和报告（${reports}）`;
}

/**
 * Why `rectlint check` does not read this file, or undefined when it does: a type it does not read, by the
 * extension, or bytes that are not what the name says (a PDF named .json, a .doc renamed .docx).
 */
export function notReadMessage(file: string, bytes?: Uint8Array): LocalizedText | undefined {
  const extension = extname(file).toLowerCase();
  const kind = NOT_READ[extension];
  if (kind) {
    return {
      zh: `无法读取：这是${afterZh(kind.zh)}（${extension}），${readableList(false)}；请另存为其中一种格式后再检查`,
      en: `cannot read this file: it is ${kind.en} (${extension}); ${readableList(true)}. Save it in one of these formats and check again`,
    };
  }
  const held = bytes && fileFormat(file) !== undefined ? sniff(bytes, extension) : undefined;
  if (!held) return undefined;
  return {
    zh: `无法读取：文件名为 ${extension}，内容却是${afterZh(held.zh)}；${readableList(false)}`,
    en: `cannot read this file: it is named ${extension} but holds ${held.en}; ${readableList(true)}`,
  };
}
