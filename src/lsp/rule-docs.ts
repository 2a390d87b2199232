import { readFileSync } from 'node:fs';
import { localRuleDocUrl, ruleDocFile } from '../package-docs.js';
import { CATEGORY_LABELS } from '../core/score.js';
import type { Locale, RuleMeta } from '../rule-kit/types.js';

/**
 * Where a rule is documented, for the editor on this machine: the plugin's own `meta.docs.url`, else the installed
 * docs/rules/<id>.md (built-in rules always have one; core findings only when the page exists).
 */
export const ruleDocUrl = localRuleDocUrl;

const pages = new Map<string, string | undefined>();

/** A rule's doc page as markdown (read once); long pages stop at a heading with a link to the rest. */
function docPage(ruleId: string): string | undefined {
  if (!pages.has(ruleId)) {
    const file = ruleDocFile(ruleId);
    let text: string | undefined;
    try {
      text = file ? readFileSync(file, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    pages.set(ruleId, text === undefined ? undefined : shorten(text));
  }
  return pages.get(ruleId);
}

const PAGE_LIMIT = 3000;

function shorten(page: string): string {
  if (page.length <= PAGE_LIMIT) return page.trim();
  const cut = page.lastIndexOf('\n## ', PAGE_LIMIT);
  return `${page.slice(0, cut > 0 ? cut : PAGE_LIMIT).trim()}\n\n…`;
}

/** The hover text for a finding: the rule's id, category and description, then its doc page. */
export function ruleDocMarkdown(ruleId: string, meta: RuleMeta | undefined, locale: Locale): string {
  const url = ruleDocUrl(ruleId, meta);
  const title = url ? `[\`${ruleId}\`](${url})` : `\`${ruleId}\``;
  const lines = [`**rectlint** ${title}`];
  if (meta) {
    const category = CATEGORY_LABELS[meta.category];
    const [first, second] = locale === 'en' ? [meta.docs.description.en, meta.docs.description.zh] : [meta.docs.description.zh, meta.docs.description.en];
    lines.push(`${category ? `${category.zh} ${category.en} · ` : ''}${first}（${second}）`);
    if (meta.docs.basis) lines.push(`依据 (basis): ${meta.docs.basis}`);
  }
  const page = meta?.docs.url ? undefined : docPage(ruleId);
  if (page) lines.push('---', page);
  return lines.join('\n\n');
}
