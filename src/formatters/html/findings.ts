import type { Diagnostic } from '../../core/diagnostic.js';
import { severityWord } from '../words.js';
import type { Locale } from '../../rule-kit/types.js';
import { whereText } from '../place.js';
import { html, type SafeHtml } from './escape.js';

/** Findings with their place in the plan's file (line:column, as editors count, and a sheet's cell or a page), severity and rule id. */
export function findingList(diagnostics: readonly Diagnostic[], fileName: string, locale: Locale): SafeHtml {
  const items = diagnostics.map((d) => {
    const where = whereText(d.range, locale);
    return html`<li class="finding sev-${d.severity}"><span class="sev">${severityWord(d.severity, locale)}</span><span class="loc" title="${fileName}:${where}">${where}</span><span class="msg">${d.message}</span><code class="rule">${d.ruleId}</code></li>`;
  });
  return html`<ul class="findings">${items}</ul>`;
}
