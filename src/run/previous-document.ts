/**
 * The earlier document a checked file is compared with (for `previous` rules): the `--plan` file for every checked
 * file but that one, else the file its `report.basedOn` names, relative to the file itself. Read here, in the front
 * end, in any format a run reads; the core is given the document.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { PreviousDocument } from '../core/lint.js';
import { isObject } from '../rule-kit/helpers.js';
import type { JsonPath } from '../rule-kit/types.js';
import { readPlanDocument } from './read-plan-document.js';

export interface PreviousSource {
  file: string;
  /** How messages name it: relative to the working directory. */
  name: string;
  /** Where the checked file names it, when it does (`report.basedOn`). */
  namedAt?: JsonPath;
}

/** A file as output names it: relative to the working directory, with forward slashes. */
export function displayName(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).join('/') || file;
}

/** Which document `file` (whose parsed value is `plan`) is based on, if any. */
export function previousSource(file: string, plan: unknown, options: { plan?: string; planName?: string; followBasedOn?: boolean; cwd?: string }): PreviousSource | undefined {
  const cwd = options.cwd ?? process.cwd();
  if (options.plan !== undefined) {
    const planFile = resolve(cwd, options.plan);
    return planFile === file ? undefined : { file: planFile, name: options.planName ?? displayName(planFile, cwd) };
  }
  if (options.followBasedOn === false) return undefined;
  const basedOn = isObject(plan) && isObject(plan.report) ? plan.report.basedOn : undefined;
  if (typeof basedOn !== 'string' || basedOn.trim() === '') return undefined;
  const target = resolve(dirname(file), basedOn.trim());
  return { file: target, name: displayName(target, cwd), namedAt: ['report', 'basedOn'] };
}

/** Reads the previous document; one that cannot be read comes back with its `error` (a `based-on` finding). */
export async function readPrevious(source: PreviousSource, checkedFile: string): Promise<{ previous: PreviousDocument; bytes?: Uint8Array }> {
  const named = { filePath: source.file, name: source.name, ...(source.namedAt ? { namedAt: source.namedAt } : {}) };
  if (source.file === checkedFile) return { previous: { ...named, error: { zh: '它就是本文件', en: 'it is this file itself' } } };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { previous: { ...named, error: { zh: `无法读取文件：${code}`, en: `cannot read the file: ${code}` } } };
  }
  const read = await readPlanDocument(source.file, bytes);
  return { previous: { ...named, ...('error' in read ? { error: read.error } : { document: read.document }) }, bytes };
}
