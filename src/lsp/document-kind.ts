import { basename, extname } from 'node:path';
import { CONFIG_FILE_NAME, type LoadedConfig } from '../config/load-config.js';
import { isIgnored, isPlanFile } from '../config/settings-for-file.js';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import { opensLikeReport } from '../import/report-likeness.js';

/** What the server does with an open document. */
export type DocumentKind = 'plan' | 'report' | 'config' | 'other';

const PLAN_SCHEMA_NAME = /(^|[/\\])plan\.schema\.json$/;
const SCHEMA_PROPERTY = /"\$schema"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.csv']);

/** Whether the text declares the plan schema in `$schema` (its `$id`, or any path ending in plan.schema.json). */
export function declaresPlanSchema(text: string): boolean {
  const declared = SCHEMA_PROPERTY.exec(text)?.[1];
  return declared !== undefined && (declared === planSchema.$id || PLAN_SCHEMA_NAME.test(declared));
}


export interface KindInput {
  filePath: string;
  text: string;
  /** The governing config; undefined when it could not be loaded. */
  config?: LoadedConfig;
}

/**
 * Plans are JSON files the config's `files` pick (when there is a config file: the built-in default would take
 * every JSON file in the workspace) or that declare the plan schema; reports are .txt/.md files the config picks
 * or whose opening reads like a report. The config's `ignores` always win.
 */
export function documentKind({ filePath, text, config }: KindInput): DocumentKind {
  if (basename(filePath) === CONFIG_FILE_NAME) return 'config';
  if (config && isIgnored(config, filePath)) return 'other';
  const pickedByConfig = config?.file !== undefined && isPlanFile(config, filePath);
  const extension = extname(filePath).toLowerCase();
  if (REPORT_EXTENSIONS.has(extension)) return pickedByConfig || opensLikeReport(text) ? 'report' : 'other';
  if (declaresPlanSchema(text) || (extension === '.json' && pickedByConfig)) return 'plan';
  return 'other';
}
