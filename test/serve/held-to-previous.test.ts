/**
 * A unit's later version is held to the one before it, as `rectlint check NEW --plan OLD` holds a report to its plan:
 * the plan-and-report rules (problem-dropped, deadline-slipped, …) speak in the workbench too, naming the earlier
 * version and linking its line. A stored file has no neighbours, so a report.basedOn is not followed there.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { openHarness, type Client, type Harness } from './harness.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/plan-and-report');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** The text report, naming its unit as the plan does (the fixture's opening names it without the county). */
const textReport = () => fixture('report.txt').replace('对县文化广电和旅游局党组', '对临江县文化广电和旅游局党组');
const PREVIOUS_RULES = ['problem-dropped', 'deadline-slipped', 'status-regressed', 'measures-reduced', 'totals-changed'];

let harness: Harness;
let client: Client;
beforeEach(async () => {
  harness = await openHarness();
  client = harness.client();
});
afterEach(() => harness.close());

/** What `rectlint check FILE --plan plan.json` gives, with the round's config and date. */
async function cliFindings(name: string, text: string, planName: string): Promise<Diagnostic[]> {
  const folder = mkdtempSync(join(tmpdir(), 'rectlint-held-'));
  copyFileSync(join(FIXTURES, 'plan.json'), join(folder, planName));
  writeFileSync(join(folder, name), text);
  writeFileSync(join(folder, 'strict.json'), JSON.stringify({ extends: 'rectlint:strict' }));
  const [result] = (await lintFiles([join(folder, name)], { configFile: join(folder, 'strict.json'), asOf: '2023-07-15', cwd: folder, plan: planName })).results;
  return result.diagnostics;
}

