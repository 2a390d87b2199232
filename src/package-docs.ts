/**
 * Where the installed package is, and where its documentation can be read: a page of the published repository
 * (from package.json's `repository`, at this version's tag) for what leaves the machine (SARIF, reports), the
 * installed file for an editor on this machine.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { CORE_RULE_IDS } from './core/diagnostic.js';
import type { RuleMeta } from './rule-kit/types.js';

/** The installed package's root (where bin/ and docs/ are), found from this module whether it runs from dist/ or src/. */
function findPackageRoot(from: string): string | undefined {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'rectlint.js'))) return dir;
  }
  return undefined;
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

const CORE_IDS = new Set<string>(Object.values(CORE_RULE_IDS));

/**
 * The https address of the repository's files at this version, from `repository` ("git+https://host/owner/name.git",
 * "github:owner/name" or "owner/name"), or undefined when package.json names none.
 */
export function publishedBase(repository: unknown, version: string): string | undefined {
  const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return undefined;
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(url);
  const https = /^(?:git\+)?https:\/\/([^/]+)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  const [host, owner, name] = shorthand ? ['github.com', shorthand[1], shorthand[2]] : https ? [https[1], https[2], https[3]] : [];
  if (!host) return undefined;
  // GitHub and GitLab both serve a file of a tag at /blob/<tag>/<path> (GitLab also under /-/blob/).
  return `https://${host}/${owner}/${name}/blob/v${version}/`;
}

const PUBLISHED = publishedBase((pkg as { repository?: unknown }).repository, pkg.version);

/** docs/rules/<id>.md of the installed package, for an id that can name a file. */
export function ruleDocFile(ruleId: string): string | undefined {
  return PACKAGE_ROOT && /^[a-z0-9-]+$/.test(ruleId) ? join(PACKAGE_ROOT, 'docs', 'rules', `${ruleId}.md`) : undefined;
}

/** Whether rectlint documents this id: a built-in rule (it has a meta and no url of its own) or a core check with a page. */
function documented(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  const file = ruleDocFile(ruleId);
  if (!file || (!meta && !CORE_IDS.has(ruleId))) return undefined;
  return meta || existsSync(file) ? file : undefined;
}

/** A rule's page on this machine: the plugin's own `meta.docs.url`, else the installed docs/rules/<id>.md. */
export function localRuleDocUrl(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  if (meta?.docs.url) return meta.docs.url;
  const file = documented(ruleId, meta);
  return file ? pathToFileURL(file).href : undefined;
}

/**
 * A rule's page for a reader on another machine (a SARIF log, a CI report): the plugin's own url, else the
 * published page of this version; the installed file only when package.json names no repository (`base` null).
 */
export function publishedRuleDocUrl(ruleId: string, meta: RuleMeta | undefined, base: string | null = PUBLISHED ?? null): string | undefined {
  if (meta?.docs.url) return meta.docs.url;
  const file = documented(ruleId, meta);
  if (!file) return undefined;
  return base ? `${base}docs/rules/${ruleId}.md` : pathToFileURL(file).href;
}
