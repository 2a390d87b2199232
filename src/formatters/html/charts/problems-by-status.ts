import { STATUSES } from '../../../core/status.js';
import type { SafeHtml } from '../escape.js';
import type { ReportLabels } from '../labels.js';
import type { ChartPlan } from '../model.js';
import { horizontalBars, type Bar } from './hbars.js';
import { STATUS_COLORS } from './palette.js';
import { noData } from './svg.js';

/** Every 台账 row counts once, under its status; rows without a known status count as "not given". */
export function problemsByStatus(plans: readonly ChartPlan[], labels: ReportLabels, en: boolean): SafeHtml {
  const id = 'chart-status';
  const counts = new Map<string, number>();
  for (const plan of plans) for (const row of plan.ledger.rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  if (counts.size === 0) return noData(id, labels.problemsByStatus, labels.noData);
  const order = [...STATUSES.map((s) => ({ key: s.key as string, label: en ? s.en : s.zh })), { key: '', label: labels.statusNone }];
  const bars: Bar[] = order
    .filter((s) => counts.has(s.key))
    .map((s) => ({ label: s.label, segments: [{ value: counts.get(s.key)!, color: STATUS_COLORS[s.key], name: s.label }] }));
  return horizontalBars(id, labels.problemsByStatus, bars);
}
