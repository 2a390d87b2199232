/**
 * The data folder (`--data`, default `./rectlint-data`): the SQLite database, the uploaded files by content hash,
 * and the preset configurations rounds are checked with. Everything the workbench knows is here, so a restart
 * keeps everything.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PRESET_NAMES, PRESET_PREFIX } from '../../config/presets.js';
import { BlobStore } from './blobs.js';
import { lockDataDir } from './data-dir-lock.js';
import { openDatabase, type Database } from './database.js';
import { serverSecret } from './meta.js';
import { ResultsTable } from './results.js';
import { ReviewsTable } from './reviews.js';
import { RoundsTable, type Round } from './rounds.js';
import { SessionsTable } from './sessions.js';
import { SettledTable } from './settled.js';
import { SubmissionsTable } from './submissions.js';

export interface Store {
  dataDir: string;
  db: Database;
  blobs: BlobStore;
  rounds: RoundsTable;
  submissions: SubmissionsTable;
  results: ResultsTable;
  settled: SettledTable;
  reviews: ReviewsTable;
  sessions: SessionsTable;
  /** Signs CSRF tokens; kept in the database. */
  secret: Buffer;
  /** The config file a round's files are checked with (as `rectlint check --config` would be given it). */
  configFileFor(round: Round): string;
  close(): void;
}

/** Preset configs as files, so a round's check is exactly `rectlint check --config <file>`. */
async function writePresetConfigs(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const preset of PRESET_NAMES) {
    await writeFile(join(folder, `${preset}.json`), `${JSON.stringify({ extends: `${PRESET_PREFIX}${preset}` }, null, 2)}\n`);
  }
}

export async function openStore(dataDirOption: string): Promise<Store> {
  const dataDir = resolve(dataDirOption);
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const configs = join(dataDir, 'configs');
    await writePresetConfigs(configs);
    const blobs = await BlobStore.open(join(dataDir, 'files'));
    const db = await openDatabase(join(dataDir, 'rectlint.db'));
    const submissions = new SubmissionsTable(db);
    // Files of an upload that died before it was acknowledged are not kept.
    await blobs.removeUnreferenced(submissions.storedNames());
    return {
      dataDir,
      db,
      blobs,
      rounds: new RoundsTable(db),
      submissions,
      results: new ResultsTable(db),
      settled: new SettledTable(db),
      reviews: new ReviewsTable(db),
      sessions: new SessionsTable(db),
      secret: serverSecret(db),
      configFileFor: (round) => (round.config === 'file' && round.configFile ? round.configFile : join(configs, `${round.config.slice(PRESET_PREFIX.length)}.json`)),
      close: () => {
        db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
