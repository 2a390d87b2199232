import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/run/shard.js';
import { basePlan } from '../fixtures/base-plan.js';
import { toText } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { runBin, runCli } from './run-cli.js';

const CORE_RULES = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'];
const CONFIG = { extends: [], rules: Object.fromEntries(CORE_RULES.map((id) => [id, 'error'])) };

/** A plan whose listed problems lack their cause analysis. */
function planMissingCauses(ids: string[]): any {
  const plan: any = basePlan();
  const template = plan.aspects[0].problems[0];
  delete template.causes;
  plan.aspects[0].problems = ids.map((id) => ({ ...structuredClone(template), id }));
  return plan;
}

function jsonOf(run: { stdout: string }): any[] {
  return JSON.parse(run.stdout);
}

describe('rectlint baseline and check --baseline', () => {
  it('records findings with sorted keys, then fails only on new findings, matched by problem id and path, not lines', async () => {
    const root = tempProject({ 'rectlint.config.json': CONFIG, 'plans/a.json': planMissingCauses(['1.1', '1.2']), 'plans/b.json': basePlan() });
    const written = await runCli(['baseline'], root);
    expect(written).toMatchObject({ code: 0, stdout: 'rectlint：已写入 rectlint-baseline.json：1 个文件中的 2 条审核发现\n' });
    const text = readFileSync(join(root, 'rectlint-baseline.json'), 'utf8');
    expect(JSON.parse(text)).toEqual({
      files: {
        'plans/a.json': [
          { count: 1, path: '/causes', problemId: '1.1', ruleId: 'require-cause-analysis' },
          { count: 1, path: '/causes', problemId: '1.2', ruleId: 'require-cause-analysis' },
        ],
      },
      format: 1,
    });
    expect(text.indexOf('"count"')).toBeLessThan(text.indexOf('"path"'));

    // Unchanged plans pass the gate; the baselined findings are suppressed, not gone.
    const same = await runCli(['check', '--baseline', '-f', 'json'], root);
    expect(same.code).toBe(0);
    expect(jsonOf(same)[0]).toMatchObject({ errorCount: 0, suppressedMessages: [{ ruleId: 'require-cause-analysis', suppressions: [{ kind: 'baseline', justification: 'rectlint-baseline.json' }] }, {}] });

    // A new problem inserted first shifts every line and array index; only its own finding is new.
    const edited = planMissingCauses(['1.0', '1.1', '1.2']);
    edited.inspection['x-note'] = '新增说明';
    writeFileSync(join(root, 'plans/a.json'), `\n\n${toText(edited)}`);
    const after = await runCli(['check', '--baseline', '-f', 'json'], root);
    expect(after.code).toBe(1);
    expect(jsonOf(after)[0].messages.map((m: any) => [m.ruleId, m.problemId])).toEqual([['require-cause-analysis', '1.0']]);
    expect(after.stderr).toBe('');
  });

  it('reports entries that no longer match (fixed findings, deleted files) for pruning, without failing', async () => {
    const root = tempProject({ 'rectlint.config.json': CONFIG, 'plans/a.json': planMissingCauses(['1.1', '1.2']), 'plans/old.json': planMissingCauses(['9.9']) });
    await runCli(['baseline'], root);
    writeFileSync(join(root, 'plans/a.json'), toText(planMissingCauses(['1.2'])));
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'plans/old.json'));
    const run = await runCli(['check', '--baseline'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'rectlint：基线中有 2 条已不再出现，可运行 rectlint baseline 清理\n  plans/a.json require-cause-analysis 1.1 /causes\n  plans/old.json require-cause-analysis 9.9 /causes\n',
    );
    // Re-recording prunes them.
    await runCli(['baseline'], root);
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'rectlint-baseline.json'), 'utf8')).files)).toEqual(['plans/a.json']);
  });

  it('a second copy of a recorded finding is new; --baseline-location names another file; a missing baseline is a usage error', async () => {
    const root = tempProject({ 'rectlint.config.json': CONFIG, 'a.json': planMissingCauses(['1.1']) });
    expect((await runCli(['baseline', '--baseline-location', 'ci/base.json'], root)).code).toBe(2);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'ci'));
    expect((await runCli(['baseline', '--baseline-location', 'ci/base.json'], root)).code).toBe(0);
    writeFileSync(join(root, 'a.json'), toText(planMissingCauses(['1.1', '1.1'])));
    const run = await runCli(['check', '--baseline-location', 'ci/base.json', '-f', 'json'], root);
    expect(run.code).toBe(1);
    expect(jsonOf(run)[0].errorCount).toBe(1);
    const missing = await runCli(['check', '--baseline'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('rectlint-baseline.json: 文件不存在，请先运行 rectlint baseline');
  });
});

