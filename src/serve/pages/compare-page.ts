/** Two versions of a unit's plan side by side in words: findings fixed, new and remaining; what changed in the 台账. */
import type { Diagnostic } from '../../core/diagnostic.js';
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import { severityWord } from '../../formatters/words.js';
import type { Locale } from '../../rule-kit/types.js';
import type { FieldChange, ProblemRef, VersionComparison } from '../compare/compare-versions.js';
import type { Round } from '../store/rounds.js';
import type { Unit } from '../store/submissions.js';
import type { UiLabels } from './labels.js';
import { renderPage, type Frame } from './layout.js';
import { placeText } from './place.js';

function findingList(id: string, title: string, findings: readonly Diagnostic[], version: number, base: string, labels: UiLabels, locale: Locale): SafeHtml {
  const items = findings.map(
    (d) => html`<li class="finding sev-${d.severity}"><span class="sev">${severityWord(d.severity, locale)}</span> <span class="msg">${d.message}</span> <a class="where" href="${base}?v=${version}#L${d.range.start.line}">v${version} ${placeText(d.range, labels)}</a> <code class="rule">${d.ruleId}</code></li>`,
  );
  return html`<section class="card compare-part" id="${id}"><h2>${title} (${findings.length})</h2>${findings.length ? html`<ul class="compare-list">${items}</ul>` : html`<p class="empty">${labels.nothing}</p>`}</section>`;
}

function problemList(id: string, title: string, problems: readonly ProblemRef[], labels: UiLabels): SafeHtml {
  return html`<section class="card compare-part" id="${id}"><h2>${title} (${problems.length})</h2>${problems.length ? html`<ul class="compare-list">${problems.map((p) => html`<li><b>${p.id}</b> ${p.title}</li>`)}</ul>` : html`<p class="empty">${labels.nothing}</p>`}</section>`;
}

function changeList(id: string, title: string, changes: readonly FieldChange[], labels: UiLabels): SafeHtml {
  const rows = changes.map((c) => html`<tr><td><b>${c.id}</b> ${c.title}</td><td>${c.from || '—'}</td><td>${c.to || '—'}</td></tr>`);
  return html`<section class="card compare-part" id="${id}"><h2>${title} (${changes.length})</h2>${changes.length ? html`<table class="list"><thead><tr><th></th><th>${labels.from}</th><th>${labels.to}</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="empty">${labels.nothing}</p>`}</section>`;
}

export function comparePage(frame: Frame, round: Round, unit: Unit, from: number, to: number, comparison: VersionComparison, locale: Locale): string {
  const { labels } = frame;
  const base = `/rounds/${round.id}/units/${unit.id}`;
  const body = html`<header class="card"><h1>${unit.name}: ${labels.compareTitle(to, from)}</h1><p><a href="${base}?v=${to}">v${to}</a> · <a href="${base}?v=${from}">v${from}</a></p></header>
<div class="compare-grid">
${findingList('fixed', labels.fixed, comparison.fixed, from, base, labels, locale)}
${findingList('added', labels.added, comparison.added, to, base, labels, locale)}
${findingList('remaining', labels.remaining, comparison.remaining, to, base, labels, locale)}
${problemList('problems-added', labels.problemsAdded, comparison.problemsAdded, labels)}
${problemList('problems-dropped', labels.problemsDropped, comparison.problemsDropped, labels)}
${changeList('deadlines-moved', labels.deadlinesMoved, comparison.deadlinesMoved, labels)}
${changeList('statuses-changed', labels.statusesChanged, comparison.statusesChanged, labels)}
</div>`;
  return renderPage({ ...frame, title: labels.compareTitle(to, from), crumbs: [{ text: round.name, href: `/rounds/${round.id}` }, { text: unit.name, href: base }, { text: labels.compareTitle(to, from) }] }, body);
}
