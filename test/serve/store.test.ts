import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobStore, sha256 } from '../../src/serve/store/blobs.js';
import { DataDirError, migrate, openDatabase } from '../../src/serve/store/database.js';
import { openStore, type Store } from '../../src/serve/store/index.js';
import { MIGRATIONS } from '../../src/serve/store/migrations.js';

const folder = () => mkdtempSync(join(tmpdir(), 'rectlint-store-'));
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

describe('migrations', () => {
  it('bring a new database to the latest step, and opening it again applies nothing', async () => {
    const file = join(folder(), 'db.sqlite');
    const db = await openDatabase(file);
    const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(['acceptances', 'comments', 'decisions', 'meta', 'results', 'rounds', 'sessions', 'settled', 'submissions', 'units']);
    db.prepare("INSERT INTO rounds (name, config, created_at) VALUES ('轮次', 'rectlint:strict', 'now')").run();
    db.close();
    const again = await openDatabase(file);
    expect(again.prepare('SELECT name FROM rounds').all()).toEqual([{ name: '轮次' }]);
    again.close();
  });

  it('apply each later step in its own transaction: a failing step leaves the database at the step before', () => {
    const db = new Sqlite(':memory:');
    const steps = [
      { version: 1, sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, steps)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    // Fixed, the next start goes on from step 1.
    expect(migrate(db, [steps[0], { version: 2, sql: 'CREATE TABLE b (x INTEGER);' }])).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('refuse a database written by a newer rectlint, and change nothing in it', async () => {
    const file = join(folder(), 'db.sqlite');
    const db = new Sqlite(file);
    db.pragma('user_version = 999');
    db.close();
    await expect(openDatabase(file)).rejects.toThrow(DataDirError);
    const after = new Sqlite(file);
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    expect(after.prepare("SELECT count(*) AS n FROM sqlite_master").get()).toEqual({ n: 0 });
    after.close();
  });
});

describe('the data folder', () => {
  it('is held by one server at a time; a lock left by a process that is gone is taken over', async () => {
    const dir = folder();
    store = await openStore(dir);
    await expect(openStore(dir)).rejects.toThrow(DataDirError);
    store.close();
    store = undefined;
    writeFileSync(join(dir, 'serve.lock'), '999999999');
    store = await openStore(dir);
    expect(readFileSync(join(dir, 'serve.lock'), 'utf8')).toBe(String(process.pid));
  });

  it('acknowledges a batch of files all together or not at all', async () => {
    store = await openStore(folder());
    const round = store.rounds.create({ name: '轮次', asOf: null, config: 'rectlint:strict', configFile: null }, 'now');
    const file = await store.blobs.put(new TextEncoder().encode('{}'), '.json');
    const good = { ...file, fileName: 'a.json', size: 2 };
    // The second entry breaks a NOT NULL constraint inside the transaction: the first is not kept either.
    expect(() => store!.submissions.addAll(round.id, [good, { ...good, hash: 'b'.repeat(64), fileName: null as unknown as string }], 'now')).toThrow();
    expect(store.submissions.progress(round.id).total).toBe(0);
    expect(store.submissions.addAll(round.id, [good], 'now').map((o) => 'added' in o)).toEqual([true]);
  });

  it('keeps files by content hash, and removes at start what no submission refers to', async () => {
    const dir = folder();
    store = await openStore(dir);
    const bytes = new TextEncoder().encode('{"a":1}');
    const kept = await store.blobs.put(bytes, '.json');
    expect(kept.hash).toBe(sha256(bytes));
    expect(store.blobs.pathOf(kept)).toBe(join(dir, 'files', kept.hash.slice(0, 2), `${kept.hash}.json`));
    expect(await store.blobs.put(bytes, '.json')).toEqual(kept);
    const round = store.rounds.create({ name: '轮次', asOf: null, config: 'rectlint:strict', configFile: null }, 'now');
    store.submissions.addAll(round.id, [{ ...kept, fileName: 'a.json', size: bytes.length }], 'now');
    // An upload that died before it was acknowledged: its file, and a half-written temporary one.
    const orphan = await store.blobs.put(new TextEncoder().encode('{"b":2}'), '.json');
    writeFileSync(join(dir, 'files', 'tmp', 'x.part'), 'half');
    store.close();
    store = await openStore(dir);
    expect(existsSync(store.blobs.pathOf(kept))).toBe(true);
    expect(existsSync(store.blobs.pathOf(orphan))).toBe(false);
    expect(readdirSync(join(dir, 'files', 'tmp'))).toEqual([]);
  });

  it('turns no name into a path but a hash and an extension that are read', async () => {
    const blobs = await BlobStore.open(join(folder(), 'files'));
    for (const bad of [{ hash: '../../etc/passwd', extension: '.json' }, { hash: 'a'.repeat(64), extension: '.sh' }, { hash: 'A'.repeat(64), extension: '.json' }, { hash: 'a'.repeat(63), extension: '/.json' }]) {
      expect(() => blobs.pathOf(bad)).toThrow(/not a stored file/);
    }
    mkdirSync(join(folder(), 'x'), { recursive: true });
  });
});
