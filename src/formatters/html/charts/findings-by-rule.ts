import type { DiagnosticSeverity } from '../../../rule-kit/types.js';
import type { SafeHtml } from '../escape.js';
import type { ReportLabels } from '../labels.js';
import type { ChartPlan } from '../model.js';
import { horizontalBars, type Bar } from './hbars.js';
import { SEVERITY_COLORS } from './palette.js';
import { noData } from './svg.js';

const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'warn', 'info'];
/** Beyond this many rules the rest share one bar, so the chart stays readable. */
const MAX_BARS = 12;

export function findingsByRule(plans: readonly ChartPlan[], labels: ReportLabels): SafeHtml {
  const id = 'chart-rules';
  const counts = new Map<string, Record<DiagnosticSeverity, number>>();
  for (const plan of plans) {
    for (const d of plan.result.diagnostics) {
      let entry = counts.get(d.ruleId);
      if (!entry) counts.set(d.ruleId, (entry = { error: 0, warn: 0, info: 0 }));
      entry[d.severity]++;
    }
  }
  if (counts.size === 0) return noData(id, labels.findingsByRule, labels.noFindings);
  const total = (c: Record<DiagnosticSeverity, number>) => c.error + c.warn + c.info;
  const sorted = [...counts].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  if (sorted.length > MAX_BARS) {
    const rest = { error: 0, warn: 0, info: 0 };
    for (const [, c] of sorted.splice(MAX_BARS - 1)) for (const s of SEVERITIES) rest[s] += c[s];
    sorted.push([labels.other, rest]);
  }
  const severityName = { error: labels.errors, warn: labels.warnings, info: labels.infos };
  const bars: Bar[] = sorted.map(([ruleId, c]) => ({
    label: ruleId,
    segments: SEVERITIES.map((s) => ({ value: c[s], color: SEVERITY_COLORS[s], name: severityName[s] })),
  }));
  const used = SEVERITIES.filter((s) => sorted.some(([, c]) => c[s] > 0));
  return horizontalBars(id, labels.findingsByRule, bars, used.map((s) => ({ label: severityName[s], color: SEVERITY_COLORS[s] })));
}
