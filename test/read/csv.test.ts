/**
 * CSV files as documents and as ledgers: encodings Excel writes, delimiters other locales use, quoted multi-line
 * fields, and every field placed at its cell and at its own line and column in the file.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cellAddress } from '../../src/read/cell-address.js';
import { csvDocument, readCsv } from '../../src/read/csv/index.js';
import type { SourceDocument, TableBlock } from '../../src/read/model.js';
import { checkFile, findingsOf, problemsOf } from '../import/ledger-helpers.js';

function table(document: SourceDocument): TableBlock {
  const block = document.blocks[0];
  if (block?.kind !== 'table') throw new Error('no table');
  return block;
}

const cellWords = (document: SourceDocument, row: number, column: number) => {
  const cell = table(document).rows[row][column];
  return document.text.slice(cell.span.start, cell.span.end);
};

async function read(bytes: Uint8Array): Promise<SourceDocument> {
  const document = await readCsv(bytes);
  if ('error' in document) throw new Error(document.error.en);
  return document;
}

describe('the CSV reader', () => {
  it('splits records at the file\'s own line break (CRLF, LF or a lone CR, as the first one is), a line break in quotes kept', async () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const document = await read(Buffer.from(['序号,存在问题,整改时限', `1,"台账不全${eol}记录缺失",2024年3月`, '2,车辆管理不规范,立行立改', ''].join(eol)));
      expect(table(document).rows.map((row) => row.length), JSON.stringify(eol)).toEqual([3, 3, 3]);
      expect(cellWords(document, 1, 1)).toBe(`台账不全${eol}记录缺失`);
      expect(cellWords(document, 2, 2)).toBe('立行立改');
    }
  });

  it('reads semicolons and tabs as well as commas, whichever splits the file regularly', async () => {
    const semicolons = await read(Buffer.from('序号;存在问题;整改时限\n1;台账不全，记录缺失;2024年3月\n2;"含;分号";立行立改\n'));
    expect(table(semicolons).rows.map((row) => row.length)).toEqual([3, 3, 3]);
    expect(cellWords(semicolons, 1, 1)).toBe('台账不全，记录缺失');
    expect(cellWords(semicolons, 2, 1)).toBe('含;分号');
    const tabs = await read(Buffer.from('序号\t问题\t时限\r\n1\t问题，一\t2024年1月\r\n'));
    expect(cellWords(tabs, 1, 2)).toBe('2024年1月');
  });

  it('decodes GBK without a BOM and UTF-8 with one, and keeps CRLF records with LF inside quoted fields', async () => {
    const text = '序号,整改措施,时限\r\n1,"1.建立制度\n2.开展检查",2023/12/31\r\n';
    const gbk = await read(iconv.encode(text, 'gbk'));
    expect(gbk.encoding).toBe('gb18030');
    expect(cellWords(gbk, 1, 1)).toBe('1.建立制度\n2.开展检查');
    expect(table(gbk).rows[1][1].paragraphs).toHaveLength(2);
    const bom = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(cellWords(bom, 1, 2)).toBe('2023/12/31');
  });

  it('places every field at its cell and at its own line and column in the file, empty fields included', async () => {
    const source = '序号,问题,说明,时限\n1,"第一行\n第二行","含""引号""",\n';
    const document = await csvDocument(source);
    if ('error' in document) throw new Error(document.error.en);
    const inside = document.text.indexOf('第二行');
    expect(document.locate(inside, inside + 3)).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 3, column: 4 }, place: { cell: 'B2' } });
    // A field with doubled quotes maps every offset to where the field starts.
    const quoted = table(document).rows[1][2];
    expect(document.text.slice(quoted.span.start, quoted.span.end)).toBe('含"引号"');
    expect(document.locate(quoted.span.start + 3, quoted.span.end)).toMatchObject({ start: { line: 3, column: 7 }, place: { cell: 'C2' } });
    const empty = table(document).rows[1][3];
    expect(empty.span.end).toBe(empty.span.start);
    expect(document.locate(empty.span.start, empty.span.end)).toMatchObject({ start: { line: 3, column: 16 }, place: { cell: 'D2' } });
  });

  it('reads a ledger exported from merged cells: a blank 问题类别 continues the group, a blank 时限 is a gap at its cell', async () => {
    const csv = [
      '某局巡察整改台账,,,,',
      '填报单位：某局党组,,,填报日期：2024年4月1日,',
      '类别,问题描述,整改措施,分管领导,完成期限',
      '组织建设,支部换届不及时,按期换届,副局长 甲,2024年3月31日',
      ',党员教育不经常,制定学习计划,副局长 乙,',
      '作风建设,会议过多,精简会议,局长 丙,2024年6月30日',
    ].join('\r\n');
    const { imported, result } = await checkFile(iconv.encode(csv, 'gbk'), 'ledger.csv', '2024-04-01');
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => p.title)])).toEqual([
      ['组织建设', ['支部换届不及时', '党员教育不经常']],
      ['作风建设', ['会议过多']],
    ]);
    expect(imported.plan.report).toMatchObject({ title: '某局巡察整改台账', issuer: '某局党组', date: '2024-04-01' });
    expect(problemsOf(imported).map((p) => p.id)).toEqual(['1.1', '1.2', '2.1']);
    const [gap] = findingsOf(result, 'require-deadline');
    expect([gap.problemId, gap.range.place, gap.range.start.line]).toEqual(['1.2', { cell: 'E5' }, 5]);
  });

  it('pads short records to the table\'s width; a stray record far wider keeps its further fields in its last cell', async () => {
    const stray = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(',');
    const document = await csvDocument(['序号,问题,时限,状态', '1,台账不全,', '2,制度缺失,2024年6月底前,已完成', stray, '3,考核走样,,'].join('\n'));
    if ('error' in document) throw new Error(document.error.en);
    const rows = table(document).rows;
    // Record 2 left its last blank field off: it still has its cell (D2), as in the other rows.
    expect(rows.map((row) => row.length)).toEqual([4, 4, 4, 4, 4]);
    expect(document.locate(rows[1][3].span.start, rows[1][3].span.end).place).toEqual({ cell: 'D2' });
    const folded = rows[3][3];
    expect(document.text.slice(folded.span.start, folded.span.end)).toBe(stray.slice(stray.indexOf('x3,')));
    expect(document.locate(folded.span.end - 5, folded.span.end).place).toEqual({ cell: cellAddress(4, 2000) });
  });


  it('pads records that left their blank fields off to a header of many columns', async () => {
    const header = '序号,问题,责任领导,责任部门,责任人,时限,状态,佐证材料,备注,措施,原因,进展,类别,单位,联系人,电话';
    const document = await csvDocument([header, '1,台账不全', '2,制度缺失,张三', '3,考核走样'].join('\n'));
    if ('error' in document) throw new Error(document.error.en);
    expect(table(document).rows.map((row) => row.length)).toEqual([16, 16, 16, 16]);
  });

  it('reads a file it did not write as Excel does: stray quotes kept, an unclosed quote running to the end, nothing refused', async () => {
    const source = '序号,问题,说明\n1,他说"尽快"办,"已办"结\n2,台账,"未闭合\n3,x,y\n';
    const document = await csvDocument(source);
    if ('error' in document) throw new Error(document.error.en);
    const words = table(document).rows.map((row) => row.map((cell) => document.text.slice(cell.span.start, cell.span.end)));
    expect(words).toEqual([
      ['序号', '问题', '说明'],
      ['1', '他说"尽快"办', '已办结'],
      ['2', '台账', '未闭合\n3,x,y\n'],
    ]);
    // A field the file spells differently is placed where it starts.
    const closed = table(document).rows[1][2];
    expect(document.locate(closed.span.start, closed.span.end)).toMatchObject({ start: { line: 2, column: 12 }, place: { cell: 'C2' } });
  });

  it('keeps blank lines as empty records, so every record keeps its row number', async () => {
    const document = await csvDocument(`序号,问题\n${'\n'.repeat(3)}1,台账不全\n`);
    if ('error' in document) throw new Error(document.error.en);
    const rows = table(document).rows;
    expect(rows.length).toBe(5);
    expect(document.locate(rows[4][1].span.start, rows[4][1].span.end).place).toEqual({ cell: 'B5' });
  });
});
