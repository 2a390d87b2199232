/**
 * Uploaded files, kept by content: a file's name in the store is the SHA-256 of its bytes (and the extension it
 * was checked as), so the same file uploaded twice is stored once, and no name a user gave ever reaches a path.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { READABLE_EXTENSIONS } from '../../import/report-files.js';

const HASH = /^[0-9a-f]{64}$/;

export interface StoredFile {
  hash: string;
  extension: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class BlobStore {
  private constructor(private readonly root: string) {}

  static async open(root: string): Promise<BlobStore> {
    await mkdir(join(root, 'tmp'), { recursive: true });
    return new BlobStore(root);
  }

  /** The file's path, from a hash and an extension that are checked here, whatever called. */
  pathOf({ hash, extension }: StoredFile): string {
    if (!HASH.test(hash) || !READABLE_EXTENSIONS.includes(extension)) throw new Error(`not a stored file: ${hash}${extension}`);
    return join(this.root, hash.slice(0, 2), `${hash}${extension}`);
  }

  /**
   * Stores bytes durably: written to a temporary file, flushed to disk, then renamed into place, so the store
   * never holds half a file under a hash. A file already stored is left as it is.
   */
  async put(bytes: Uint8Array, extension: string): Promise<StoredFile> {
    const file: StoredFile = { hash: sha256(bytes), extension };
    const target = this.pathOf(file);
    if (await stat(target).then(() => true, () => false)) return file;
    await mkdir(join(this.root, file.hash.slice(0, 2)), { recursive: true });
    const temporary = join(this.root, 'tmp', `${randomBytes(8).toString('hex')}.part`);
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    return file;
  }

  read(file: StoredFile): Promise<Buffer> {
    return readFile(this.pathOf(file));
  }

  /**
   * Removes what no submission refers to: files written by an upload that was interrupted before it was
   * acknowledged, and temporary files. Run at start, before any request.
   */
  async removeUnreferenced(referenced: ReadonlySet<string>): Promise<number> {
    let removed = 0;
    await rm(join(this.root, 'tmp'), { recursive: true, force: true });
    await mkdir(join(this.root, 'tmp'), { recursive: true });
    for (const folder of await readdir(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      for (const name of await readdir(join(this.root, folder))) {
        if (referenced.has(name)) continue;
        await rm(join(this.root, folder, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** The name a stored file has in its folder, as `removeUnreferenced` is given them. */
export function storedName({ hash, extension }: StoredFile): string {
  return `${hash}${extension}`;
}
