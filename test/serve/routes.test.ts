/**
 * Every route, one table: each answers an unknown round, unit, file or version with 404; each change refuses a
 * request without the CSRF token (403) and a client that has not signed in when a password is set (401); and none
 * of these refusals changes anything stored. Withdrawing an acceptance, both ways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingKey } from '../../src/serve/model/finding-key.js';
import { planText, unitPlan } from './fixtures.js';
import { counts, openHarness, type Client, type Harness } from './harness.js';

let harness: Harness;
let client: Client;
let round: number;
let unit: number;
let version: number;

beforeAll(async () => {
  harness = await openHarness();
  client = harness.client();
  round = await client.createRound('轮次');
  await client.upload(round, [{ name: '甲局.json', content: planText(unitPlan('县水利局党组')) }]);
  await harness.idle();
  const [latest] = harness.context.store.submissions.latestByUnit(round);
  unit = latest.unit.id;
  version = latest.latest.id;
});
afterAll(() => harness.close());

/** Every page and export, with a place for an id that does not exist. */
const reads = (r: number | string, u: number | string, f: number | string): string[] => [
  `/rounds/${r}`,
  `/rounds/${r}/progress`,
  `/rounds/${r}/units/${u}`,
  `/rounds/${r}/units/${u}/compare?from=1&to=2`,
  `/rounds/${r}/units/${u}/opinion.docx`,
  `/rounds/${r}/files/${f}`,
  `/rounds/${r}/summary.xlsx`,
  `/rounds/${r}/report.html`,
];

/** Every change, with the fields a valid one would carry. */
const changes = (r: number | string, u: number | string, f: number | string, acceptance: number | string, key: string): [string, Record<string, string>][] => [
  [`/rounds/${r}/units/${u}/acceptances`, { version: String(version), finding: key, reason: '理由' }],
  [`/rounds/${r}/units/${u}/acceptances/${acceptance}/withdraw`, { version: String(version) }],
  [`/rounds/${r}/units/${u}/comments`, { version: String(version), body: '意见' }],
  [`/rounds/${r}/units/${u}/decision`, { version: String(version), decision: 'returned', opinion: '请补充' }],
  [`/rounds/${r}/files/${f}/unit`, { unit: '县林业局党组' }],
];

async function anyFindingKey(): Promise<string> {
  const shown = await harness.context.checker.judgements.shown(harness.context.store.submissions.get(version)!, 'zh-CN');
  return findingKey(shown!.diagnostics[0]);
}

describe('every route', () => {
  it('answers an unknown round, unit, file or version with 404', async () => {
    const inUnitOrFile = (path: string) => /\/(units|files)\//.test(path);
    const unknown = [...reads(999, unit, version), ...reads('x', 'y', 'z'), ...reads(round, 999, 999).filter(inUnitOrFile), `/rounds/${round}/units/${unit}?v=9`, `/rounds/${round}/units/${unit}/opinion.docx?v=2`];
    for (const path of unknown) expect((await client.request(path)).status, path).toBe(404);
    // The same routes answer for what exists (but a comparison: the unit has no version 2).
    expect((await client.request(`/rounds/${round}/units/${unit}/compare?from=1&to=2`)).status).toBe(404);
    // A file filed under a unit is shown on the unit's page (303 there).
    for (const path of reads(round, unit, version).filter((p) => !p.includes('compare'))) expect((await client.request(path)).status, path).toBe(path.includes('/files/') ? 303 : 200);
  });

  it('refuses every change without the CSRF token or naming what does not exist, and changes nothing', async () => {
    await client.page(`/rounds/${round}`);
    const key = await anyFindingKey();
    const before = counts(harness);
    for (const [path, fields] of changes(round, unit, version, 1, key)) {
      expect((await client.postForm(path, fields, { csrf: false })).status, path).toBe(403);
      expect((await client.postForm(path, fields, { csrf: 'not-the-token' })).status, path).toBe(403);
    }
    for (const [path, fields] of [...changes(999, unit, version, 1, key), ...changes(round, 999, 999, 999, key)]) {
      expect((await client.postForm(path, fields)).status, path).toBe(404);
    }
    // Another round's unit, named under this round, is not found either.
    const other = await client.createRound('另一轮');
    const afterRound = counts(harness);
    for (const [path, fields] of changes(other, unit, version, 1, key)) expect((await client.postForm(path, fields)).status, path).toBe(404);
    expect(counts(harness)).toEqual(afterRound);
    expect({ ...afterRound, rounds: afterRound.rounds - 1 }).toEqual(before);
    expect(harness.context.store.submissions.get(version)!.unitId).toBe(unit);
  });

  it('withdraws an acceptance of this unit, and answers one that is not, or gone, with 404', async () => {
    await client.page(`/rounds/${round}/units/${unit}`);
    const key = await anyFindingKey();
    expect((await client.postForm(`/rounds/${round}/units/${unit}/acceptances`, { version: String(version), finding: key, reason: '已另行说明' })).status).toBe(303);
    const [accepted] = harness.context.store.reviews.acceptances(unit);
    expect(accepted).toMatchObject({ findingKey: key, reason: '已另行说明' });
    const withdraw = `/rounds/${round}/units/${unit}/acceptances/${accepted.id}/withdraw`;
    const answer = await client.postForm(withdraw, { version: String(version) });
    expect([answer.status, answer.headers.get('location')]).toEqual([303, `/rounds/${round}/units/${unit}?v=1#findings-title`]);
    expect(harness.context.store.reviews.acceptances(unit)).toEqual([]);
    expect((await client.postForm(withdraw, { version: String(version) })).status).toBe(404);
    expect((await client.postForm(`/rounds/${round}/units/${unit}/acceptances/abc/withdraw`, { version: String(version) })).status).toBe(404);
  });
});

describe('with a password', () => {
  it('every route answers a client that has not signed in with 401, and nothing changes', async () => {
    const locked = await openHarness({ password: 'correct horse battery' });
    try {
      const stranger = locked.client();
      for (const path of ['/', ...reads(1, 1, 1)]) expect((await stranger.request(path, { json: true })).status, path).toBe(401);
      for (const [path, fields] of [['/rounds', { name: '轮次', asOfMode: 'report', config: 'rectlint:strict' }] as [string, Record<string, string>], [`/rounds/1/files`, {}] as [string, Record<string, string>], ...changes(1, 1, 1, 1, 'k')]) {
        expect((await stranger.postForm(path, fields, { json: true })).status, path).toBe(401);
      }
      expect(counts(locked)).toMatchObject({ rounds: 0, submissions: 0, acceptances: 0, comments: 0, decisions: 0, sessions: 0 });
    } finally {
      locked.close();
    }
  });
});
