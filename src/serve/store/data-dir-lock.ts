/**
 * One server per data folder: two would check the same pending files twice. The lock file holds the owner's
 * process id; a lock left by a process that is gone (killed, crashed) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirError } from './database.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders this process holds: its own process id in a lock file is a stale lock only if it is not among them. */
const held = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'serve.lock');
  if (held.has(file)) throw new DataDirError(`数据目录已在使用中 (the data folder is already in use): ${dataDir}`);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
      throw new DataDirError(`数据目录正由另一个 rectlint serve（进程 ${owner}）使用 (the data folder is in use by another rectlint serve, process ${owner}): ${dataDir}`);
    }
    writeFileSync(file, String(process.pid));
  }
  held.add(file);
  return () => {
    held.delete(file);
    rmSync(file, { force: true });
  };
}
