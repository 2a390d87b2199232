/**
 * A round runs the batch rules over its units' latest versions, as `rectlint check` runs them over the plans of one
 * run: a plan copied from another unit's is flagged on both, naming the other unit's version; an older version keeps
 * what it showed as the latest; the overview's figures are the batch phase's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { planText, unitPlan } from './fixtures.js';
import { openHarness, type Client, type Harness } from './harness.js';

let harness: Harness;
let client: Client;
let round: number;

const COPIED = 'copied-across-plans';
/** The second unit's plan: the first's, its own name put in. */
const files = [
  { name: '甲局.json', content: planText(unitPlan('县水利局党组')) },
  { name: '乙局.json', content: planText(unitPlan('县林业局党组')) },
];

beforeAll(async () => {
  harness = await openHarness();
  client = harness.client();
  round = await client.createRound('照搬照抄');
  await client.upload(round, files);
  await harness.idle();
});
afterAll(() => harness.close());

const unitIds = () => new Map(harness.context.store.submissions.latestByUnit(round).map((u) => [u.unit.name, u.unit.id]));

describe('the round\'s batch phase', () => {
  it('flags the copy in both units\' latest versions, where rectlint check over both files flags it', async () => {
    const latest = await harness.context.checker.judgements.latestResults(round, 'zh-CN');
    const folder = mkdtempSync(join(tmpdir(), 'rectlint-round-'));
    writeFileSync(join(folder, 'strict.json'), JSON.stringify({ extends: 'rectlint:strict' }));
    for (const file of files) writeFileSync(join(folder, file.name), file.content);
    const cli = await lintFiles(files.map((f) => join(folder, f.name)), { cwd: folder, configFile: join(folder, 'strict.json'), asOf: '2023-11-30' });
    const rows = harness.context.store.submissions.latestByUnit(round);
    rows.forEach((row, i) => {
      const shown = latest.get(row.latest.id)!;
      const expected = cli.results[i];
      const where = (d: { ruleId: string; range: { start: { line: number; column: number } } }) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`;
      expect(shown.diagnostics.map(where)).toEqual(expected.diagnostics.map(where));
      expect(shown.diagnostics.filter((d) => d.ruleId === COPIED).length).toBeGreaterThan(0);
      expect(shown.score.score).toBe(expected.score.score);
    });
    // Named by the other unit's version and file, not by where it is stored.
    const first = latest.get(rows[0].latest.id)!.diagnostics.find((d) => d.ruleId === COPIED)!;
    expect(first.message).toMatch(/^.+与县林业局党组方案中的文字完全相同（见 县林业局党组 v1 乙局\.json:\d+:\d+），疑为照搬照抄$/);
    expect(first.related![0].filePath).toBe(`submission:${rows[1].latest.id}`);
  });

  it('the unit page links the other copy, and the overview\'s figures count the copies', async () => {
    const page = (await client.page(`/rounds/${round}/units/${unitIds().get('县水利局党组')}`)).html;
    const latest = harness.context.store.submissions.latestByUnit(round);
    expect(page).toMatch(new RegExp(`<p class="related">另见 <a href="/rounds/${round}/files/${latest[1].latest.id}#L\\d+">县林业局党组 v1 乙局\\.json:\\d+:\\d+</a></p>`));
    expect(page).toContain('与命令行同时检查本轮各单位最新版本的结果一致');
    const settled = (await harness.context.checker.judgements.latestResults(round, 'zh-CN')).get(latest[0].latest.id)!;
    const overview = (await client.page(`/rounds/${round}`)).html;
    expect(overview).toMatch(new RegExp(`data-value="${settled.errorCount}">${settled.errorCount}</td>`));
    expect(JSON.parse(harness.context.store.submissions.get(latest[0].latest.id)!.summaryJson!).errors).toBeLessThan(settled.errorCount);
  });

  it('a new version makes the comparison stale; the old version keeps what it showed as the latest', async () => {
    const before = latestIds();
    await client.upload(round, [{ name: '乙局（修改稿）.json', content: planText(unitPlan('县林业局党组', 2)) }]);
    await harness.idle();
    expect(harness.context.checker.judgements.isSettled(round)).toBe(true);
    const [old] = harness.context.store.submissions.versions(unitIds().get('县林业局党组')!);
    expect(old.id).toBe(before[1]);
    const kept = await harness.context.checker.judgements.shown(old, 'zh-CN');
    const copies = kept!.diagnostics.filter((d) => d.ruleId === COPIED);
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.every((d) => d.message.includes('县水利局党组 v1 甲局.json'))).toBe(true);
    // Never compared in English while it was the latest: in English it is judged alone.
    expect((await harness.context.checker.judgements.shown(old, 'en'))!.diagnostics.filter((d) => d.ruleId === COPIED)).toEqual([]);
    const water = await harness.context.checker.judgements.shown(harness.context.store.submissions.get(before[0])!, 'zh-CN');
    // Version 2 rewrote some texts and kept others: the copies it kept are still flagged, against v2.
    expect(water!.diagnostics.filter((d) => d.ruleId === COPIED).every((d) => d.message.includes('县林业局党组 v2 乙局（修改稿）.json'))).toBe(true);
  });

  it('in English, the same findings worded in English', async () => {
    const latest = await harness.context.checker.judgements.latestResults(round, 'en');
    const copied = [...latest.values()].flatMap((result) => result.diagnostics).filter((d) => d.ruleId === COPIED);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied[0].message).toMatch(/text in the plan of 县.+局党组 \(see 县.+局党组 v\d .+\.json:\d+:\d+\): copied\?$/);
  });
});

function latestIds(): number[] {
  return harness.context.store.submissions.latestByUnit(round).map((u) => u.latest.id);
}