const brief = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}`);

describe('a later version is held to the one before it', () => {
  it('v2 gets the findings rectlint check --plan v1 gives, each naming 第1版 and linking its line; v1’s basedOn is not followed', async () => {
    const round = await client.createRound('对账', '2023-07-15');
    await client.upload(round, [{ name: 'plan.json', content: fixture('plan.json') }]);
    await harness.idle();
    await client.upload(round, [{ name: 'report.json', content: fixture('report.json') }]);
    await harness.idle();
    const [{ unit, version }] = harness.context.store.submissions.latestByUnit(round);
    expect(version).toBe(2);
    const [v1, v2] = harness.context.store.submissions.versions(unit.id);
    // The report names plan.json in report.basedOn; stored alone, it would be a based-on error. It is held to v1.
    const shown = (await harness.context.checker.judgements.shown(v2, 'zh-CN'))!;
    expect(shown.diagnostics.map((d) => d.ruleId)).not.toContain('based-on');
    const cli = await cliFindings('report.json', fixture('report.json'), 'plan.json');
    expect(cli.filter((d) => PREVIOUS_RULES.includes(d.ruleId)).length).toBeGreaterThanOrEqual(6);
    const own = harness.context.store.results.get(v2.id, 'zh-CN')!;
    expect(brief(own.diagnostics)).toEqual(brief(cli).map((line) => line.replaceAll('（plan.json:', '（第1版 plan.json:')));
    expect(brief(own.diagnostics)).toContain('114:5 problem-dropped 方案中的问题 2.3“非遗保护项目经费结余未清理”（第1版 plan.json:91:9）在报告中没有下落');

    const page = (await client.page(`/rounds/${round}/units/${unit.id}?v=2`)).html;
    expect(page).toContain(`<a href="/rounds/${round}/files/${v1.id}#L91">第1版 plan.json:91:9</a>`);
    // v1 itself is held to nothing: none of these rules, and no based-on.
    const first = harness.context.store.results.get(v1.id, 'zh-CN')!;
    expect(first.diagnostics.filter((d) => d.ruleId === 'based-on' || PREVIOUS_RULES.includes(d.ruleId))).toEqual([]);

    // In English, the earlier version is named in English too.
    const [english] = await harness.context.checker.results([v2], 'en');
    expect(english!.diagnostics.find((d) => d.ruleId === 'problem-dropped' && d.range.start.line === 114)!.message).toContain('(v1 plan.json:91:9)');
  });

  it('in any format, and when both versions come in one upload: a text report held to the JSON plan before it', async () => {
    const round = await client.createRound('对账', '2023-07-15');
    await client.upload(round, [
      { name: '整改方案.json', content: fixture('plan.json') },
      { name: '整改情况报告.txt', content: textReport() },
    ]);
    await harness.idle();
    const [{ unit, version }] = harness.context.store.submissions.latestByUnit(round);
    expect(version).toBe(2);
    const [, v2] = harness.context.store.submissions.versions(unit.id);
    const own = harness.context.store.results.get(v2.id, 'zh-CN')!;
    const cli = await cliFindings('整改情况报告.txt', textReport(), '整改方案.json');
    expect(brief(own.diagnostics)).toEqual(brief(cli).map((line) => line.replaceAll('（整改方案.json:', '（第1版 整改方案.json:')));
    expect(own.diagnostics.filter((d) => d.ruleId === 'problem-dropped').map((d) => d.message)).toContain('方案中的问题 2.3“非遗保护项目经费结余未清理”（第1版 整改方案.json:91:9）在报告中没有下落');
    // The overview's figures are the held check's, these errors included.
    const errors = own.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.some((d) => d.ruleId === 'problem-dropped')).toBe(true);
    expect(JSON.parse(harness.context.store.submissions.get(v2.id)!.summaryJson!).errors).toBe(errors.length);
  });

  it('a report filed by a reviewer under its plan’s unit is checked again, held to the plan, and the overview follows', async () => {
    const round = await client.createRound('对账', '2023-07-15');
    // The report names its unit without the county, so it is filed as a unit of its own at first.
    await client.upload(round, [{ name: 'plan.json', content: fixture('plan.json') }]);
    await harness.idle();
    await client.upload(round, [{ name: 'report.txt', content: fixture('report.txt') }]);
    await harness.idle();
    const units = harness.context.store.submissions.latestByUnit(round);
    expect(units.map((u) => [u.unit.name, u.version])).toEqual([['临江县文化广电和旅游局党组', 1], ['县文化广电和旅游局党组', 1]]);
    const report = units[1].latest;
    expect(harness.context.store.results.get(report.id, 'zh-CN')!.diagnostics.filter((d) => PREVIOUS_RULES.includes(d.ruleId))).toEqual([]);
    await harness.context.checker.results([report], 'en');

    await client.page(`/rounds/${round}`);
    const moved = await client.postForm(`/rounds/${round}/files/${report.id}/unit`, { unit: '临江县文化广电和旅游局党组' });
    expect([moved.status, moved.headers.get('location')]).toEqual([303, `/rounds/${round}/units/${units[0].unit.id}?v=2`]);
    await harness.idle();
    const held = harness.context.store.results.get(report.id, 'zh-CN')!;
    expect(held.diagnostics.filter((d) => d.ruleId === 'problem-dropped').map((d) => d.message)).toContain('方案中的问题 2.3“非遗保护项目经费结余未清理”（第1版 plan.json:91:9）在报告中没有下落');
    // Its result in another language was checked before the move: it is checked again too.
    const [english] = await harness.context.checker.results([harness.context.store.submissions.get(report.id)!], 'en');
    expect(english!.diagnostics.some((d) => d.ruleId === 'problem-dropped')).toBe(true);
    // The overview shows one unit at v2, whose figures are the held check's.
    const [only] = harness.context.store.submissions.latestByUnit(round);
    expect([harness.context.store.submissions.latestByUnit(round).length, only.version, only.latest.id]).toEqual([1, 2, report.id]);
    const rows = await harness.context.checker.judgements.latest(round, 'zh-CN');
    const shownErrors = JSON.parse(rows.get(report.id)!.summaryJson).errors;
    expect(shownErrors).toBe(held.diagnostics.filter((d) => d.severity === 'error').length);
  });

  it('a plan filed after its report (files of one drop come in any order) is not held to the report; the next report is held to the plan', async () => {
    const round = await client.createRound('对账', '2023-07-15');
    // 整改情况报告 sorts before 整改方案, so a folder dropped on the page sends the report first.
    await client.upload(round, [
      { name: '整改情况报告.json', content: fixture('report.json') },
      { name: '整改方案.json', content: fixture('plan.json') },
    ]);
    await harness.idle();
    await client.upload(round, [{ name: '整改情况报告（第二次）.txt', content: textReport() }]);
    await harness.idle();
    const [{ unit }] = harness.context.store.submissions.latestByUnit(round);
    const [report, plan, later] = harness.context.store.submissions.versions(unit.id);
    expect([report.fileName, plan.fileName, later.fileName]).toEqual(['整改情况报告.json', '整改方案.json', '整改情况报告（第二次）.txt']);
    const held = (id: number) => harness.context.store.results.get(id, 'zh-CN')!.diagnostics.filter((d) => PREVIOUS_RULES.includes(d.ruleId));
    // Held to the report, the plan would have its statuses "go backwards" (2.2 was reported done) and more.
    expect(held(plan.id)).toEqual([]);
    expect(held(later.id).map((d) => d.message)).toContain('方案中的问题 2.3“非遗保护项目经费结余未清理”（第2版 整改方案.json:91:9）在报告中没有下落');
  });
});
