import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from './load-config.js';

/** Finds the nearest rectlint.config.json from a directory upwards, remembering each directory's answer. */
export class ConfigFinder {
  private readonly byDir = new Map<string, Promise<string | undefined>>();

  find(dir: string): Promise<string | undefined> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = access(join(dir, CONFIG_FILE_NAME)).then(
        () => join(dir, CONFIG_FILE_NAME),
        () => (dirname(dir) === dir ? undefined : this.find(dirname(dir))),
      );
      this.byDir.set(dir, found);
    }
    return found;
  }
}
