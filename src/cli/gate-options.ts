/**
 * The CI gate's flags, shared by `check` and `baseline`: worker threads, shards, the cache and the baseline.
 */
import { resolve } from 'node:path';
import type { FileResult } from '../run/file-result.js';
import type { LintRunOptions } from '../run/run-options.js';
import { applyBaseline, BASELINE_FILE_NAME, BaselineError, readBaseline } from '../baseline/baseline.js';
import type { Locale } from '../rule-kit/types.js';
import { parseShard } from '../run/shard.js';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

export const GATE_OPTIONS = {
  concurrency: { type: 'string' },
  'rule-timeout': { type: 'string' },
  shard: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'merge-cache': { type: 'string', multiple: true },
  baseline: { type: 'boolean' },
  'baseline-location': { type: 'string' },
} as const;

interface GateValues {
  concurrency?: string;
  'rule-timeout'?: string;
  shard?: string;
  cache?: boolean;
  'cache-location'?: string;
  'merge-cache'?: string[];
  baseline?: boolean;
  'baseline-location'?: string;
}

export interface GateOptions {
  lint: Pick<LintRunOptions, 'concurrency' | 'ruleTimeout' | 'shard' | 'cache' | 'cacheLocation' | 'mergeCaches'>;
  /** The baseline file to read (`check`) or write (`baseline`). */
  baselineFile: string;
  /** `check` compares with the baseline (`--baseline`, or a `--baseline-location` given). */
  useBaseline: boolean;
}

export function parseGateOptions(values: GateValues, cwd: string): GateOptions {
  let concurrency: number | 'auto' | undefined;
  if (values.concurrency !== undefined) {
    concurrency = values.concurrency === 'auto' ? 'auto' : Number(values.concurrency);
    if (concurrency !== 'auto' && !(Number.isInteger(concurrency) && concurrency >= 1)) {
      throw new UsageError(`--concurrency 需要正整数或 auto (needs a positive integer or auto), not "${values.concurrency}"`);
    }
  }
  const ruleTimeout = values['rule-timeout'] === undefined ? undefined : Number(values['rule-timeout']);
  if (ruleTimeout !== undefined && !(Number.isFinite(ruleTimeout) && ruleTimeout >= 0 && values['rule-timeout']!.trim() !== '')) {
    throw new UsageError(`--rule-timeout 需要非负的秒数，0 为不限 (needs seconds ≥ 0; 0 is no limit), not "${values['rule-timeout']}"`);
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard 的格式为 i/n，1 ≤ i ≤ n (--shard takes i/n), not "${values.shard}"`);
  return {
    lint: {
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(ruleTimeout !== undefined ? { ruleTimeout } : {}),
      ...(shard ? { shard } : {}),
      ...(values.cache || values['cache-location'] !== undefined || values['merge-cache'] ? { cache: true } : {}),
      ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
      ...(values['merge-cache'] ? { mergeCaches: values['merge-cache'] } : {}),
    },
    baselineFile: resolve(cwd, values['baseline-location'] ?? BASELINE_FILE_NAME),
    useBaseline: Boolean(values.baseline) || values['baseline-location'] !== undefined,
  };
}

/** Stale entries are listed (a few) so the baseline gets pruned; they never fail the gate. */
const STALE_SHOWN = 10;

/** `check --baseline`: only findings the baseline does not record count; stale entries are reported on stderr. */
export async function withBaseline(results: FileResult[], gate: GateOptions, io: CliIo, locale: Locale): Promise<FileResult[]> {
  if (!gate.useBaseline) return results;
  let baseline;
  try {
    baseline = await readBaseline(gate.baselineFile);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  if (baseline.invalid > 0) {
    io.stderr.write(
      locale === 'en'
        ? `rectlint: ${baseline.invalid} entries of ${gate.baselineFile} are not baseline entries and were ignored; run rectlint baseline to rewrite it\n`
        : `rectlint：${gate.baselineFile} 中有 ${baseline.invalid} 条记录不是有效的基线条目，已忽略；可运行 rectlint baseline 重写\n`,
    );
  }
  const { results: filtered, stale } = applyBaseline(results, baseline);
  if (stale.length > 0) {
    const count = stale.reduce((n, s) => n + s.unmatched, 0);
    io.stderr.write(
      locale === 'en'
        ? `rectlint: ${count} baseline entries no longer occur; run rectlint baseline to prune them\n`
        : `rectlint：基线中有 ${count} 条已不再出现，可运行 rectlint baseline 清理\n`,
    );
    for (const s of stale.slice(0, STALE_SHOWN)) io.stderr.write(`  ${s.file} ${s.ruleId}${s.problemId ? ` ${s.problemId}` : ''} ${s.path || '/'}${s.unmatched > 1 ? ` ×${s.unmatched}` : ''}\n`);
    if (stale.length > STALE_SHOWN) io.stderr.write(`  …${stale.length - STALE_SHOWN}\n`);
  }
  return filtered;
}
