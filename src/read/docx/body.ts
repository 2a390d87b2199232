/**
 * The body of a Word document (document.xml) in reading order: paragraphs with their style facts and automatic
 * numbering, and tables as regular grids with their merged cells (gridSpan across, vMerge down).
 */
import type { SourcePlace } from '../../core/source-range.js';
import type { Block, ParagraphBlock, TableBlock, TableCell } from '../model.js';
import type { PlacedTextBuilder } from '../placed-text.js';
import type { Numbering } from './numbering.js';
import { numberingOf, type Styles } from './styles.js';
import { child, childrenNamed, childValue, isElement, type XmlElement } from './xml.js';

// Containers whose content Word shows in line with the paragraph (links, tracked insertions, content controls).
const TRANSPARENT = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:customXml', 'w:moveTo', 'w:dir', 'w:bdo']);
// What Word does not show, or shows elsewhere: deleted text, field codes, footnote marks, drawings.
const HIDDEN = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:rPr', 'w:pPr', 'w:drawing', 'w:pict', 'w:object', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

export class BodyReader {
  private paragraphCount = 0;
  private tableCount = 0;

  constructor(
    private readonly out: PlacedTextBuilder,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** The blocks of a body-like element (w:body, a cell, a content control), in order. */
  blocks(container: XmlElement): Block[] {
    const blocks: Block[] = [];
    for (const node of container.children) {
      if (!isElement(node)) continue;
      if (node.name === 'w:p') blocks.push(this.paragraph(node));
      else if (node.name === 'w:tbl') blocks.push(this.table(node));
      else if (node.name === 'w:sdt') blocks.push(...this.blocks(child(node, 'w:sdtContent') ?? node));
      else if (node.name === 'w:customXml') blocks.push(...this.blocks(node));
    }
    return blocks;
  }

  private paragraph(p: XmlElement, cell?: Omit<SourcePlace, 'paragraph'>): ParagraphBlock {
    const number = ++this.paragraphCount;
    const pPr = child(p, 'w:pPr');
    const style = this.styles.facts(childValue(pPr, 'w:pStyle'));
    const own = numberingOf(pPr);
    const numId = own?.numId ?? style.numbering?.numId;
    const level = own?.level ?? style.numbering?.level ?? 0;
    const numbered = numId && numId !== '0' ? this.numbering.next(numId, level) : undefined;

    const place: SourcePlace = { ...cell, paragraph: number };
    const words = runText(p);
    const marker = numbered?.marker ? `${numbered.marker}` : '';
    const span = this.out.append(marker + words, place);
    this.out.newline();

    const block: ParagraphBlock = { kind: 'paragraph', span };
    const outline = childValue(pPr, 'w:outlineLvl');
    const headingLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.headingLevel;
    if (headingLevel !== undefined) block.headingLevel = headingLevel;
    if (style.title) block.title = true;
    if (numbered) block.list = { level: numbered.level, marker, bullet: numbered.bullet };
    if (words.trim() !== '' && allRunsBold(p)) block.bold = true;
    return block;
  }

  private table(tbl: XmlElement): TableBlock {
    const table = ++this.tableCount;
    const start = this.out.offset;
    const rows: TableCell[][] = [];
    // The column each open vertical merge started in: grid column → the row and column of its first cell.
    const openMerges = new Map<number, { row: number; column: number }>();
    for (const tr of childrenNamed(tbl, 'w:tr')) {
      const rowIndex = rows.length;
      const row: TableCell[] = [];
      const trPr = child(tr, 'w:trPr');
      for (let i = Number(childValue(trPr, 'w:gridBefore') ?? 0); i > 0; i--) row.push(this.emptyCell());
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(childValue(tcPr, 'w:gridSpan') ?? 1) || 1);
        const vMerge = child(tcPr, 'w:vMerge');
        const column = row.length;
        const continues = vMerge !== undefined && (vMerge.attributes['w:val'] ?? 'continue') === 'continue';
        const origin = continues ? openMerges.get(column) : undefined;
        if (origin) {
          // The continued cell's own (empty) paragraphs are counted but hold nothing to read.
          this.skipParagraphs(tc);
          for (let k = 0; k < span; k++) row.push(this.emptyCell({ row: origin.row, column: origin.column + k }));
          continue;
        }
        if (vMerge !== undefined) openMerges.set(column, { row: rowIndex, column });
        else for (let k = 0; k < span; k++) openMerges.delete(column + k);
        row.push(this.cell(tc, { table, row: rowIndex + 1, column: column + 1 }));
        for (let k = 1; k < span; k++) row.push(this.emptyCell({ row: rowIndex, column }));
      }
      rows.push(row);
    }
    // Rows shorter than the widest (gridAfter, ragged tables) are padded, so the grid is regular.
    const width = Math.max(0, ...rows.map((row) => row.length));
    for (const row of rows) while (row.length < width) row.push(this.emptyCell());
    return { kind: 'table', span: { start, end: this.out.offset }, rows };
  }

  private cell(tc: XmlElement, place: Omit<SourcePlace, 'paragraph'>): TableCell {
    const paragraphs: ParagraphBlock[] = [];
    for (const block of this.cellBlocks(tc, place)) paragraphs.push(block);
    const first = paragraphs[0]?.span.start ?? this.out.offset;
    const last = paragraphs.at(-1)?.span.end ?? first;
    return { span: { start: first, end: last }, paragraphs };
  }

  /** A cell's paragraphs, nested tables' paragraphs read in line (a table in a cell is rare and holds words alike). */
  private cellBlocks(container: XmlElement, place: Omit<SourcePlace, 'paragraph'>): ParagraphBlock[] {
    const out: ParagraphBlock[] = [];
    for (const node of container.children) {
      if (!isElement(node)) continue;
      if (node.name === 'w:p') out.push(this.paragraph(node, place));
      else if (node.name === 'w:tbl') for (const tr of childrenNamed(node, 'w:tr')) for (const tc of cellsOf(tr)) out.push(...this.cellBlocks(tc, place));
      else if (node.name === 'w:sdt') out.push(...this.cellBlocks(child(node, 'w:sdtContent') ?? node, place));
    }
    return out;
  }

  private skipParagraphs(tc: XmlElement): void {
    for (const node of tc.children) if (isElement(node) && node.name === 'w:p') this.paragraphCount++;
  }

  private emptyCell(mergedFrom?: { row: number; column: number }): TableCell {
    const at = this.out.offset;
    return { span: { start: at, end: at }, paragraphs: [], ...(mergedFrom ? { mergedFrom } : {}) };
  }
}

