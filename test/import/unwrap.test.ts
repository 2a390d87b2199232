/**
 * Hard-wrapped text (copied from a PDF or a web page) reads as its paragraphs: lines broken at a fixed width are
 * joined, paragraphs indented with full-width spaces stay apart, page-number lines go, and every finding still lands
 * on the document's own line. The same step runs on any document's paragraph blocks, not only on a text file's lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { readReport } from '../../src/import/read-report.js';
import { lintDocument } from '../../src/core/lint.js';
import { BUILTIN_RULES, settingsFor } from '../helpers.js';
import { docx } from './docx-fixture.js';
import { importAndLint, problems } from './helpers.js';

const wrapped = readFileSync(join(import.meta.dirname, 'reports/hard-wrapped-pdf-copy.txt'), 'utf8');

describe('hard-wrapped text', () => {
  it('reads titles, labels and sentences broken across lines as whole, and drops the page number', () => {
    const { plan } = importReport(wrapped);
    expect(plan.inspection).toMatchObject({ feedbackDate: '2022-06-20', inspectedUnit: '县交通运输局党组' });
    expect(problems(plan).map((problem) => [problem.id, problem.title])).toEqual([
      ['1.1', '道路运输企业安全检查不深入，隐患整改跟踪不到位'],
      ['1.2', '农村公路养护资金使用不规范，部分路段养护不及时'],
      ['2.1', '公务用车管理不严，存在公车私用现象'],
    ]);
    const [first] = problems(plan);
    expect(first.causes).toEqual(['执法力量不足，检查重数量轻质量，对隐患整改缺少闭环管理']);
    expect(first.measures?.map((measure) => measure.text)).toEqual(['建立隐患整改台账，实行销号管理', '对重点企业每月复查一次', '对整改不力的企业依法处罚']);
    expect(JSON.stringify(plan)).not.toContain('— 2 —');
  });

  it('places findings on the source lines: a value that ran over a line break spans it', () => {
    const { imported, result } = importAndLint(wrapped, { asOf: '2022-10-08' });
    const located = imported.spans.get(['aspects', 0, 'problems', 0, 'title'])!;
    expect(wrapped.slice(located.start, located.end)).toBe('道路运输企业安全检查不深入，隐患整改跟踪\n不到位');
    const lines = wrapped.split('\n');
    const overdue = result.diagnostics.filter((d) => d.ruleId === 'completed-requires-evidence').map((d) => lines[d.range.start.line - 1]);
    expect(overdue).toEqual(['整改状态：已完成。', '整改状态：已完成。']);
  });

  it('keeps indented paragraphs apart and joins their unindented continuations', () => {
    const paragraphs = [
      '一、反馈问题整改情况',
      '（一）生态保护修复方面',
      '1.退化林修复进度缓慢，部分地块补植后成活率偏低。',
      '原因分析：苗木质量把关不严，管护责任没有落实到人，补植后缺少跟踪。',
      '整改措施：一是对成活率低的地块重新补植；二是签订管护责任书，按季度检查成活情况。',
      '整改状态：正在推进。',
    ];
    // Each paragraph indented two full-width spaces and broken at 40 columns, as a PDF's text layer gives it.
    const text = ['关于县林草局巡察整改情况的报告', ...paragraphs.flatMap((words) => wrapAt(`　　${words}`, 40)), ''].join('\n');
    expect(text.split('\n').length).toBeGreaterThan(paragraphs.length + 3);
    const [problem] = problems(importReport(text).plan);
    expect(problem).toMatchObject({ id: '1.1', title: '退化林修复进度缓慢，部分地块补植后成活率偏低', causes: ['苗木质量把关不严，管护责任没有落实到人，补植后缺少跟踪'], status: 'in-progress' });
    expect(problem.measures?.map((measure) => measure.text)).toEqual(['对成活率低的地块重新补植', '签订管护责任书，按季度检查成活情况']);
  });

  it('does not join the lines of a report written one paragraph a line', () => {
    const text = '一、反馈问题整改情况\n（一）资金管理方面\n1.专项资金拨付不及时\n原因分析：审批环节多。\n整改措施：精简审批环节。\n整改状态：已完成。\n2.往来款项清理不彻底\n整改措施：逐笔清理。\n';
    expect(problems(importReport(text).plan).map((problem) => [problem.title, problem.causes, problem.measures?.length])).toEqual([
      ['专项资金拨付不及时', ['审批环节多'], 1],
      ['往来款项清理不彻底', undefined, 1],
    ]);
  });

  it('joins wrapped lines that came as paragraphs of their own (a PDF converted to Word), across a page footer', async () => {
    const lines = [
      '关于区档案馆巡察整改情况的报告',
      '一、反馈问题整改情况',
      '（一）档案安全管理方面',
      '1.档案库房温湿度监测不到位，部分档案存在霉变',
      '隐患。',
      '原因分析：库房设备老化，监测记录由专人手工',
      '填写，缺少复核。',
      '— 3 —',
      '整改措施：一是更换恒温恒湿设备；二是安装自动',
      '监测系统，数据实时上传。',
      '整改状态：已完成。',
      '2.档案借阅登记不规范，个别借阅未经审批。',
      '原因分析：借阅制度执行不严，审批流于形式。',
      '整改措施：一是修订借阅管理办法；二是逐月核对',
      '借阅登记簿。',
      '整改状态：正在推进。',
    ];
    const read = await readReport(await docx(lines), '报告.docx');
    if ('error' in read) throw new Error(read.error.en);
    const found = problems(read.imported.plan);
    expect(found.map((problem) => [problem.title, problem.causes, problem.measures?.map((m) => m.text)])).toEqual([
      ['档案库房温湿度监测不到位，部分档案存在霉变隐患', ['库房设备老化，监测记录由专人手工填写，缺少复核'], ['更换恒温恒湿设备', '安装自动监测系统，数据实时上传']],
      ['档案借阅登记不规范，个别借阅未经审批', ['借阅制度执行不严，审批流于形式'], ['修订借阅管理办法', '逐月核对借阅登记簿']],
    ]);
    // Findings keep their Word paragraph.
    const result = lintDocument(read.document, { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'zh-CN' });
    const noEvidence = result.diagnostics.find((d) => d.ruleId === 'completed-requires-evidence');
    expect(noEvidence?.range.place).toMatchObject({ paragraph: 11 });
  });
});

/** Breaks text into lines of at most `width` display columns (a wide character counts two). */
function wrapAt(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const w = /[\u1100-\uffff]/u.test(char) ? 2 : 1;
    if (used + w > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  if (line) lines.push(line);
  return lines;
}
