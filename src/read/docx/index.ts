/**
 * A Word (.docx) file as a document: its body's paragraphs and tables in reading order, each paragraph on a line
 * of its own (a line break inside one starts a new line), automatic numbering written in as the page shows it.
 * Every stretch of the text keeps its paragraph's number, and a cell's its table, row and column.
 */
import type { LocalizedText } from '../../rule-kit/types.js';
import { compoundFileProblem, isCompoundFile } from '../compound-file.js';
import type { SourceDocument } from '../model.js';
import { PlacedTextBuilder } from '../placed-text.js';
import { BodyReader } from './body.js';
import { Numbering } from './numbering.js';
import { Styles } from './styles.js';
import { child, parseXml, type XmlElement } from './xml.js';

const MAIN_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

const WORD = { zh: 'Word 文档', en: 'Word document', modern: '.docx' };

export async function readDocx(bytes: Uint8Array): Promise<SourceDocument | { error: LocalizedText }> {
  // Saved with a password, or an old .doc renamed: a compound file, not a zip package.
  if (isCompoundFile(bytes)) return { error: compoundFileProblem(bytes, WORD) };
  let parts: { document: XmlElement; styles?: XmlElement; numbering?: XmlElement };
  try {
    parts = await openPackage(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: { zh: `无法读取 Word 文件（.docx）：${detail}`, en: `cannot read the Word (.docx) file: ${detail}` } };
  }
  const out = new PlacedTextBuilder();
  const body = child(parts.document, 'w:body');
  if (!body) return { error: { zh: '无法读取 Word 文件（.docx）：文档没有正文', en: 'cannot read the Word (.docx) file: the document has no body' } };
  const blocks = new BodyReader(out, new Styles(parts.styles), new Numbering(parts.numbering)).blocks(body);
  const { text, locate } = out.build();
  return { format: 'docx', text, blocks, locate, encoding: 'docx' };
}

async function openPackage(bytes: Uint8Array): Promise<{ document: XmlElement; styles?: XmlElement; numbering?: XmlElement }> {
  // Loaded on first use: checking JSON plans never pays for it.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    return file ? rootOf(await file.async('string')) : undefined;
  };
  const mainPath = (await mainDocumentPath(zip)) ?? 'word/document.xml';
  const document = await read(mainPath);
  if (!document || document.name !== 'w:document') throw new Error(mainPath === 'word/document.xml' ? '找不到 word/document.xml（不是 Word 文档）' : `找不到 ${mainPath}`);
  const folder = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  return { document, styles: await read(`${folder}styles.xml`), numbering: await read(`${folder}numbering.xml`) };
}

/** The main part named by the package's relationships (word/document.xml in nearly every file). */
async function mainDocumentPath(zip: import('jszip')): Promise<string | undefined> {
  const rels = zip.file('_rels/.rels');
  if (!rels) return undefined;
  const root = rootOf(await rels.async('string'));
  for (const node of root?.children ?? []) {
    if (!('name' in node) || node.attributes.Type !== MAIN_DOCUMENT) continue;
    return node.attributes.Target?.replace(/^\//u, '');
  }
  return undefined;
}

function rootOf(xml: string): XmlElement | undefined {
  return parseXml(xml)[0];
}
