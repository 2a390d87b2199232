/**
 * Accountable suppressions: any item of a plan may carry
 *   "x-rectlint": { "disable": ["rule-id"], "reason": "…", "approvedBy": "…", "until": "YYYY-MM-DD" }
 * which silences those rules for the item and everything inside it. The reason is required; a suppression past
 * its `until`, or one that silences nothing, is itself a finding; what it silences stays in the result (as
 * `suppressed`, with the justification) and never fails a check of the score.
 */
import { isNonEmptyString, isObject } from '../rule-kit/helpers.js';
import type { JsonPath, LocalizedText } from '../rule-kit/types.js';
import { isIsoDate } from './dates.js';
import { CORE_RULE_IDS, type Diagnostic, type Finding } from './diagnostic.js';

export const SUPPRESSION_KEY = 'x-rectlint';
/** The core id of findings about suppressions themselves. */
export const SUPPRESSION_RULE_ID = CORE_RULE_IDS.suppression;

/** Why a finding was silenced, as front ends show it. */
export interface Suppression {
  /** `in-source`: an x-rectlint annotation in the plan; `baseline`: an entry of rectlint-baseline.json. */
  kind: 'in-source' | 'baseline';
  reason: string;
  approvedBy?: string;
  until?: string;
  /** Where the annotation is (in-source only). */
  path?: JsonPath;
}

/** Ids that cannot be silenced: without a readable plan there is nothing to annotate, and crashes must show. */
const UNSUPPRESSIBLE = new Set<string>([CORE_RULE_IDS.parse, CORE_RULE_IDS.ruleError, SUPPRESSION_RULE_ID]);
const KNOWN_FIELDS = new Set(['disable', 'reason', 'approvedBy', 'until']);

interface Annotation {
  suppression: Suppression;
  /** Rule id → the index of its entry in `disable`, for placing an "unused" finding on it. */
  rules: Map<string, number>;
  used: Set<string>;
}

const MESSAGES = {
  notObject: { zh: 'x-rectlint 应为对象：{"disable": [规则], "reason": 理由, "approvedBy": 批准人, "until": 截止日期}', en: 'x-rectlint must be an object: {"disable": [rule ids], "reason", "approvedBy", "until"}' },
  noDisable: { zh: 'x-rectlint 缺少 disable：应为要豁免的规则编号数组', en: 'x-rectlint needs "disable": an array of the rule ids it silences' },
  noReason: { zh: 'x-rectlint 缺少豁免理由 reason（必填），此豁免不生效', en: 'x-rectlint needs a "reason"; the suppression does not apply without one' },
  badUntil: { zh: 'x-rectlint 的 until 应为 YYYY-MM-DD 格式的日期，此豁免不生效', en: 'x-rectlint "until" must be a YYYY-MM-DD date; the suppression does not apply' },
  badApprover: { zh: 'x-rectlint 的 approvedBy 应为批准人姓名或职务（字符串）', en: 'x-rectlint "approvedBy" must be a string (who approved it)' },
  unknownField: { zh: 'x-rectlint 中的未知属性“{{name}}”（可用：disable、reason、approvedBy、until）', en: 'unknown property "{{name}}" in x-rectlint (known: disable, reason, approvedBy, until)' },
  unknownRule: { zh: 'x-rectlint 豁免了未知或不可豁免的规则“{{rule}}”', en: 'x-rectlint disables "{{rule}}", which is not a rule that can be suppressed' },
  expired: { zh: '豁免已于 {{until}} 到期（理由：{{reason}}），被豁免的审核发现重新计入', en: 'the suppression expired on {{until}} (reason: {{reason}}); what it silenced counts again' },
  unused: { zh: '豁免“{{rule}}”没有对应的审核发现，应删除（理由：{{reason}}）', en: 'the suppression of "{{rule}}" silences nothing and should be removed (reason: {{reason}})' },
} satisfies Record<string, LocalizedText>;

function finding(path: JsonPath, severity: 'error' | 'warn', message: LocalizedText, data?: Record<string, string>): Finding {
  return { ruleId: SUPPRESSION_RULE_ID, severity, category: 'consistency', path, message, ...(data ? { data } : {}) };
}

/**
 * A path as a map key: each segment as JSON, so a key can never pass for another path (a made-up key
 * "aspects\u00000" is not aspects[0], the key "0" is not the index 0).
 */
function segmentKey(segment: string | number): string {
  return JSON.stringify(segment);
}

function pathKey(path: JsonPath): string {
  return path.map(segmentKey).join(',');
}

/** Every x-rectlint annotation of one plan, checked, and an index from item paths to the ones in force. */
export class Suppressions {
  private readonly byPath = new Map<string, Annotation>();
  private readonly problems: Finding[] = [];

