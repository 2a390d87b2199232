import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/core/lint.js';
import { importReport } from '../../src/import/import-report.js';
import { readReport, type ReadReport } from '../../src/import/read-report.js';
import { BUILTIN_RULES, settingsFor } from '../helpers.js';
import { docx, docxFromXml, numbering, p, tbl, tc, tr } from './docx-fixture.js';
import { SEEDS } from './helpers.js';

const reportB = readFileSync(join(SEEDS, 'report-b.txt'), 'utf8');
const expected = importReport(reportB).plan;

function imported(read: ReadReport) {
  if ('error' in read) throw new Error(`unexpected error: ${read.error.en}`);
  return read;
}

function lint(read: ReadReport) {
  return lintDocument(imported(read).document, { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'zh-CN' });
}

describe('text encodings', () => {
  it('reads UTF-8 with and without a BOM; positions do not count the BOM', async () => {
    const plain = imported(await readReport(Buffer.from(reportB, 'utf8'), 'b.txt'));
    const bom = imported(await readReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(reportB, 'utf8')]), 'b.txt'));
    expect([plain.encoding, bom.encoding]).toEqual(['utf-8', 'utf-8']);
    expect(bom.imported.plan).toEqual(expected);
    expect(bom.document.locate(['aspects', 0, 'problems', 0, 'title'])).toEqual(plain.document.locate(['aspects', 0, 'problems', 0, 'title']));
  });

  it('reads UTF-16 with a BOM, little- and big-endian', async () => {
    const le = Buffer.from(`\ufeff${reportB}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(imported(await readReport(le, 'b.txt'))).toMatchObject({ encoding: 'utf-16le', imported: { plan: expected } });
    expect(imported(await readReport(be, 'b.txt'))).toMatchObject({ encoding: 'utf-16be', imported: { plan: expected } });
  });

  it('detects a GBK-encoded copy of a seed and imports the same plan', async () => {
    const gbk = iconv.encode(reportB, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const read = imported(await readReport(gbk, 'b.txt'));
    expect(read.encoding).toBe('gb18030');
    expect(read.imported.plan).toEqual(expected);
  });

  it('gives a clear error, placed after the last good text, for bytes that are neither UTF-8 nor GB18030', async () => {
    const bytes = Buffer.concat([Buffer.from('一、反馈问题整改情况\n整改', 'utf8'), Buffer.from([0x80, 0xff, 0xfe, 0x41])]);
    const read = await readReport(bytes, 'bad.txt');
    expect(read).toEqual({
      error: { zh: '无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK（此处之后的字节无法解码）', en: 'unknown encoding: neither UTF-8 nor GB18030/GBK (the bytes after this point cannot be decoded)' },
      text: '一、反馈问题整改情况\n整改',
    });
  });
});

describe('Word documents', () => {
  it('imports a .docx with one line per paragraph', async () => {
    const bytes = await docx(['关于巡察整改情况的报告', '一、反馈问题整改情况', '（一）党的建设方面', '1.针对“三会一课”落实不到位问题', '原因分析：支部书记重视不够。', '整改措施：每季度至少召开一次支部委员会。', '整改状态：已完成']);
    const read = imported(await readReport(bytes, '报告.docx'));
    expect(read.encoding).toBe('docx');
    expect(read.imported.plan.aspects[0].problems[0]).toMatchObject({ id: '1.1', title: '“三会一课”落实不到位', causes: ['支部书记重视不够'], status: 'done' });
    expect(read.imported.plan.commitments?.[0]).toMatchObject({ text: '每季度至少召开一次支部委员会' });
    // 已完成 with no evidence: reported on the status, paragraph 7.
    const [noEvidence] = lint(read).diagnostics.filter((d) => d.ruleId === 'completed-requires-evidence');
    expect(noEvidence.range.start).toMatchObject({ line: 7, column: 6 });
  });

  it('reads the outline from heading styles with automatic numbering, whose numbers are not in the words', async () => {
    const styles = [1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="h${n}"><w:name w:val="标题 ${n}"/><w:pPr><w:numPr><w:ilvl w:val="${n - 1}"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`).join('');
    const defs = numbering(2, [['chineseCounting', '%1、'], ['chineseCounting', '（%2）'], ['decimal', '%3.']], [4]) + numbering(3, [['decimal', '（%1）']], [6, 7], true);
    const body = [
      p('反馈问题整改情况', { style: 'h1' }),
      p('组织建设方面', { style: 'h2' }),
      p('支部换届不及时', { style: 'h3' }),
      p('原因分析：对换届要求把握不准。'),
      p('整改措施：'),
      p('制定换届工作计划', { numId: 6 }),
      p('完成3个支部换届', { numId: 6 }),
      p('党员发展不规范', { style: 'h3' }),
      p('原因分析：程序意识不强。'),
      p('整改措施：'),
      p('逐份核查发展党员档案', { numId: 7 }),
    ].join('');
    const read = imported(await readReport(await docxFromXml(body, { styles, numbering: defs }), '报告.docx'));
    const [aspect] = read.imported.plan.aspects;
    expect(aspect.title).toBe('组织建设方面');
    expect(aspect.problems.map((problem) => [problem.id, problem.title, problem.measures?.map((m) => m.text)])).toEqual([
      ['1.1', '支部换届不及时', ['制定换届工作计划', '完成3个支部换届']],
      ['1.2', '党员发展不规范', ['逐份核查发展党员档案']],
    ]);
  });

  it('places a finding inside a table at its cell, with table, row and column', async () => {
    const body = p('一、反馈问题整改情况') + p('（一）党建方面') + tbl(tr(tc('1.针对学习不深入问题'), tc(['原因分析：重视不够。', '整改状态：已完成'])));
    const result = lint(imported(await readReport(await docxFromXml(body), '台账.docx')));
    const [noEvidence] = result.diagnostics.filter((d) => d.ruleId === 'completed-requires-evidence');
    expect(noEvidence.range).toMatchObject({ start: { line: 5, column: 6 }, place: { table: 1, row: 1, column: 2, paragraph: 5 } });
  });

  it('gives a clear error for a file named .docx that is not one', async () => {
    const read = await readReport(Buffer.from('这不是 Word 文件', 'utf8'), 'fake.docx');
    expect('error' in read && read.error.zh).toMatch(/^无法读取 Word 文件（\.docx）：/);
  });
});

