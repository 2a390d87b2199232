/**
 * The 台账 as a reviewer reads it: each problem under its aspect with the texts that decide whether the plan is
 * hollow (问题, 原因分析, 措施, 责任, 时限, 状态, 佐证), and links to its findings.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import type { ReportLabels } from '../../formatters/html/labels.js';
import { asText } from '../../formatters/report/as-text.js';
import { planLedger, type LedgerRow } from '../../formatters/report/ledger.js';
import { arrayOf, isObject } from '../../rule-kit/helpers.js';
import type { JsonPath, Locale } from '../../rule-kit/types.js';
import type { FileResult } from '../../run/file-result.js';
import type { UiLabels } from './labels.js';

function nodeAt(plan: unknown, path: JsonPath): unknown {
  let node = plan;
  for (const segment of path) node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

function bullets(texts: readonly string[]): SafeHtml | string {
  const kept = texts.filter(Boolean);
  return kept.length ? html`<ol class="texts">${kept.map((t) => html`<li>${t}</li>`)}</ol>` : html`<span class="missing">—</span>`;
}

function row(result: FileResult, ledgerRow: LedgerRow, numberOf: Map<Diagnostic, number>, report: ReportLabels): SafeHtml {
  const problem = nodeAt(result.plan, ledgerRow.path);
  const fields = isObject(problem) ? problem : {};
  const causes = arrayOf<unknown>(fields.causes).map(asText);
  const measures = arrayOf<unknown>(fields.measures).map((m) => (isObject(m) ? asText(m.text) : asText(m)));
  const responsible = [ledgerRow.responsibleLeader, ledgerRow.responsibleDepartment, ledgerRow.responsiblePerson].filter(Boolean);
  const deadlineWords = asText(fields.deadlineText);
  const evidence = ledgerRow.evidence.map((e) => [e.type, e.title, e.reference, e.date].filter(Boolean).join(' '));
  const findings = ledgerRow.findings.map((d) => numberOf.get(d)).filter((n): n is number => n !== undefined);
  return html`<tr class="problem depth-${Math.min(ledgerRow.depth, 3)}${findings.length ? ' flagged' : ''}"><td class="id">${ledgerRow.id}</td><td class="title">${ledgerRow.title}</td><td>${bullets(causes)}</td><td>${bullets(measures)}</td><td>${responsible.length ? responsible.join(' · ') : html`<span class="missing">—</span>`}</td><td class="nowrap">${ledgerRow.deadline || html`<span class="missing">—</span>`}${deadlineWords && deadlineWords !== ledgerRow.deadline ? html`<span class="sub">${deadlineWords}</span>` : ''}${ledgerRow.extendedTo ? html`<span class="sub">${report.extendedTo} ${ledgerRow.extendedTo}</span>` : ''}</td><td><span class="badge status status-${ledgerRow.status || 'none'}">${ledgerRow.statusLabel || report.statusNone}</span>${ledgerRow.completionDate ? html`<span class="sub">${report.completionDate} ${ledgerRow.completionDate}</span>` : ''}</td><td>${bullets(evidence)}</td><td>${findings.map((n) => html`<a class="fnum" href="#F${n}">${n}</a>`)}</td></tr>`;
}

export function ledgerTexts(result: FileResult, numberOf: Map<Diagnostic, number>, labels: UiLabels, report: ReportLabels, locale: Locale): SafeHtml {
  const { rows } = planLedger(result, locale);
  if (rows.length === 0) return html`<p class="empty">${report.noProblems}</p>`;
  const head = [report.id, report.problem, labels.causes, labels.measures, labels.responsibility, report.deadline, report.status, report.evidence, report.findings];
  const body: SafeHtml[] = [];
  let aspect: string | undefined;
  for (const ledgerRow of rows) {
    if (ledgerRow.aspect !== aspect) {
      aspect = ledgerRow.aspect;
      body.push(html`<tr class="aspect"><th colspan="${head.length}" scope="rowgroup">${aspect}</th></tr>`);
    }
    body.push(row(result, ledgerRow, numberOf, report));
  }
  return html`<div class="table-wrap"><table class="ledger ledger-texts" id="ledger"><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${body}</tbody></table></div>`;
}
