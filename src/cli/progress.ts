import type { Locale } from '../rule-kit/types.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  done: number;
  total: number;
}

/** Batches smaller than this finish before a bar would be worth reading. */
export const PROGRESS_MIN_FILES = 20;
const BAR_WIDTH = 28;
const CLEAR_LINE = '\r\u001b[2K';

export interface ProgressBar {
  update(progress: Progress): void;
  /** Erases the bar (also when the run stops early on an error). */
  end(): void;
}

/**
 * A one-line progress bar on a terminal's stderr for long batches, redrawn at most once per percent (so
 * ten thousand files cost a hundred writes) and erased when the run ends, leaving the report clean.
 * Returns undefined when there is nothing to draw on: stderr is not a terminal.
 */
export function progressBar(stream: ProgressStream, locale: Locale, minFiles = PROGRESS_MIN_FILES): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  const label = locale === 'en' ? 'checking' : '检查中';
  let lastPercent = -1;
  let drawn = false;
  const end = () => {
    if (drawn) stream.write(CLEAR_LINE);
    drawn = false;
  };
  const update = ({ done, total }: Progress) => {
    if (total < minFiles) return;
    if (done >= total) return end();
    const percent = Math.floor((100 * done) / total);
    if (percent === lastPercent) return;
    lastPercent = percent;
    const filled = Math.round((BAR_WIDTH * done) / total);
    stream.write(`${CLEAR_LINE}${label} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${percent}%`);
    drawn = true;
  };
  return { update, end };
}
