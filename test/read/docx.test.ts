import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx/index.js';
import type { SourceDocument, TableBlock } from '../../src/read/model.js';
import { docxFromXml, numbering, p, tbl, tc, tr } from '../import/docx-fixture.js';

async function read(body: string, parts: { styles?: string; numbering?: string } = {}): Promise<SourceDocument> {
  const doc = await readDocx(await docxFromXml(body, parts));
  if ('error' in doc) throw new Error(doc.error.en);
  return doc;
}

const words = (doc: SourceDocument, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);

const HEADING_STYLES = [1, 2, 3]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`)
  .join('');

describe('the Word reader', () => {
  it('writes automatic numbering in as the page prints it, counting per list and restarting lower levels', async () => {
    const defs = numbering(7, [['chineseCounting', '%1、'], ['chineseCounting', '（%2）'], ['decimal', '%3.']], [3]) + numbering(8, [['decimalEnclosedCircle', '%1']], [4, 5], true);
    const doc = await read(
      [
        p('工作开展情况', { numId: 3, level: 0 }),
        p('问题整改情况', { numId: 3, level: 0 }),
        p('党建方面', { numId: 3, level: 1 }),
        p('学习不深入', { numId: 3, level: 2 }),
        p('制定学习计划', { numId: 4 }),
        p('开展专题研讨', { numId: 4 }),
        p('作风方面', { numId: 3, level: 1 }),
        p('会风不正', { numId: 3, level: 2 }),
        p('精简会议', { numId: 5 }),
      ].join(''),
      { numbering: defs },
    );
    expect(doc.text.split('\n').slice(0, 9)).toEqual(['一、工作开展情况', '二、问题整改情况', '（一）党建方面', '1.学习不深入', '①制定学习计划', '②开展专题研讨', '（二）作风方面', '1.会风不正', '①精简会议']);
    const lists = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.list : undefined));
    expect(lists[2]).toEqual({ level: 1, marker: '（一）', bullet: false });
    expect(lists[8]).toEqual({ level: 0, marker: '①', bullet: false });
  });

  it('takes numbering and heading levels from styles, inherited through basedOn, and counts past ten in Chinese', async () => {
    const styles = `${HEADING_STYLES}<w:style w:type="paragraph" w:styleId="AspectHeading"><w:name w:val="问题方面"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:numId w:val="9"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="a"><w:name w:val="标题"/></w:style>`;
    const body = [p('某局关于巡察整改情况的报告', { style: 'a' }), ...Array.from({ length: 12 }, (_, i) => p(`第${i + 1}个方面`, { style: 'AspectHeading' }))].join('');
    const doc = await read(body, { styles, numbering: numbering(1, [['chineseCounting', '%1、']], [9]) });
    const [title, ...aspects] = doc.blocks;
    expect(title).toMatchObject({ kind: 'paragraph', title: true });
    expect(aspects.map((b) => b.kind === 'paragraph' && b.headingLevel)).toEqual(Array(12).fill(2));
    expect(doc.text.split('\n')[11]).toBe('十一、第11个方面');
    expect(doc.text.split('\n')[12]).toBe('十二、第12个方面');
  });

  it('reads a table as a regular grid: gridSpan across and vMerge down point at the cell they continue', async () => {
    const table = tbl(
      tr(tc('序号'), tc('问题'), tc('责任落实', { span: 2 })),
      tr(tc('一、党建方面', { span: 4 })),
      tr(tc('1'), tc('学习不深入', { vMerge: 'restart' }), tc('张三'), tc('办公室')),
      tr(tc('2'), tc('', { vMerge: 'continue' }), tc(['李四', '（兼）']), tc('')),
    );
    const doc = await read(p('前言') + table + p('结尾'));
    const grid = doc.blocks[1] as TableBlock;
    expect(grid.kind).toBe('table');
    expect(grid.rows.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    expect(grid.rows[0][3].mergedFrom).toEqual({ row: 0, column: 2 });
    expect(grid.rows[1].slice(1).map((c) => c.mergedFrom)).toEqual([{ row: 1, column: 0 }, { row: 1, column: 0 }, { row: 1, column: 0 }]);
    expect(grid.rows[3][1].mergedFrom).toEqual({ row: 2, column: 1 });
    expect(words(doc, grid.rows[3][2].span)).toBe('李四\n（兼）');
    expect(grid.rows[3][2].paragraphs).toHaveLength(2);
    expect(words(doc, grid.rows[3][3].span)).toBe('');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('places every stretch of text at its paragraph, and a cell at its table, row and column', async () => {
    const doc = await read(p('前言') + tbl(tr(tc('序号'), tc('问题')), tr(tc('1'), tc(['学习不深入', '原因：重视不够']))) + p('结尾'));
    const at = (needle: string) => {
      const start = doc.text.indexOf(needle);
      return doc.locate(start, start + needle.length);
    };
    expect(at('前言')).toMatchObject({ start: { line: 1, column: 1 }, place: { paragraph: 1 } });
    expect(at('重视不够')).toMatchObject({ start: { line: 6, column: 4 }, end: { line: 6, column: 8 }, place: { table: 1, row: 2, column: 2, paragraph: 6 } });
    expect(at('结尾')).toMatchObject({ start: { line: 7, column: 1 }, place: { paragraph: 7 } });
  });

  it('keeps line breaks and tabs, and leaves out deleted text, field codes and page breaks', async () => {
    const body =
      '<w:p><w:r><w:t>责任领导：张三</w:t><w:tab/><w:t>责任单位：办公室</w:t><w:br/><w:t>整改时限：</w:t></w:r>' +
      '<w:del><w:r><w:delText>2023年</w:delText></w:r></w:del><w:ins><w:r><w:t>2024年6月底前</w:t></w:r></w:ins>' +
      '<w:r><w:instrText>PAGE</w:instrText><w:br w:type="page"/></w:r><w:hyperlink><w:r><w:t>（见附件）</w:t></w:r></w:hyperlink></w:p>';
    const doc = await read(body);
    expect(doc.text).toBe('责任领导：张三\t责任单位：办公室\n整改时限：2024年6月底前（见附件）\n');
  });

  it('says what is wrong with a file that is not a Word document', async () => {
    const notZip = await readDocx(new TextEncoder().encode('not a zip'));
    expect('error' in notZip && notZip.error.zh).toMatch(/^无法读取 Word 文件（\.docx）/u);
  });
});
