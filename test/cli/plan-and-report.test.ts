import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../temp-project.js';
import { runBin, runCli } from './run-cli.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/plan-and-report');
const AGAINST_PLAN = new Set(['problem-dropped', 'deadline-slipped', 'status-regressed', 'measures-reduced', 'totals-changed', 'based-on']);

/** A folder holding the fixture plan and report (which names it with basedOn), and the text report. */
function project(): string {
  const root = tempProject({});
  for (const name of ['plan.json', 'report.json', 'report.txt']) copyFileSync(join(FIXTURES, name), join(root, name));
  return root;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string; severity: number; related?: { filePath: string; line: number; column: number }[] }[];
}

/** The plan-and-report findings of each file: [rule, line:column, message]. */
function findingsOf(stdout: string): Record<string, string[][]> {
  return Object.fromEntries(
    (JSON.parse(stdout) as JsonResult[]).map((r) => [r.filePath.split('/').pop(), r.messages.filter((m) => AGAINST_PLAN.has(m.ruleId)).map((m) => [m.ruleId, `${m.line}:${m.column}`, m.message])]),
  );
}

describe('a report held to its plan', () => {
  it('report.basedOn names the plan: each kind of drift is reported on the report’s lines, with the plan’s place', async () => {
    const root = project();
    const run = await runCli(['check', 'report.json', 'plan.json', '--as-of', '2023-07-15', '-f', 'json'], root);
    expect(run.code).toBe(1);
    expect(findingsOf(run.stdout)).toEqual({
      'plan.json': [],
      'report.json': [
        ['totals-changed', '28:17', '报告申报问题 7 个，所依据的方案申报 8 个（plan.json:12:43）'],
        ['problem-dropped', '45:11', '方案中问题 1.1 的整改任务 1.1.2“每月对剧场演出内容开展一次抽查，抽查结果在局务会…”（plan.json:28:13）在报告中没有下落'],
        ['deadline-slipped', '73:23', '问题 1.2 的整改时限由方案的 2023-05-31（plan.json:39:23）推迟到 2023-08-31，没有经批准的延期'],
        ['measures-reduced', '74:11', '问题 1.2 的整改措施由方案的 3 条（plan.json:40:11）减为 2 条，没有说明调整理由'],
        ['problem-dropped', '114:5', '方案中的问题 2.3“非遗保护项目经费结余未清理”（plan.json:91:9）在报告中没有下落'],
        ['status-regressed', '133:21', '问题 2.1 的状态由方案的“已完成”（plan.json:76:21）退回“正在推进”'],
        ['status-regressed', '158:21', '问题 2.2 由方案的“正在推进”（plan.json:89:21）改为“已完成”，但没有写明完成日期和佐证材料'],
        ['deadline-slipped', '176:11', '问题 2.4 的整改时限由方案的 2023-05-31（plan.json:109:23）延至 2023-09-30，但延期缺少批准人、批准日期'],
        ['problem-dropped', '189:20', '方案中的问题 3.1（plan.json:121:20）按标题对应本问题 3.2（相似度 80%）'],
        ['deadline-slipped', '196:23', '问题 3.2 的整改时限由方案的 2023-12-31（plan.json:126:23）改为“长期坚持”，没有经批准的延期'],
      ],
    });
    // The JSON format gives the plan's place as a related location too.
    const dropped = (JSON.parse(run.stdout) as JsonResult[])[1].messages.find((m) => m.line === 114)!;
    expect(dropped.related).toEqual([{ filePath: join(root, 'plan.json'), line: 91, column: 9, endLine: 92, endColumn: 22, path: ['aspects', 1, 'problems', 2] }]);
  });

  it('SARIF gives the plan’s place as a related location; rectlint rules tells which rules hold a report to its plan', async () => {
    const root = project();
    const run = await runCli(['check', 'report.json', '--as-of', '2023-07-15', '-f', 'sarif'], root);
    const log = JSON.parse(run.stdout);
    const Ajv04 = ((Ajv04Module as any).default ?? Ajv04Module) as typeof Ajv04Module.default;
    const ajv = new Ajv04({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/data/sarif/sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; relatedLocations?: unknown[] }[];
    const dropped = results.find((r) => r.ruleId === 'problem-dropped' && r.locations[0].physicalLocation.region.startLine === 114)!;
    expect(dropped.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: 'plan.json', uriBaseId: 'SRCROOT' }, region: { startLine: 91, startColumn: 9, endLine: 92, endColumn: 22 } }, properties: { path: '/aspects/1/problems/2' } },
    ]);
    const rules = JSON.parse((await runCli(['rules', '-f', 'json'], root)).stdout) as { id: string; scope: string }[];
    expect(rules.filter((r) => r.scope === 'previous').map((r) => r.id)).toEqual(['problem-dropped', 'deadline-slipped', 'status-regressed', 'measures-reduced', 'totals-changed']);
  });

  it('--plan holds a report in another format (text, imported) to a JSON plan; the report renumbered, and is matched by title', async () => {
    const root = project();
    const run = await runCli(['check', 'report.txt', '--plan', 'plan.json', '--as-of', '2023-07-15', '-f', 'json'], root);
    const found = findingsOf(run.stdout)['report.txt'];
    expect(found.filter(([rule]) => rule === 'problem-dropped').map(([, at, message]) => [at, message])).toEqual([
      ['8:1', '方案中问题 1.1 的整改任务 1.1.2“每月对剧场演出内容开展一次抽查，抽查结果在局务会…”（plan.json:28:13）在报告中没有下落'],
      ['25:3', '方案中的问题 2.3“非遗保护项目经费结余未清理”（plan.json:91:9）在报告中没有下落'],
      ['37:3', '方案中的问题 2.4（plan.json:104:20）按标题对应本问题 2.3（相似度 100%）'],
    ]);
    expect(found.filter(([rule]) => rule === 'status-regressed').map(([, at]) => at)).toEqual(['12:6', '30:6']);
  });

  it('--plan that does not exist is a usage error; a basedOn that cannot be read is a based-on error on it', async () => {
    const root = project();
    const missing = await runCli(['check', 'report.json', '--plan', 'nope.json'], root);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'rectlint: --plan 给出的方案文件不存在 (no such plan file): "nope.json"']);
    writeFileSync(join(root, 'report.json'), readFileSync(join(root, 'report.json'), 'utf8').replace('"basedOn": "plan.json"', '"basedOn": "gone.json"'));
    const run = await runCli(['check', 'report.json', '-f', 'json'], root);
    expect(findingsOf(run.stdout)['report.json']).toEqual([['based-on', '18:16', '无法与所依据的文件 gone.json 对照：无法读取文件：ENOENT']]);
    expect(run.code).toBe(1);
  });

  it('--cache: a report’s entry goes stale when its plan changes, though the report did not', async () => {
    const root = project();
    const dropped = async () => findingsOf((await runCli(['check', 'report.json', '--cache', '--as-of', '2023-07-15', '-f', 'json'], root)).stdout)['report.json'].filter(([rule]) => rule === 'problem-dropped').length;
    expect(await dropped()).toBe(3);
    expect(await dropped()).toBe(3);
    // The plan loses problem 2.3: the report no longer drops it.
    const plan = JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8'));
    plan.aspects[1].problems.splice(2, 1);
    writeFileSync(join(root, 'plan.json'), JSON.stringify(plan, null, 2));
    expect(await dropped()).toBe(2);
  });

  it('worker threads give the same answer (built binary)', () => {
    const root = project();
    for (let i = 0; i < 3; i++) copyFileSync(join(root, 'report.json'), join(root, `report-${i}.json`));
    const single = runBin(['check', '.', '--as-of', '2023-07-15', '-f', 'json'], root);
    const parallel = runBin(['check', '.', '--as-of', '2023-07-15', '--concurrency', '2', '-f', 'json'], root);
    expect(parallel.stdout).toBe(single.stdout);
    expect(Object.values(findingsOf(single.stdout)).map((list) => list.length)).toEqual([0, 10, 10, 10, 10]);
  });
});