describe('--cache', () => {
  it('reuses a result while file, config and plugins are unchanged, and recomputes when any changes', async () => {
    const plugin = readFileSync(resolve(import.meta.dirname, '../fixtures/plugins/acme-plugin.js'), 'utf8');
    const config = { ...CONFIG, plugins: ['./acme.js'] };
    const root = tempProject({ 'rectlint.config.json': config, 'acme.js': plugin, 'plan.json': planMissingCauses(['1.1']) });
    const first = await runCli(['check', '--cache', '-f', 'json'], root);
    const cacheFile = join(root, '.rectlintcache');
    expect(existsSync(cacheFile)).toBe(true);

    // Mark the stored result: a run that reuses it shows the mark.
    const tamper = () => {
      const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
      cache.entries['plan.json'].result.diagnostics[0].message = '来自缓存';
      writeFileSync(cacheFile, JSON.stringify(cache));
    };
    const message = async (args: string[] = []) => jsonOf(await runCli(['check', '--cache', '-f', 'json', ...args], root))[0].messages[0].message;
    tamper();
    expect(await message()).toBe('来自缓存');
    expect(jsonOf(first)[0].messages[0].message).not.toBe('来自缓存');

    writeFileSync(join(root, 'plan.json'), `${toText(planMissingCauses(['1.1']))}\n`);
    expect(await message()).toBe('问题 1.1 缺少原因分析');

    // A plugin's code is loaded once per process, so a changed plugin is seen by the next process.
    tamper();
    writeFileSync(join(root, 'acme.js'), `${plugin}\n// changed\n`);
    expect(jsonOf(runBin(['check', '--cache', '-f', 'json'], root))[0].messages[0].message).toBe('问题 1.1 缺少原因分析');
    tamper();
    expect(jsonOf(runBin(['check', '--cache', '-f', 'json'], root))[0].messages[0].message).toBe('来自缓存');

    tamper();
    expect(await message(['--rule', 'require-measures:warn'])).toBe('问题 1.1 缺少原因分析');

    tamper();
    expect(await message(['--locale', 'en'])).toBe('problem 1.1 has no cause analysis');
  });

  it('--cache-location takes a file or a directory', async () => {
    const root = tempProject({ 'plan.json': basePlan(), 'tmp/.keep': '' });
    await runCli(['check', '--cache-location', 'tmp/'], root);
    expect(existsSync(join(root, 'tmp/.rectlintcache'))).toBe(true);
    await runCli(['check', '--cache-location', 'tmp/my-cache.json'], root);
    expect(existsSync(join(root, 'tmp/my-cache.json'))).toBe(true);
  });
});

describe('--shard and --concurrency', () => {
  it('deals files round-robin: shards are disjoint, cover the list, and parse only as i/n', () => {
    const files = ['a', 'b', 'c', 'd', 'e'];
    const shards = [1, 2, 3].map((index) => selectShard(files, { index, count: 3 }));
    expect(shards).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3']) expect(parseShard(bad)).toBeUndefined();
  });

  it('shards of a run together give the whole run, each file once', async () => {
    const files = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`plans/p${i}.json`, planMissingCauses([`${i}.1`])]));
    const root = tempProject({ 'rectlint.config.json': CONFIG, ...files });
    const whole = jsonOf(await runCli(['check', '-f', 'json'], root)).map((r) => r.filePath);
    const parts = [];
    for (const shard of ['1/3', '2/3', '3/3']) parts.push(...jsonOf(await runCli(['check', '--shard', shard, '-f', 'json'], root)).map((r) => r.filePath));
    expect(parts.sort()).toEqual(whole);
    expect((await runCli(['check', '--shard', '4/3'], root)).code).toBe(2);
  });

  it('gives output identical to a single-threaded run, in the same order (built binary, worker threads)', () => {
    const files = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`plans/p${String(i).padStart(2, '0')}.json`, i % 5 === 0 ? '{ "broken": ' : planMissingCauses([`${i}.1`, `${i}.2`].slice(0, 1 + (i % 2)))]));
    const root = tempProject({ 'rectlint.config.json': CONFIG, ...files });
    const single = runBin(['check', '-f', 'json', '-f', 'sarif:one.sarif', '-f', 'stylish:one.txt'], root);
    const parallel = runBin(['check', '--concurrency', '3', '-f', 'json', '-f', 'sarif:three.sarif', '-f', 'stylish:three.txt'], root);
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    expect(readFileSync(join(root, 'three.sarif'), 'utf8')).toBe(readFileSync(join(root, 'one.sarif'), 'utf8'));
    expect(readFileSync(join(root, 'three.txt'), 'utf8')).toBe(readFileSync(join(root, 'one.txt'), 'utf8'));
    expect(runBin(['check', '--concurrency', 'auto', '-f', 'json'], root).stdout).toBe(single.stdout);
    expect(runBin(['check', '--concurrency', '0'], root).code).toBe(2);
  });
});
