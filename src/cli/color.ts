import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIo } from './io.js';

/** Color only on a terminal, never with NO_COLOR or --no-color, always with FORCE_COLOR (≠ 0). */
export function chooseChalk(noColorFlag: boolean, io: CliIo, stream: { isTTY?: boolean }): ChalkInstance {
  const force = io.env.FORCE_COLOR;
  let enabled = Boolean(stream.isTTY);
  if (force !== undefined) enabled = force !== '0' && force !== 'false';
  if (io.env.NO_COLOR || noColorFlag) enabled = false;
  return new Chalk({ level: enabled ? 1 : 0 });
}
