import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRound, independentRound } from '../fixtures/round.js';
import { toText } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { runBin, runCli } from './run-cli.js';

const CONFIG = { extends: [], rules: { 'copied-across-plans': 'warn', 'template-text': 'warn', 'require-measures': 'error' } };

/** 24 plans in two folders; plans 2, 9 and 17 copy plan 2's (light edits). */
function project(): string {
  const plans = copyRound(independentRound(24), 2, [9, 17]);
  return tempProject({ 'rectlint.config.json': CONFIG, ...Object.fromEntries(plans.map(({ plan }, i) => [`plans/${i < 12 ? 'north' : 'south'}/p${String(i).padStart(2, '0')}.json`, toText(plan)])) });
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; message: string; related?: { filePath: string }[] }[];
  score: number;
}

/** Each file's batch findings: file → [rule, line, message]. */
function batchFindings(stdout: string, root: string): Record<string, string[][]> {
  return Object.fromEntries(
    (JSON.parse(stdout) as JsonResult[])
      .map((r) => [r.filePath.slice(root.length + 1), r.messages.filter((m) => m.ruleId.endsWith('-plans') || m.ruleId === 'template-text').map((m) => [m.ruleId, String(m.line), m.message])] as const)
      .filter(([, list]) => list.length > 0),
  );
}

describe('batch rules in a run', () => {
  it('are placed in each plan they concern and shown by every format: the message names the other unit’s file and place', async () => {
    const root = project();
    const json = await runCli(['check', 'plans', '-f', 'json'], root);
    const found = batchFindings(json.stdout, root);
    expect(Object.keys(found)).toEqual(['plans/north/p02.json', 'plans/north/p09.json', 'plans/south/p17.json']);
    expect(found['plans/north/p09.json'][0][2]).toMatch(/^原因分析与临江县交通运输局党组方案中的文字(完全|几乎)相同.*（见 plans\/north\/p02\.json:\d+:\d+），疑为照搬照抄$/);
    const stylish = await runCli(['check', 'plans'], root);
    expect(stylish.stdout).toContain(found['plans/north/p09.json'][0][2]);
    const sarif = JSON.parse((await runCli(['check', 'plans', '-f', 'sarif'], root)).stdout);
    const copies = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'copied-across-plans');
    expect(copies).toHaveLength(Object.values(found).flat().length);
    expect(copies.every((r: { relatedLocations?: unknown[] }) => r.relatedLocations?.length === 1)).toBe(true);
  });

  it('give the same output on worker threads (built binary)', () => {
    const root = project();
    const single = runBin(['check', 'plans', '-f', 'json', '-f', 'stylish:one.txt'], root);
    const parallel = runBin(['check', 'plans', '--concurrency', '3', '-f', 'json', '-f', 'stylish:three.txt'], root);
    expect(Object.keys(batchFindings(single.stdout, root))).toHaveLength(3);
    expect(parallel.stdout).toBe(single.stdout);
    expect(readFileSync(join(root, 'three.txt'), 'utf8')).toBe(readFileSync(join(root, 'one.txt'), 'utf8'));
  });

  it('--cache stays correct: a cached plan’s batch findings follow the other plans, which may change while it does not', async () => {
    const root = project();
    const run = async () => (await runCli(['check', 'plans', '--cache', '-f', 'json'], root)).stdout;
    const first = await run();
    expect(await run()).toBe(first);
    // p17 stops copying: p02 and p09 are read from the cache, yet no longer name p17.
    const own = independentRound(24)[17].plan;
    writeFileSync(join(root, 'plans/south/p17.json'), toText(own));
    const after = batchFindings(await run(), root);
    expect(Object.keys(after)).toEqual(['plans/north/p02.json', 'plans/north/p09.json']);
    expect(Object.values(after).flat().some(([, , message]) => message.includes('p17'))).toBe(false);
    expect(after).toEqual(batchFindings((await runCli(['check', 'plans', '-f', 'json'], root)).stdout, root));
  });

  it('--shard compares only its part and says so; merging the shards’ caches compares every plan, as a whole run does', async () => {
    const root = project();
    const whole = batchFindings((await runCli(['check', 'plans', '-f', 'json'], root)).stdout, root);
    const shards = [];
    for (const shard of ['1/2', '2/2']) {
      mkdirSync(join(root, `shard-${shard[0]}`));
      const run = await runCli(['check', 'plans', '--shard', shard, '--cache-location', `shard-${shard[0]}/`, '-f', 'json'], root);
      expect(run.stderr).toContain(`rectlint：--shard ${shard}：跨方案规则（copied-across-plans、template-text）只比较了本分片的 12 份方案。`);
      shards.push(batchFindings(run.stdout, root));
    }
    // Round-robin: p02 and p09 fall in different shards from p17 or each other, so no shard sees all three copies.
    expect(Object.keys({ ...shards[0], ...shards[1] }).length).toBeLessThan(3);
    const merged = await runCli(['check', 'plans', '--merge-cache', 'shard-1/', '--merge-cache', 'shard-2/', '--cache-location', 'merged/', '-f', 'json'], root);
    expect(merged.stderr).toBe('');
    expect(batchFindings(merged.stdout, root)).toEqual(whole);
    expect(Object.keys(whole)).toHaveLength(3);
    // Every file came from a shard's cache: the merged cache holds all 24.
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'merged/.rectlintcache'), 'utf8')).entries)).toHaveLength(24);
  });

  it('a report and the plan it is based on are one unit: their shared text is not a copy', async () => {
    const root = project();
    const plan = JSON.parse(readFileSync(join(root, 'plans/north/p00.json'), 'utf8'));
    plan.report = { kind: 'progress-report', date: '2023-06-30', basedOn: 'p00.json' };
    plan.inspection.inspectedUnit = '教育局'; // spelled otherwise than its plan's 临江县教育局党组
    writeFileSync(join(root, 'plans/north/p00-report.json'), toText(plan));
    copyFileSync(join(root, 'plans/north/p01.json'), join(root, 'plans/north/p01-v2.json'));
    const found = batchFindings((await runCli(['check', 'plans', '-f', 'json'], root)).stdout, root);
    expect(Object.keys(found)).toEqual(['plans/north/p02.json', 'plans/north/p09.json', 'plans/south/p17.json']);
  });
});
