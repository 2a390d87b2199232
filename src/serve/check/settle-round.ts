/**
 * A round's batch phase: the batch rules (copied-across-plans, template-text) judge the latest version of every unit
 * together, as `rectlint check` judges the plans of one run, each file named by its unit, version and file name. The
 * same function runs on the settling thread and, where no compiled thread exists (the TypeScript sources), here.
 */
import { ConfigResolver } from '../../run/config-resolver.js';
import type { FileResult } from '../../run/file-result.js';
import { settleBatches } from '../../run/batch-phase.js';
import type { Locale } from '../../rule-kit/types.js';

export interface SettleRequest {
  /** Each member's own result (its batch rules undecided), `filePath` the stored file, without its plan. */
  results: FileResult[];
  /** How findings name each stored file. */
  names: [file: string, name: string][];
  cwd: string;
  configFile: string;
  locale: Locale;
  asOf?: string;
  today: string;
}

const resolvers = new Map<string, ConfigResolver>();

export async function settleRound(request: SettleRequest): Promise<FileResult[]> {
  const key = `${request.cwd}\0${request.configFile}`;
  let resolver = resolvers.get(key);
  if (!resolver) resolvers.set(key, (resolver = new ConfigResolver({ cwd: request.cwd, configFile: request.configFile })));
  const configs = await Promise.all(request.results.map((result) => resolver.forFile(result.filePath)));
  const { results } = await settleBatches(request.results, configs, {
    cwd: request.cwd,
    locale: request.locale,
    today: request.today,
    ...(request.asOf ? { asOf: request.asOf } : {}),
    names: new Map(request.names),
  });
  return results;
}
