import type { FileResult } from '../run/file-result.js';
import { CORE_RULE_IDS } from '../core/diagnostic.js';
import { publishedRuleDocUrl } from '../package-docs.js';
import type { LocalizedText, RuleMeta, Severity } from '../rule-kit/types.js';

/** A rule or core check as machine formats describe it. */
export interface RuleDescriptor {
  id: string;
  description: LocalizedText;
  category?: string;
  /** In rectlint:recommended; core checks have a fixed severity. */
  defaultSeverity: Severity;
  basis?: string;
  helpUri?: string;
}

/** The core's own findings, which have no rule module (see docs/rules/<id>.md). */
const CORE_DESCRIPTIONS: Record<string, { description: LocalizedText; defaultSeverity: Severity }> = {
  [CORE_RULE_IDS.parse]: { description: { zh: '文件无法读取为 JSON 整改方案（语法错误、空文件、编码错误）', en: 'the file cannot be read as a JSON plan (syntax error, empty file, bad encoding)' }, defaultSeverity: 'error' },
  [CORE_RULE_IDS.schema]: { description: { zh: '方案不符合整改方案格式（plan.schema.json）', en: 'the plan does not match the plan format (plan.schema.json)' }, defaultSeverity: 'error' },
  [CORE_RULE_IDS.duplicateKey]: { description: { zh: '同一对象中属性名重复，只有最后一个生效', en: 'a property name repeated in one object; only the last one counts' }, defaultSeverity: 'error' },
  [CORE_RULE_IDS.ruleError]: { description: { zh: '规则运行出错（rectlint 或插件的缺陷）', en: 'a rule crashed (a defect in rectlint or a plugin)' }, defaultSeverity: 'error' },
  [CORE_RULE_IDS.suppression]: { description: { zh: 'x-rectlint 豁免有误、已到期或未被使用', en: 'an x-rectlint suppression is malformed, expired or unused' }, defaultSeverity: 'warn' },
};

function describeMeta(meta: RuleMeta): RuleDescriptor {
  const helpUri = publishedRuleDocUrl(meta.id, meta);
  return {
    id: meta.id,
    description: meta.docs.description,
    category: meta.category,
    defaultSeverity: meta.defaultSeverity,
    ...(meta.docs.basis ? { basis: meta.docs.basis } : {}),
    ...(helpUri ? { helpUri } : {}),
  };
}

/**
 * Every rule the run loaded, every core check, and any other id a result mentions (a rule of a config loaded
 * elsewhere), sorted by id so the list, and the indexes into it, never depend on load order.
 */
export function ruleCatalog(results: readonly FileResult[], rules: ReadonlyMap<string, RuleMeta>): RuleDescriptor[] {
  const catalog = new Map<string, RuleDescriptor>();
  for (const [id, core] of Object.entries(CORE_DESCRIPTIONS)) {
    const helpUri = publishedRuleDocUrl(id, undefined);
    catalog.set(id, { id, ...core, ...(helpUri ? { helpUri } : {}) });
  }
  for (const meta of rules.values()) catalog.set(meta.id, describeMeta(meta));
  for (const result of results) {
    for (const d of [...result.diagnostics, ...(result.suppressed ?? [])]) {
      if (!catalog.has(d.ruleId)) catalog.set(d.ruleId, { id: d.ruleId, description: { zh: d.ruleId, en: d.ruleId }, defaultSeverity: d.severity });
    }
  }
  return [...catalog.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
