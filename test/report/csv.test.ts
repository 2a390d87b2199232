import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { csvField } from '../../src/formatters/csv.js';
import { runCli } from '../cli/run-cli.js';
import { CSV_TRICKY_TITLE, FIXTURE_PROBLEM_COUNT, FORMULA_TITLE, HOSTILE, reportFixture } from './fixture-plans.js';

/** RFC 4180, written independently of the formatter: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const HEADER = '文件,被巡察单位,方案得分,方案等级,审核结论,问题方面,问题编号,问题,责任领导,责任部门,责任人,整改时限,延期至,整改状态,完成日期,措施数,佐证材料,问题得分,发现数,审核发现（行:列 规则 说明）';

describe('the CSV 整改台账', () => {
  it('starts with a BOM, has a header and one row per problem, sub-items included', async () => {
    const root = reportFixture();
    const run = await runCli(['check', 'plans', '-f', 'csv', '-o', 'ledger.csv'], root);
    expect(run.stdout).toBe('');
    const bytes = readFileSync(join(root, 'ledger.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(HEADER);
    const [header, ...rows] = parseCsv(text);
    expect(header).toHaveLength(20);
    expect(rows).toHaveLength(FIXTURE_PROBLEM_COUNT);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(rows.map((r) => `${r[0]} ${r[6]}`)).toEqual([
      'plans/<img src=x onerror=alert(1)>.json 1.1',
      'plans/a-good.json 1.1',
      'plans/b-weak.json 1.1',
      'plans/b-weak.json 1.2',
      'plans/b-weak.json 1.3',
      'plans/b-weak.json 1.3.1',
      'plans/d-csv.json 1.1',
      'plans/d-csv.json 1.2',
    ]);
  });

  it('quotes commas, quotes and line breaks so they round-trip, and defuses formulas', async () => {
    const root = reportFixture();
    const text = (await runCli(['check', 'plans', '-f', 'csv'], root)).stdout;
    expect(text).toContain('"问题标题，含逗号, ""引号"" 和\n换行"');
    const rows = parseCsv(text.slice(1));
    const tricky = rows.find((r) => r[7] === CSV_TRICKY_TITLE)!;
    expect(tricky[1]).toBe('区表格样本局, "引号"党组');
    expect(rows.find((r) => r[6] === '1.2' && r[0] === 'plans/d-csv.json')![7]).toBe(`'${FORMULA_TITLE}`);
    // Plan text is data here: the hostile plan's markup stays as written.
    expect(rows[1][7]).toBe(HOSTILE.img);
  });

  it('lists each problem\'s evidence and findings with their line and column', async () => {
    const root = reportFixture();
    // The fixture's plans are variants of one plan under other units' names: copies, which this test is not about.
    const rows = parseCsv((await runCli(['check', 'plans', '-f', 'csv', '--rule', 'copied-across-plans:off'], root)).stdout.slice(1));
    const weak = rows.filter((r) => r[0] === 'plans/b-weak.json');
    expect(weak[0].slice(13, 17)).toEqual(['已完成', '2022-04-29', '1', '']);
    // Other rules may add findings to 1.1 as they land; these two are the evidence rule's.
    const findings = weak[0][19].split('\n');
    expect(findings).toContain('48:25 completed-requires-evidence 措施标为“已完成”，但没有佐证材料');
    expect(findings).toContain('52:21 completed-requires-evidence 问题 1.1 标为“已完成”，但没有佐证材料');
    expect(weak[0][18]).toBe(String(findings.length));
    // The same run as the output's: batch rules judge the plans of a run together, so a plan's score is its round's.
    const results = (await lintFiles(['plans'], { cwd: root, ruleOverrides: { 'copied-across-plans': 'off' } })).results.filter((r) => r.filePath.endsWith('b-weak.json'));
    const problemScores = results[0].score.byProblem.map((p) => p.score);
    expect(weak.map((r) => Number(r[17]))).toEqual(problemScores);
    expect(problemScores[0]).toBeLessThan(100);
    const good = rows.find((r) => r[0] === 'plans/a-good.json')!;
    expect(good[16]).toBe('[文件] 《关于进一步规范政务服务的实施意见》 交党组〔2022〕5号 2022-04-29\n[会议纪要] 约谈记录 2022-04-20');
    expect(good[18]).toBe('0');
  });

  it('uses English headers with --locale en', async () => {
    const root = reportFixture();
    const text = (await runCli(['check', 'plans', '-f', 'csv', '--locale', 'en'], root)).stdout;
    expect(text.slice(1).split('\r\n')[0]).toBe('file,inspected unit,plan score,plan grade,verdict,aspect,problem id,problem,responsible leader,responsible department,responsible person,deadline,extended to,status,completed on,measures,evidence,problem score,findings,findings (line:column rule message)');
  });

  it('csvField quotes only when it must', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
