/**
 * The round as the HTML review report `rectlint check -f html` writes: the same formatter over each unit's latest
 * version, each named by its unit, version and file.
 */
import { VERSION } from '../../cli/version.js';
import { PLAIN_STYLES } from '../../formatters/styles.js';
import type { Locale } from '../../rule-kit/types.js';
import type { FileResult } from '../../run/file-result.js';
import type { OverviewRow } from '../model/overview.js';

export async function reportHtml(rows: readonly OverviewRow[], results: readonly (FileResult | undefined)[], locale: Locale): Promise<string> {
  const { default: htmlReport } = await import('../../formatters/html/index.js');
  const named: FileResult[] = [];
  rows.forEach((row, i) => {
    const result = results[i];
    if (!result) return;
    const name = `${row.unit.name} v${row.version} ${row.latest.fileName}`.replace(/[\\/]/gu, ' ');
    // The report names a file relative to its working directory, "/" here, so the name shows whole.
    named.push({ ...result, filePath: `/${name}` });
  });
  return htmlReport(named, { cwd: '/', locale, chalk: PLAIN_STYLES, explainScore: false, rules: new Map(), version: VERSION });
}
