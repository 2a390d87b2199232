import { verdictText } from '../core/verdict.js';
import { whereText } from './place.js';
import { displayName } from './report/plan-summary.js';
import { count, runSummary } from './run-summary.js';
import type { Formatter } from './types.js';
import { severityWord } from './words.js';

/**
 * A pull-request comment: one summary line, a table with each plan's score and counts, then each plan's
 * findings folded under <details>. Plan text is untrusted, so every cell is escaped; the whole stays under
 * GitHub's comment limit by leaving out the last findings (and saying how many).
 */

/** GitHub refuses comments over 65 536 characters; keep room for the summary. */
const FINDINGS_BUDGET = 60_000;

const HEADINGS = {
  'zh-CN': { title: 'rectlint 检查结果', plan: '方案', score: '得分', grade: '等级', verdict: '结论', errors: '错误', warnings: '警告', infos: '提示', suppressed: '已豁免', where: '位置', severity: '级别', message: '说明', rule: '规则', findings: '条审核发现', clean: '没有审核发现', more: '另有 {n} 条审核发现未列出（评论长度所限），完整结果见 SARIF 或 JSON 输出' },
  en: { title: 'rectlint results', plan: 'plan', score: 'score', grade: 'grade', verdict: 'verdict', errors: 'errors', warnings: 'warnings', infos: 'infos', suppressed: 'suppressed', where: 'line:col', severity: 'severity', message: 'finding', rule: 'rule', findings: 'findings', clean: 'no findings', more: '{n} more findings not listed (comment size limit); see the SARIF or JSON output' },
} as const;

/** A table cell: no line breaks, no pipes, no HTML. */
export function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/(?<!\s)\s*[\r\n]\s*/g, ' ');
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}


const markdown: Formatter = (results, context) => {
  const h = HEADINGS[context.locale];
  const en = context.locale === 'en';
  const lines = [`### ${h.title}`, '', escapeCell(runSummary(results, context).text), ''];
  lines.push(row([h.plan, h.score, h.grade, h.verdict, h.errors, h.warnings, h.infos, h.suppressed]), row(['---', '---:', '---', '---', '---:', '---:', '---:', '---:']));
  for (const r of results) {
    lines.push(row([escapeCell(displayName(r.filePath, context.cwd)), r.score.score, r.score.grade.label[en ? 'en' : 'zh'], escapeCell(verdictText(r.verdict, en)), r.errorCount, r.warningCount, r.infoCount, r.suppressed?.length ?? 0]));
  }
  let budget = FINDINGS_BUDGET;
  let left = results.reduce((n, r) => n + r.diagnostics.length, 0);
  if (left === 0) lines.push('', h.clean);
  for (const r of results) {
    if (r.diagnostics.length === 0 || budget <= 0) continue;
    const name = escapeCell(displayName(r.filePath, context.cwd));
    const block = ['', `<details><summary>${name}${en ? ': ' : '：'}${en ? count(r.diagnostics.length, 'finding') : `${r.diagnostics.length} ${h.findings}`}</summary>`, '', row([h.where, h.severity, h.message, h.rule]), row(['---', '---', '---', '---'])];
    for (const d of r.diagnostics) {
      const cells = row([escapeCell(whereText(d.range, context.locale)), severityWord(d.severity, context.locale), escapeCell(d.message), `\`${d.ruleId}\``]);
      if ((budget -= cells.length + 1) < 0) break;
      block.push(cells);
      left--;
    }
    lines.push(...block, '', '</details>');
  }
  if (left > 0) lines.push('', h.more.replace('{n}', String(left)));
  return `${lines.join('\n')}\n`;
};

export default markdown;
