import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { REPORT_EXTENSIONS } from '../../src/import/report-files.js';
import { positionOf } from '../helpers.js';
import { docx } from '../import/docx-fixture.js';
import { SEEDS } from '../import/helpers.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const REPORT_A = join(SEEDS, 'report-a.txt');
const REPORT_B = join(SEEDS, 'report-b.txt');
const reportAText = readFileSync(REPORT_A, 'utf8');

/** A diagnostic's rule, path and place, for comparing front ends. */
type Message = { ruleId: string; path: (string | number)[]; line: number; column: number; severity: number };

describe('rectlint import', () => {
  it('writes the plan with -o and sums it up on stderr', async () => {
    const root = tempProject({});
    const run = await runCli(['import', REPORT_B, '-o', 'out/plan.json'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^rectlint：已导入 .*report-b\.txt：4 个方面、28 个问题、10 项长效机制承诺、3 条会议记录；0 处文字未能识别（rectlint check 可查看位置）\n$/u);
    const plan = JSON.parse(readFileSync(join(root, 'out/plan.json'), 'utf8'));
    expect(plan.$schema).toBe('./node_modules/rectlint/schemas/plan.schema.json');
    expect(plan.aspects.flatMap((a: { problems: unknown[] }) => a.problems)).toHaveLength(28);
  });

  it('keeps where each value came from (x-source: line, column and cell), which changes no finding of the plan written', async () => {
    const csv = '序号,存在问题,整改举措,牵头领导,时间节点\r\n1,制度执行不严,修订制度,局长 甲,2024年3月\r\n2,台账不全,补齐台账,副局长 乙,\r\n';
    const root = tempProject({ 'in/台账.csv': csv });
    expect((await runCli(['import', 'in/台账.csv', '-o', 'out/plan.json'], root)).code).toBe(0);
    expect((await runCli(['import', 'in/台账.csv', '--no-source', '-o', 'out/plain.json'], root)).code).toBe(0);
    const plan = JSON.parse(readFileSync(join(root, 'out/plan.json'), 'utf8'));
    expect(plan['x-source'].file).toBe('../in/台账.csv');
    expect(plan['x-source'].places).toMatchObject({
      '/aspects/0/problems/0/deadline': { line: 2, column: 20, cell: 'E2' },
      '/aspects/0/problems/1/deadline': { line: 3, column: 19, cell: 'E3' },
      '/aspects/0/problems/1/responsibleLeader': { line: 3, column: 13, cell: 'D3' },
    });
    expect(JSON.parse(readFileSync(join(root, 'out/plain.json'), 'utf8'))['x-source']).toBeUndefined();
    const findings = async (file: string) => {
      const run = await runCli(['check', file, '-f', 'json', '--as-of', '2024-04-30'], root);
      return (JSON.parse(run.stdout)[0].messages as Message[]).map(({ ruleId, line, column }) => [ruleId, line, column]);
    };
    const withSource = await findings('out/plan.json');
    expect(withSource.some(([ruleId]) => ruleId === 'require-deadline')).toBe(true);
    expect(withSource).toEqual(await findings('out/plain.json'));
  });

  it('writes to stdout without -o, and speaks English when asked', async () => {
    const run = await runCli(['import', REPORT_A, '--locale', 'en'], tempProject({}));
    expect([run.code, JSON.parse(run.stdout).declared]).toEqual([0, { aspects: 3, problems: 9, text: expect.stringContaining('3个方面、9项问题') }]);
    expect(run.stderr).toMatch(/imported .*report-a\.txt: 2 aspects, 4 problems, 0 commitments, 1 meeting entries; 0 unrecognised passages/u);
  });

  it('exits 2 on a usage error and 1 on a file it cannot import, with the place', async () => {
    const root = tempProject({ 'empty.txt': '', 'scan.png': 'PNG', 'plan.pdf': '%PDF-1.4', 'bin.txt': Buffer.from([0x00, 0x01, 0x02, 0x03]) });
    expect((await runCli(['import'], root)).code).toBe(2);
    const png = await runCli(['import', 'scan.png'], root);
    expect(png.code).toBe(2);
    expect(png.stderr).toContain(`scan.png: 无法读取：这是图片（.png），rectlint 读取整改方案（.json）和报告（${REPORT_EXTENSIONS.join('、')}）`);
    const pdf = await runCli(['import', 'plan.pdf'], root);
    expect([pdf.code, pdf.stderr]).toEqual([1, 'rectlint: plan.pdf:1:1: 无法读取 PDF 文件，文件可能已损坏：Invalid PDF structure.\n']);
    const empty = await runCli(['import', 'empty.txt'], root);
    expect([empty.code, empty.stderr]).toEqual([1, 'rectlint: empty.txt:1:1: 文件为空：没有可导入的报告内容\n']);
    const binary = await runCli(['import', 'bin.txt'], root);
    expect([binary.code, binary.stderr]).toEqual([1, 'rectlint: bin.txt:1:1: 这不是文本文件（含有二进制数据）：请提供 .txt、.md、.docx、.xlsx、.csv 或 .pdf 格式的报告\n']);
    expect(existsSync(join(root, 'empty.json'))).toBe(false);
  });
});

describe('rectlint check on a report', () => {
  it('reports the text file’s own lines with --format json', async () => {
    const run = await runCli(['check', REPORT_A, '--format', 'json', '--as-of', '2022-06-30'], tempProject({}));
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.filePath).toBe(REPORT_A);
    const byRule = (id: string) => file.messages.filter((m: Message) => m.ruleId === id).map((m: Message) => [m.line, m.column]);
    const place = (needle: string) => {
      const { line, column } = positionOf(reportAText, needle);
      return [line, column];
    };
    expect(byRule('declared-count')).toEqual([place('3个方面'), place('9项问题')]);
    // Problem 2.1 has no deadline: placed on its heading, line 19 of the report.
    expect(file.messages.find((m: Message & { problemId?: string }) => m.ruleId === 'require-deadline' && m.problemId === '2.1')).toMatchObject({ line: 19, column: 3 });
    expect(byRule('completed-requires-evidence')).toEqual([place('已完成并长期坚持'), [23, 6], [27, 6], [34, 6]]);
  });

  it('gives the same findings on the report as on the plan `rectlint import` writes from it', async () => {
    const root = tempProject({});
    copyFileSync(REPORT_B, join(root, 'report.txt'));
    await runCli(['import', 'report.txt', '-o', 'report.json'], root);
    const check = async (file: string) => {
      const [result] = JSON.parse((await runCli(['check', file, '--format', 'json', '--as-of', '2022-06-30'], root)).stdout);
      return { findings: result.messages.map((m: Message) => `${m.ruleId} ${m.path.join('.')}`).sort(), score: result.score };
    };
    expect(await check('report.json')).toEqual(await check('report.txt'));
  });

  it('leaves .txt files out when checking a directory, unless the config’s files include them', async () => {
    const root = tempProject({ 'report.txt': readFileSync(REPORT_A), 'notes.md': '# 备忘\n' });
    const none = await runCli(['check', '.', '--format', 'json'], root);
    expect([none.code, none.stderr]).toEqual([2, 'rectlint：没有整改方案文件匹配 “.”\n']);
    const opted = tempProject({ 'rectlint.config.json': { files: ['**/*.json', '**/*.txt'] }, 'report.txt': readFileSync(REPORT_A), 'notes.md': '# 备忘\n' });
    const run = await runCli(['check', '.', '--format', 'json'], opted);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(opted, 'report.txt')]);
  });
});