/** A row's cells, including those wrapped in content controls. */
function cellsOf(tr: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  for (const node of tr.children) {
    if (!isElement(node)) continue;
    if (node.name === 'w:tc') cells.push(node);
    else if (node.name === 'w:sdt' || node.name === 'w:customXml') cells.push(...cellsOf(child(node, 'w:sdtContent') ?? node));
  }
  return cells;
}

/** The words of a paragraph as Word shows them: runs in order, tabs as tabs, line breaks as line breaks. */
export function runText(element: XmlElement): string {
  let text = '';
  const walk = (node: XmlElement) => {
    for (const item of node.children) {
      if (!isElement(item)) continue;
      switch (item.name) {
        case 'w:t':
          for (const piece of item.children) if (!isElement(piece)) text += piece.text;
          break;
        case 'w:tab':
        case 'w:ptab':
          text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          // A page or column break is no break within the words.
          text += item.attributes['w:type'] === 'page' || item.attributes['w:type'] === 'column' ? '' : '\n';
          break;
        case 'w:noBreakHyphen':
        case 'w:softHyphen':
          text += item.name === 'w:noBreakHyphen' ? '-' : '';
          break;
        case 'w:sym':
          text += symbol(item);
          break;
        default:
          if (item.name === 'w:r' || TRANSPARENT.has(item.name)) walk(item);
          else if (!HIDDEN.has(item.name) && item.name.startsWith('w:') && item.children.length > 0 && item.name !== 'w:pPr') walk(item);
      }
    }
  };
  walk(element);
  return text;
}

/** Whether every run holding words is bold (w:b on, not w:val="0"/"false"); a run's style is not followed. */
function allRunsBold(p: XmlElement): boolean {
  let runs = 0;
  const walk = (node: XmlElement): boolean => {
    for (const item of node.children) {
      if (!isElement(item)) continue;
      if (item.name === 'w:r') {
        if (runText(item).trim() === '') continue;
        runs++;
        const b = child(child(item, 'w:rPr'), 'w:b');
        const value = b?.attributes['w:val'];
        if (!b || value === '0' || value === 'false') return false;
      } else if (TRANSPARENT.has(item.name) && !walk(item)) return false;
    }
    return true;
  };
  return walk(p) && runs > 0;
}

/** A w:sym character (Wingdings bullets and the like) as its code point when it is a plain one. */
function symbol(sym: XmlElement): string {
  const code = Number.parseInt(sym.attributes['w:char'] ?? '', 16);
  if (!Number.isFinite(code)) return '';
  // Symbol fonts map into the private use area (F0xx); their glyphs are bullets, not words.
  return code >= 0xf000 ? '' : String.fromCharCode(code);
}
