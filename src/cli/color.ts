import { PLAIN_STYLES, type Styles } from '../formatters/styles.js';
import type { CliIo } from './io.js';

/**
 * Color only on a terminal, never with NO_COLOR or --no-color, always with FORCE_COLOR (≠ 0). chalk is loaded only
 * when colour is on.
 */
export async function chooseStyles(noColorFlag: boolean, io: CliIo, stream: { isTTY?: boolean }): Promise<Styles> {
  const force = io.env.FORCE_COLOR;
  let enabled = Boolean(stream.isTTY);
  if (force !== undefined) enabled = force !== '0' && force !== 'false';
  if (io.env.NO_COLOR || noColorFlag) enabled = false;
  if (!enabled) return PLAIN_STYLES;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
