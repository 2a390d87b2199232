/**
 * Two versions of a unit's plan side by side in words, as `rectlint diff` compares them (src/compare): findings
 * fixed, new, remaining and gone with their problem; problems added, dropped, moved and changed.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import type { ProblemRef, VersionDiff } from '../../compare/index.js';
import { FIELD_WORDS } from '../../compare/render.js';
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import { severityWord } from '../../formatters/words.js';
import type { Locale } from '../../rule-kit/types.js';
import type { Round } from '../store/rounds.js';
import type { Unit } from '../store/submissions.js';
import type { UiLabels } from './labels.js';
import { renderPage, type Frame } from './layout.js';
import { placeText } from './place.js';

function part(id: string, title: string, count: number, body: SafeHtml, labels: UiLabels): SafeHtml {
  return html`<section class="card compare-part" id="${id}"><h2>${title} (${count})</h2>${count ? body : html`<p class="empty">${labels.nothing}</p>`}</section>`;
}

function findingList(id: string, title: string, findings: readonly Diagnostic[], version: number, base: string, labels: UiLabels, locale: Locale): SafeHtml {
  const items = findings.map(
    (d) => html`<li class="finding sev-${d.severity}"><span class="sev">${severityWord(d.severity, locale)}</span> <span class="msg">${d.message}</span> <a class="where" href="${base}?v=${version}#L${d.range.start.line}">v${version} ${placeText(d.range, labels)}</a> <code class="rule">${d.ruleId}</code></li>`,
  );
  return part(id, title, findings.length, html`<ul class="compare-list">${items}</ul>`, labels);
}

const problemName = (p: ProblemRef) => html`<b>${p.id}</b> ${p.title}`;

export function comparePage(frame: Frame, round: Round, unit: Unit, from: number, to: number, diff: VersionDiff, locale: Locale): string {
  const { labels } = frame;
  const en = locale === 'en';
  const base = `/rounds/${round.id}/units/${unit.id}`;
  const { problems, findings } = diff;
  const list = (refs: readonly ProblemRef[]) => html`<ul class="compare-list">${refs.map((p) => html`<li>${problemName(p)}</li>`)}</ul>`;
  const moved = html`<ul class="compare-list">${problems.moved.map((m) => html`<li>${problemName(m.from)} → ${problemName(m.to)}${m.fromAspect !== undefined ? html` <span class="sub">（${m.fromAspect} → ${m.toAspect}）</span>` : ''}</li>`)}</ul>`;
  const changes = problems.changed.flatMap((c) => c.changes.map((change) => ({ problem: c.problem, change })));
  const changed = html`<table class="list"><thead><tr><th></th><th></th><th>${labels.from}</th><th>${labels.to}</th></tr></thead><tbody>${changes.map(
    ({ problem, change }) => html`<tr class="field-${change.field}"><td>${problemName(problem)}</td><td>${FIELD_WORDS[change.field][en ? 'en' : 'zh']}</td><td>${change.from || '—'}</td><td>${change.to || '—'}</td></tr>`,
  )}</tbody></table>`;
  const body = html`<header class="card"><h1>${unit.name}: ${labels.compareTitle(to, from)}</h1><p><a href="${base}?v=${to}">v${to}</a> · <a href="${base}?v=${from}">v${from}</a></p></header>
<div class="compare-grid">
${findingList('fixed', labels.fixed, findings.fixed, from, base, labels, locale)}
${findingList('added', labels.added, findings.new, to, base, labels, locale)}
${findingList('remaining', labels.remaining, findings.remaining, to, base, labels, locale)}
${findingList('gone', labels.goneWithProblem, findings.goneWithProblem, from, base, labels, locale)}
${part('problems-added', labels.problemsAdded, problems.added.length, list(problems.added), labels)}
${part('problems-dropped', labels.problemsDropped, problems.dropped.length, list(problems.dropped), labels)}
${part('problems-moved', labels.problemsMoved, problems.moved.length, moved, labels)}
${part('problems-changed', labels.problemsChanged, changes.length, changed, labels)}
</div>`;
  return renderPage({ ...frame, title: labels.compareTitle(to, from), crumbs: [{ text: round.name, href: `/rounds/${round.id}` }, { text: unit.name, href: base }, { text: labels.compareTitle(to, from) }] }, body);
}
