import type { FileResult } from '../run/file-result.js';
import { verdictText } from '../core/verdict.js';
import { summarizePlan, type PlanSummary } from './report/plan-summary.js';
import { oneLine, padEnd, padStart, stringWidth, widest } from './text-width.js';
import type { FormatterContext } from './types.js';

const HEADINGS = {
  'zh-CN': { plan: '方案', score: '得分', grade: '等级', verdict: '结论', errors: '错误', warnings: '警告', overdue: '逾期', noEvidence: '无佐证', missed: '会议缺失' },
  en: { plan: 'plan', score: 'score', grade: 'grade', verdict: 'verdict', errors: 'errors', warnings: 'warnings', overdue: 'overdue', noEvidence: 'no evidence', missed: 'missed mtgs' },
} as const;

/** Long paths keep their end (the file name), which is what tells plans apart. */
const MAX_NAME_WIDTH = 56;

function fitName(name: string): string {
  if (stringWidth(name) <= MAX_NAME_WIDTH) return name;
  // Characters are taken from the end while they fit, each measured once.
  const chars = [...name];
  let width = 0;
  let from = chars.length;
  while (from > 0 && width + stringWidth(chars[from - 1]) <= MAX_NAME_WIDTH - 1) width += stringWidth(chars[--from]);
  return `…${chars.slice(from).join('')}`;
}

/** The per-plan table `stylish` ends with when a run checks several plans: one line per plan, aligned. */
export function planSummaryTable(results: readonly FileResult[], context: FormatterContext): string {
  const { chalk, locale } = context;
  const h = HEADINGS[locale];
  const en = locale === 'en';
  const plans = results.map((r) => summarizePlan(r, context.cwd));
  const counts: [string, (p: PlanSummary) => number, typeof chalk.red][] = [
    [h.errors, (p) => p.errors, chalk.red],
    [h.warnings, (p) => p.warnings, chalk.yellow],
    [h.overdue, (p) => p.overdue, chalk.red],
    [h.noEvidence, (p) => p.noEvidence, chalk.red],
    [h.missed, (p) => p.missedMeetings, chalk.red],
  ];
  const names = plans.map((p) => fitName(oneLine(p.name)));
  const nameWidth = widest(names, stringWidth(h.plan));
  const gradeLabel = (p: PlanSummary) => p.grade.label[en ? 'en' : 'zh'];
  const gradeWidth = widest(plans.map(gradeLabel), stringWidth(h.grade));
  // Reasons for returning stand in each plan's own line; what a verdict did not cover stands here too.
  const verdictLabel = (p: PlanSummary) => (p.verdict.limits ? verdictText({ ...p.verdict, reasons: [] }, en) : p.verdict.label[en ? 'en' : 'zh']);
  const verdictWidth = widest(plans.map(verdictLabel), stringWidth(h.verdict));
  const scoreWidth = Math.max(stringWidth(h.score), 5);
  const widths = counts.map(([heading]) => Math.max(stringWidth(heading), 3));

  const header = [padEnd(h.plan, nameWidth), padStart(h.score, scoreWidth), padEnd(h.grade, gradeWidth), padEnd(h.verdict, verdictWidth), ...counts.map(([heading], i) => padStart(heading, widths[i]))];
  const lines = [chalk.dim(`  ${header.join('  ')}`)];
  plans.forEach((p, row) => {
    const paint = p.verdict.key === 'returned' ? chalk.red : p.grade.key === 'pass' ? chalk.yellow : chalk.green;
    const cells = [
      padEnd(names[row], nameWidth),
      padStart(p.score.toFixed(1), scoreWidth),
      paint(padEnd(gradeLabel(p), gradeWidth)),
      paint(padEnd(verdictLabel(p), verdictWidth)),
      ...counts.map(([, value, color], i) => {
        const n = value(p);
        const text = padStart(String(n), widths[i]);
        return n > 0 ? color(text) : chalk.dim(text);
      }),
    ];
    lines.push(`  ${cells.join('  ')}`);
  });
  return lines.join('\n');
}