describe('rectlint check on Word and through the Node API', () => {
  it('places a .docx report’s findings on its paragraphs', async () => {
    const bytes = await docx(['一、反馈问题整改情况', '（一）党的建设方面', '1.针对“三会一课”落实不到位问题', '整改措施：每季度至少召开一次支部委员会。', '整改状态：已完成']);
    const root = tempProject({ '报告.docx': bytes });
    const [file] = JSON.parse((await runCli(['check', '报告.docx', '--format', 'json', '--as-of', '2022-06-30'], root)).stdout);
    const messages = file.messages.filter((m: Message) => ['require-cause-analysis', 'completed-requires-evidence'].includes(m.ruleId));
    expect(messages.map((m: Message) => [m.ruleId, m.line, m.column])).toEqual([
      ['require-cause-analysis', 3, 3],
      ['completed-requires-evidence', 5, 6],
    ]);
  });

  it('gives the same results with worker threads', async () => {
    const root = tempProject({ 'a.txt': readFileSync(REPORT_A), 'b.txt': readFileSync(REPORT_B) });
    const run = async (...extra: string[]) => (await runCli(['check', 'a.txt', 'b.txt', '--format', 'json', '--as-of', '2022-06-30', ...extra], root)).stdout;
    expect(await run('--concurrency', '2')).toBe(await run());
  });

  it('imports report text given to lintText with a .txt or .md path', async () => {
    const result = await lintText(reportAText, { filePath: 'report-a.txt', asOf: '2022-06-30', cwd: tempProject({}) });
    const { line, column } = positionOf(reportAText, '3个方面');
    expect(result.diagnostics.find((d) => d.ruleId === 'declared-count')?.range.start).toMatchObject({ line, column });
  });
});