  /**
   * @param ruleIds every id that may be disabled: the loaded rules (switched on or not) and the core's checks
   * @param asOf "today": a suppression is in force through its `until` date
   */
  constructor(plan: unknown, ruleIds: ReadonlySet<string>, asOf: string) {
    // An explicit stack, since a plan's vendor extensions may nest deeply; each frame links to its parent, so
    // a path is only built for the few items that carry an annotation.
    interface Frame {
      node: object;
      parent?: Frame;
      segment?: string | number;
    }
    const pathOf = (frame: Frame): JsonPath => {
      const path: (string | number)[] = [];
      for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.push(f.segment!);
      return path.reverse();
    };
    const stack: Frame[] = isObject(plan) ? [{ node: plan }] : [];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const { node } = frame;
      if (Array.isArray(node)) {
        node.forEach((item, i) => typeof item === 'object' && item !== null && stack.push({ node: item, parent: frame, segment: i }));
        continue;
      }
      for (const key in node) {
        const value = (node as Record<string, unknown>)[key];
        if (key === SUPPRESSION_KEY) this.read(value, pathOf(frame), ruleIds, asOf);
        else if (typeof value === 'object' && value !== null) stack.push({ node: value, parent: frame, segment: key });
      }
    }
  }

  private read(value: unknown, itemPath: JsonPath, ruleIds: ReadonlySet<string>, asOf: string): void {
    const at = [...itemPath, SUPPRESSION_KEY];
    if (!isObject(value)) return void this.problems.push(finding(at, 'error', MESSAGES.notObject));
    let valid = true;
    const invalid = (path: JsonPath, message: LocalizedText, data?: Record<string, string>) => {
      this.problems.push(finding(path, 'error', message, data));
      valid = false;
    };
    for (const name of Object.keys(value)) if (!KNOWN_FIELDS.has(name)) invalid([...at, name], MESSAGES.unknownField, { name });
    const { disable, reason, approvedBy, until } = value;
    if (!Array.isArray(disable) || disable.length === 0 || !disable.every(isNonEmptyString)) invalid(Object.hasOwn(value, 'disable') ? [...at, 'disable'] : at, MESSAGES.noDisable);
    if (!isNonEmptyString(reason)) invalid(Object.hasOwn(value, 'reason') ? [...at, 'reason'] : at, MESSAGES.noReason);
    if (approvedBy !== undefined && typeof approvedBy !== 'string') invalid([...at, 'approvedBy'], MESSAGES.badApprover);
    if (until !== undefined && !isIsoDate(until)) invalid([...at, 'until'], MESSAGES.badUntil);
    if (!valid) return;

    const suppression: Suppression = {
      kind: 'in-source',
      reason: (reason as string).trim(),
      ...(isNonEmptyString(approvedBy) ? { approvedBy: approvedBy.trim() } : {}),
      ...(until !== undefined ? { until: until as string } : {}),
      path: itemPath,
    };
    if (suppression.until !== undefined && suppression.until < asOf) {
      this.problems.push(finding([...at, 'until'], 'warn', MESSAGES.expired, { until: suppression.until, reason: suppression.reason }));
      return;
    }
    const rules = new Map<string, number>();
    (disable as string[]).forEach((rule, index) => {
      if (ruleIds.has(rule) && !UNSUPPRESSIBLE.has(rule)) rules.set(rule, index);
      else this.problems.push(finding([...at, 'disable', index], 'warn', MESSAGES.unknownRule, { rule }));
    });
    this.byPath.set(pathKey(itemPath), { suppression, rules, used: new Set() });
  }

  /** The innermost suppression in force for a finding of `ruleId` at `path`, recording that it was used. */
  covering(ruleId: string, path: JsonPath): Suppression | undefined {
    if (this.byPath.size === 0 || UNSUPPRESSIBLE.has(ruleId)) return undefined;
    let found: Annotation | undefined;
    let key = '';
    for (let depth = 0; depth <= path.length; depth++) {
      if (depth > 0) key = depth === 1 ? segmentKey(path[0]) : `${key},${segmentKey(path[depth - 1])}`;
      const annotation = this.byPath.get(key);
      if (annotation?.rules.has(ruleId)) found = annotation;
    }
    found?.used.add(ruleId);
    return found?.suppression;
  }

  forgetUse(ruleIds: ReadonlySet<string>): void {
    for (const annotation of this.byPath.values()) for (const id of ruleIds) annotation.used.delete(id);
  }

  /**
   * Malformed and expired annotations, and (once every finding has been matched) the ones that silenced nothing,
   * except for `undecided` rules (batch rules, whose findings come after the plan's walk).
   */
  findings(undecided?: ReadonlySet<string>): Finding[] {
    const unused: Finding[] = [];
    for (const { suppression, rules, used } of this.byPath.values()) {
      for (const [rule, index] of rules) {
        if (!used.has(rule) && !undecided?.has(rule)) unused.push(finding([...suppression.path!, SUPPRESSION_KEY, 'disable', index], 'warn', MESSAGES.unused, { rule, reason: suppression.reason }));
      }
    }
    return [...this.problems, ...unused];
  }
}

/** Splits placed diagnostics into those that count and those an annotation silenced. */
export function splitSuppressed(diagnostics: Diagnostic[]): { active: Diagnostic[]; suppressed: Diagnostic[] } {
  const active: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) (d.suppression ? suppressed : active).push(d);
  return { active, suppressed };
}
