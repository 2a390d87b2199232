import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { runCli } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';

/** A report in an office template whose cause label (问题症结) and deadline label (销号时间) are its own words. */
const REPORT = [
  '关于县供销社党组巡察整改进展情况的报告',
  '2024年3月5日，县委第二巡察组向县供销社党组反馈了巡察意见。',
  '一、反馈问题整改情况',
  '1.社有资产出租未经评估，租金长期偏低。',
  '问题症结：资产管理制度缺位，出租审批只凭经验定价。',
  '整改措施：一是对全部出租资产委托评估；二是按评估价重签租赁合同。',
  '责任领导：党组书记 章立',
  '销号时间：2024年9月30日',
  '整改进展：正在推进。',
  '县供销社党组',
  '2024年6月20日',
  '',
].join('\n');

const CONFIG = { import: { fields: { causes: ['问题症结'] }, columns: { deadline: ['销号时间'] } } };

describe('an office’s own words, from the config’s import section', () => {
  it('are read as labels by check: 问题症结 is the cause analysis', async () => {
    const without = await lintText(REPORT, { filePath: 'report.txt', cwd: tempProject({}) });
    expect(without.diagnostics.map((d) => d.ruleId)).toContain('require-cause-analysis');
    const root = tempProject({ 'rectlint.config.json': { extends: 'rectlint:recommended', ...CONFIG } });
    const withConfig = await lintText(REPORT, { filePath: join(root, 'report.txt'), cwd: root });
    expect(withConfig.diagnostics.map((d) => d.ruleId)).not.toContain('require-cause-analysis');
  });

  it('words given only as column headers are not labels in prose', async () => {
    const root = tempProject({ 'rectlint.config.json': { extends: 'rectlint:recommended', ...CONFIG } });
    const result = await lintText(REPORT, { filePath: join(root, 'report.txt'), cwd: root });
    // 销号时间 names the deadline only as a ledger header: in prose the problem still has no deadline label.
    expect(result.diagnostics.filter((d) => d.ruleId === 'require-deadline').map((d) => d.problemId)).toEqual(['1']);
  });

  it('are used by rectlint import, from the nearest config or -c', async () => {
    const root = tempProject({ 'reports/report.txt': REPORT, 'reports/rectlint.config.json': CONFIG, 'office.json': { import: { fields: { deadline: ['销号时间'] } } } });
    const nearest = await runCli(['import', 'reports/report.txt', '-o', 'plan.json'], root);
    expect(nearest.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8'));
    expect(plan.aspects[0].problems[0]).toMatchObject({ causes: ['资产管理制度缺位，出租审批只凭经验定价'] });
    expect(plan.aspects[0].problems[0].deadline).toBeUndefined();
    const named = await runCli(['import', 'reports/report.txt', '-c', 'office.json', '-o', 'plan2.json'], root);
    expect(named.code).toBe(0);
    const other = JSON.parse(readFileSync(join(root, 'plan2.json'), 'utf8'));
    expect(other.aspects[0].problems[0]).toMatchObject({ deadline: '2024-09-30', deadlineText: '2024年9月30日' });
    expect(other.aspects[0].problems[0].causes).toBeUndefined();
  });
});
