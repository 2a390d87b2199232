/** The start page: the rounds, newest first, and a form to create one. */
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import type { Round } from '../store/rounds.js';
import { csrfField, renderPage, type Frame } from './layout.js';

export interface ConfigChoice {
  value: string;
  label: string;
}

export interface RoundForm {
  name?: string;
  asOf?: string;
  config?: string;
  error?: string;
}

export function roundsPage(frame: Frame, rounds: readonly (Round & { units: number; files: number })[], choices: readonly ConfigChoice[], form: RoundForm = {}): string {
  const { labels } = frame;
  const list = rounds.length
    ? html`<table class="list"><thead><tr><th>${labels.roundName}</th><th>${labels.asOf}</th><th>${labels.config}</th><th class="num">${labels.units}</th><th class="num">${labels.files}</th><th>${labels.createdAt}</th></tr></thead><tbody>${rounds.map(
        (r) => html`<tr><td><a href="/rounds/${r.id}">${r.name}</a></td><td>${r.asOf ?? labels.asOfReport}</td><td>${choices.find((c) => c.value === r.config)?.label ?? r.config}</td><td class="num">${r.units}</td><td class="num">${r.files}</td><td>${r.createdAt.slice(0, 10)}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="empty">${labels.noRounds}</p>`;
  const fixedDate = form.asOf !== undefined && form.asOf !== '';
  const body: SafeHtml = html`<section class="card"><h1>${labels.rounds}</h1>${list}</section>
<section class="card"><h2>${labels.newRound}</h2>
<form method="post" action="/rounds" class="stack" id="new-round">${csrfField(frame.csrf)}
${form.error ? html`<p class="form-error" role="alert">${form.error}</p>` : ''}
<label>${labels.roundName}<input type="text" name="name" required maxlength="200" value="${form.name ?? ''}" placeholder="${labels.roundNamePlaceholder}"></label>
<fieldset><legend>${labels.asOf}</legend>
<label class="choice"><input type="radio" name="asOfMode" value="report" ${fixedDate ? '' : 'checked'}> ${labels.asOfReport}</label>
<label class="choice"><input type="radio" name="asOfMode" value="date" ${fixedDate ? 'checked' : ''}> ${labels.asOfDate} <input type="date" name="asOf" value="${form.asOf ?? ''}"></label>
</fieldset>
<label>${labels.config}<select name="config">${choices.map((c) => html`<option value="${c.value}" ${c.value === (form.config ?? 'rectlint:strict') ? 'selected' : ''}>${c.label}</option>`)}</select></label>
<p><button type="submit" class="primary">${labels.create}</button></p>
</form></section>`;
  return renderPage(frame, body);
}
