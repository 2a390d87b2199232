import { lintFiles, type FileResult } from '../../src/api.js';
import type { Plan } from '../../src/types/plan.js';
import { toText } from '../helpers.js';
import { tempProject } from '../temp-project.js';

/** Only the batch rules, so each test sees what they find. */
export const BATCH_CONFIG = { extends: [], rules: { 'copied-across-plans': 'warn', 'template-text': 'warn' } };

/** Checks the plans (file name → plan) as one run with only the batch rules; results by file name. */
export async function round(plans: Record<string, Plan>, config: object = BATCH_CONFIG): Promise<{ root: string; results: Record<string, FileResult>; texts: Record<string, string> }> {
  const texts = Object.fromEntries(Object.entries(plans).map(([name, plan]) => [name, toText(plan)]));
  const root = tempProject({ 'rectlint.config.json': config, ...texts });
  const { results } = await lintFiles(['.'], { cwd: root, today: '2023-06-01' });
  return { root, results: Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r])), texts };
}