describe('garbage in: a clear error or an empty plan with findings, never a crash', () => {
  it('refuses a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const read = await readReport(png, 'image.txt');
    expect('error' in read && read.error.en).toBe('not a text file (it holds binary data): give the report as .txt, .md, .docx, .xlsx, .csv or .pdf');
  });

  it('reports an empty file as a parse error at 1:1', async () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('\n \n\t\n')]) {
      const result = lint(await readReport(bytes, 'empty.txt'));
      expect(result.diagnostics.map((d) => [d.ruleId, d.message, d.range.start.line, d.range.start.column])).toEqual([['parse', '文件为空：没有可导入的报告内容', 1, 1]]);
      expect([result.fatal, result.score.score]).toEqual([true, 0]);
    }
  });

  it('says a text that does not read like a report is not one: mostly not Chinese, or never speaking of 整改', async () => {
    const english = await readReport(Buffer.from('The quick brown fox jumps over the lazy dog.\n床前明月光，疑是地上霜。\n'), 'poem.txt');
    expect(english).toMatchObject({ error: { zh: '不是整改报告：正文大多不是中文（中文字符只占 22%），像是说明文档或代码，不作为报告检查' }, range: { start: { line: 1, column: 1 } } });
    const poem = await readReport(Buffer.from('静夜思\n床前明月光，疑是地上霜。举头望明月，低头思故乡。\n'), 'poem.md');
    expect(poem).toMatchObject({ error: { zh: '不是整改报告：通篇没有出现“整改”，不作为报告检查', en: 'not a report: the text never mentions 整改 (rectification), so it is not checked as a report' } });
    // Too little text to judge: left to the rules (require-problems).
    expect('error' in (await readReport(Buffer.from('整改\n'), 'short.txt'))).toBe(false);
  });

  it('turns a text that speaks of 整改 but has no structure into an empty plan whose every paragraph is reported', async () => {
    const text = '整改这件事我们以后再谈。\n床前明月光，疑是地上霜。\n';
    const read = imported(await readReport(Buffer.from(text), 'poem.txt'));
    expect(read.imported.plan.aspects).toEqual([]);
    const result = lint(read);
    expect(result.diagnostics.filter((d) => d.ruleId === 'import-unrecognized').map((d) => [d.severity, d.range.start.line])).toEqual([
      ['info', 1],
      ['info', 2],
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => d.path.join('.'))).toEqual(['inspection.team', 'inspection.inspectedUnit', 'inspection.feedbackDate', 'report.date']);
  });
});
