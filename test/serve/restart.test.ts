/**
 * A restart in the middle of a batch: the server is killed (SIGKILL, no chance to tidy up) while uploads are in
 * flight and acknowledged files still wait for their check, then started again on the same data folder. Every
 * file that was acknowledged must be there, checked, once; nothing half-stored may remain.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { planText, unitPlan } from './fixtures.js';
import { HttpClient } from './http-client.js';
import { startServe } from './server-process.js';

const CLIENTS = 8;
const REQUESTS_PER_CLIENT = 6;
const FILES_PER_REQUEST = 3;

describe('a restart mid-batch', () => {
  it('keeps every acknowledged file, checks each once, and keeps nothing half-stored', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rectlint-restart-'));
    const first = await startServe(dataDir, ['--workers', '1']);
    const client = await new HttpClient(first.url).begin();
    const round = await client.createRound('重启测试');

    const acknowledged = new Map<number, string>();
    let sent = 0;
    let killed = false;
    const uploader = async (c: number) => {
      for (let r = 0; r < REQUESTS_PER_CLIENT && !killed; r++) {
        const files = Array.from({ length: FILES_PER_REQUEST }, (_, f) => {
          const unit = `第${c}组第${r}批第${f}个单位`;
          return { name: `${unit}.json`, content: planText(unitPlan(unit)) };
        });
        sent += files.length;
        try {
          const response = await client.upload(round, files);
          const answer = (await response.json()) as { files: { file: string; status: string; id: number }[] };
          for (const file of answer.files) if (file.status === 'accepted') acknowledged.set(file.id, file.file);
        } catch {
          // In flight when the server died: not acknowledged.
        }
      }
    };
    const uploads = Promise.all(Array.from({ length: CLIENTS }, (_, c) => uploader(c)));
    // Kill once a good part is acknowledged, with more in flight and checks behind.
    while (acknowledged.size < (CLIENTS * REQUESTS_PER_CLIENT * FILES_PER_REQUEST) / 3) await new Promise((resolve) => setTimeout(resolve, 5));
    const pendingAtKill = await client.progress(round).then((p) => p.pending, () => -1);
    await first.kill();
    killed = true;
    await uploads;
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(acknowledged.size).toBeLessThan(sent);

    // Started again: the files left pending are checked, and the browser's session still works.
    const second = await startServe(dataDir);
    const again = new HttpClient(second.url);
    again.cookie = client.cookie;
    await again.settled(round, acknowledged.size);
    const progress = await again.progress(round);
    await second.stop();

    const db = new Sqlite(join(dataDir, 'rectlint.db'), { readonly: true });
    const rows = db.prepare('SELECT id, file_name AS name, state FROM submissions WHERE round_id = ?').all(round) as { id: number; name: string; state: string }[];
    const results = db.prepare("SELECT submission_id AS id FROM results WHERE locale = 'zh-CN'").all() as { id: number }[];
    const stored = new Set((db.prepare('SELECT file_hash || extension AS name FROM submissions').all() as { name: string }[]).map((r) => r.name));
    db.close();

    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const [id, name] of acknowledged) expect(byId.get(id), name).toMatchObject({ name, state: 'checked' });
    // Once each: no file twice (a request whose answer was lost may be there too, but only once).
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
    expect(results.map((r) => r.id).sort((a, b) => a - b)).toEqual(rows.map((row) => row.id).sort((a, b) => a - b));
    expect(progress).toMatchObject({ total: rows.length, pending: 0, failed: 0, unreadable: 0 });
    // Every stored file belongs to a submission; the temporary folder is empty.
    const files = readdirSync(join(dataDir, 'files')).filter((f) => f !== 'tmp').flatMap((folder) => readdirSync(join(dataDir, 'files', folder)));
    expect(new Set(files)).toEqual(stored);
    expect(readdirSync(join(dataDir, 'files', 'tmp'))).toEqual([]);
    // What the test saw, for its log: how much was waiting when the server died.
    console.log(`restart: ${acknowledged.size} of ${sent} files acknowledged before the kill, ${pendingAtKill} waiting for their check; ${rows.length} stored after the restart`);
  }, 180_000);

  it('refuses a second server on a data folder another one is using', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rectlint-lock-'));
    const first = await startServe(dataDir);
    await expect(startServe(dataDir)).rejects.toThrow(/exited with 2[\s\S]*数据目录正由另一个 rectlint serve/);
    await first.stop();
  }, 60_000);
});
