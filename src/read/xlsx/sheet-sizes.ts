/**
 * How many rows each sheet of a workbook holds, read from the package before the spreadsheet library loads it:
 * that library keeps every cell as an object (about 7 KB a row), so a 100 000-row sheet would take seconds and most
 * of a gigabyte before anything could be said about it.
 */
import type JSZip from 'jszip';
import { isElement, parseXml, type XmlElement } from '../docx/xml.js';

/** A sheet part whose XML is smaller than this holds too few rows to matter; only bigger ones are counted. */
const SMALL_PART = 2_000_000;

export interface SheetSize {
  name: string;
  rows: number;
}

/** The sheets whose parts are big, with their row counts (the highest row number the part writes). */
export async function bigSheets(zip: JSZip): Promise<SheetSize[]> {
  const found: SheetSize[] = [];
  const names = await sheetNamesByPart(zip);
  for (const [path, file] of Object.entries(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(path)) continue;
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? SMALL_PART + 1;
    if (size <= SMALL_PART) continue;
    const xml = await file.async('string');
    found.push({ name: names.get(path) ?? path, rows: lastRow(xml) });
  }
  return found;
}

/** The highest `<row r="…">` of a sheet part (rows are written in order, so the last one). */
function lastRow(xml: string): number {
  const at = xml.lastIndexOf('<row ');
  if (at < 0) return 0;
  const match = /\br="(\d+)"/u.exec(xml.slice(at, at + 200));
  if (match) return Number(match[1]);
  let count = 0;
  for (let i = xml.indexOf('<row '); i >= 0; i = xml.indexOf('<row ', i + 5)) count++;
  return count;
}

/** Sheet names by their part's path, from the workbook and its relationships. */
async function sheetNamesByPart(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const rel of elementsNamed(parseXml(rels), 'Relationship')) {
    const { Id: id, Target: target } = rel.attributes;
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const sheet of elementsNamed(parseXml(workbook), 'sheet')) {
    const part = targets.get(sheet.attributes['r:id'] ?? '');
    if (sheet.attributes.name && part) names.set(part, sheet.attributes.name);
  }
  return names;
}

function elementsNamed(nodes: XmlElement[], name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (list: readonly XmlElement[]) => {
    for (const node of list) {
      if (node.name === name) found.push(node);
      walk(node.children.filter(isElement));
    }
  };
  walk(nodes);
  return found;
}
