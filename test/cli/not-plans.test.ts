import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputKind } from '../../src/run/rectlint-output.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const REPO = resolve(import.meta.dirname, '../..');
const COMPLETE = join(REPO, 'examples/complete-plan.json');

describe('rectlint’s own outputs are not plans: a walk leaves them out and says so once', () => {
  it('results.json, a SARIF log, a cache and a baseline under other names are not checked on the next run', async () => {
    const root = tempProject({});
    copyFileSync(COMPLETE, join(root, 'plan.json'));
    expect((await runCli(['check', '.', '-f', 'json', '-o', 'results.json'], root)).code).toBe(0);
    expect((await runCli(['check', '.', '-f', 'sarif:log.json'], root)).code).toBe(0);
    expect((await runCli(['check', '.', '--cache', '--cache-location', 'cache.json'], root)).code).toBe(0);
    expect((await runCli(['baseline', '.', '--baseline-location', 'accepted.json'], root)).code).toBe(0);

    const run = await runCli(['check', '.', '-f', 'json'], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: any) => r.filePath)).toEqual([join(root, 'plan.json')]);
    const notes = run.stderr.split('\n').filter((line) => line.includes('rectlint 输出文件'));
    expect(notes).toEqual([
      'rectlint: 未检查 4 个 rectlint 输出文件（不是整改方案）：accepted.json（基线）、cache.json（结果缓存）、log.json（SARIF 日志）、results.json（JSON 检查结果）；要检查其中一个，请直接给出文件名',
    ]);
    // Named on the command line, it is checked (and is no plan).
    const named = await runCli(['check', 'results.json', '-f', 'json'], root);
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout)[0].messages[0]).toMatchObject({ ruleId: 'schema', line: 1, column: 1 });
    expect(named.stderr).not.toContain('rectlint 输出文件');
  });

  it('tells the outputs by their first bytes, and never a plan', () => {
    // An empty array is no plan either, but nothing says rectlint wrote it: it is checked ("not a plan").
    expect(outputKind('[]')).toBeUndefined();
    expect(outputKind('[\n  {\n    "filePath": "/a.json",')).toBe('results');
    expect(outputKind('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",')).toBe('sarif');
    expect(outputKind('{"format":1,"rectlint":"0.1.0","entries":{')).toBe('cache');
    expect(outputKind('\ufeff{\n  "files": {\n    "a.json": [\n')).toBe('baseline');
    expect(outputKind(readFileSync(COMPLETE, 'utf8').slice(0, 512))).toBeUndefined();
    expect(outputKind('{ "files": "not a baseline" }')).toBeUndefined();
    expect(outputKind('[1, 2]')).toBeUndefined();
  });

  it('a folder holding only outputs checked nothing: exit 2', async () => {
    const root = tempProject({ 'results.json': '[\n  {\n    "filePath": "/elsewhere/plan.json",\n    "messages": []\n  }\n]\n' });
    const run = await runCli(['check', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未检查 1 个 rectlint 输出文件（不是整改方案）：results.json（JSON 检查结果）');
  });
});

describe('a text file that does not read like a report is "not a report"', () => {
  it('rectlint check README.md: one finding at 1:1, not hundreds about its headings', async () => {
    const run = await runCli(['check', 'README.md', '-f', 'json'], REPO);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'parse', severity: 2, line: 1, column: 1 });
    expect(result.messages[0].message).toMatch(/^不是整改报告：正文大多不是中文（中文字符只占 \d+%）/);
    const english = JSON.parse((await runCli(['check', 'README.md', '-f', 'json', '--locale', 'en'], REPO)).stdout);
    expect(english[0].messages[0].message).toMatch(/^not a report: most of the text is not Chinese \(\d+% Chinese characters\)/);
  });

  it('a walk the config points at .md files says the same of a README among the reports, and reads the report', async () => {
    const report = readFileSync(resolve(REPO, '../shared/seeds/report-a.txt'), 'utf8');
    const root = tempProject({
      'rectlint.config.json': { files: ['**/*.md'] },
      'reports/unit-a.md': report,
      'reports/README.md': '# Reports\n\nDrop the units\u2019 reports here; run `rectlint check reports` before the review meeting.\n',
      'reports/notes.md': '会议纪要\n\n本周讨论了办公楼搬迁的安排，下周再议。各部门按时提交材料。\n',
    });
    const run = await runCli(['check', 'reports', '-f', 'json'], root);
    const byName = Object.fromEntries(JSON.parse(run.stdout).map((r: any) => [r.filePath.split('/').at(-1), r.messages]));
    expect(byName['README.md'].map((m: any) => m.message.slice(0, 6))).toEqual(['不是整改报告']);
    expect(byName['notes.md'].map((m: any) => m.message)).toEqual(['不是整改报告：通篇没有出现“整改”，不作为报告检查']);
    expect(byName['unit-a.md'].length).toBeGreaterThan(3);
    expect(byName['unit-a.md'].some((m: any) => m.message.startsWith('不是整改报告'))).toBe(false);
  });
});
