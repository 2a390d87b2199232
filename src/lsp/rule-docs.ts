import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_RULE_IDS } from '../core/diagnostic.js';
import { CATEGORY_LABELS } from '../core/score.js';
import type { Locale, RuleMeta } from '../rule-kit/types.js';
import { fileUri } from './uris.js';

/** The installed package's root (where bin/ and docs/ are), found from this module whether it runs from dist/ or src/. */
function findPackageRoot(from: string): string | undefined {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'rectlint.js'))) return dir;
  }
  return undefined;
}

const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
const CORE_IDS = new Set<string>(Object.values(CORE_RULE_IDS));

function docFile(ruleId: string): string | undefined {
  return PACKAGE_ROOT && /^[a-z0-9-]+$/.test(ruleId) ? join(PACKAGE_ROOT, 'docs', 'rules', `${ruleId}.md`) : undefined;
}

/**
 * Where a rule is documented: the plugin's own `meta.docs.url`, else the page docs/rules/<id>.md of the installed
 * package (built-in rules always have one; core findings only when the page exists).
 */
export function ruleDocUrl(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  if (meta?.docs.url) return meta.docs.url;
  const file = docFile(ruleId);
  if (!file || (!meta && !CORE_IDS.has(ruleId))) return undefined;
  return meta || existsSync(file) ? fileUri(file) : undefined;
}

const pages = new Map<string, string | undefined>();

/** A rule's doc page as markdown (read once); long pages stop at a heading with a link to the rest. */
function docPage(ruleId: string): string | undefined {
  if (!pages.has(ruleId)) {
    const file = docFile(ruleId);
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
