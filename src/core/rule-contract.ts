/**
 * The contract between the runner and a rule, as both the walk of one plan (runner.ts) and the batch phase
 * (batch.ts) hold a rule to it: what a rule may return and report, and how its failure is described. A rule that
 * breaks it fails with a RuleFailure; whatever a rule throws is described without calling its code again.
 */
import type { JsonPath, LocalizedText, RelatedPlace, ReportDescriptor, Visitors } from '../rule-kit/types.js';
import { CORE_RULE_IDS, type Finding } from './diagnostic.js';
import { valueText } from './messages.js';

export type NodeKind = keyof Visitors;
export type Handler = (node: any, path: JsonPath, scope?: any) => unknown;

/** The most findings one rule may report on one file (or one batch): beyond it, the rule is taken to be broken. */
export const MAX_REPORTS_PER_RULE = 200_000;

/** The rule-error finding for rule `id`, failed at `path`. */
export function crashFinding(id: string, path: JsonPath, error: unknown): Finding {
  const detail = describeThrown(error);
  return {
    ruleId: CORE_RULE_IDS.ruleError,
    severity: 'error',
    path,
    internal: true,
    message: { zh: `规则 ${id} 运行出错：${detail}`, en: `rule ${id} crashed: ${detail}` },
  };
}

/** A rule broke the contract with the runner (as opposed to throwing on its own). */
export class RuleFailure extends Error {}

export const PROMISES = 'rules run synchronously';
/** The visitors the walk calls (a batch rule's `batch` visitor is called by batch.ts, after every plan). */
const NODE_KINDS: readonly NodeKind[] = ['plan', 'aspect', 'problem', 'measure', 'evidence', 'commitment', 'meeting', 'plan:exit', 'previous:problem'];
const MAX_DETAIL = 300;

/** What a rule threw, as text, whatever it threw (a string, an object whose toString throws, a revoked proxy…). */
export function describeThrown(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? String(error.message) : typeof error === 'string' ? error : valueText(error);
  } catch {
    text = 'a value that cannot be printed';
  }
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

export function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `${typeof value} ${valueText(value).slice(0, 40)}`;
}

export function isThenable(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || typeof (value as { then?: unknown }).then !== 'function') return false;
  // Its rejection is the rule's failure, reported here: never an unhandled rejection that ends the process.
  try {
    Promise.resolve(value).then(undefined, () => undefined);
  } catch {
    // a thenable whose then cannot even be reached
  }
  return true;
}

/** The visitors `create` returned, or a RuleFailure when it returned anything else. */
export function visitorsOf(value: unknown, kinds: readonly NodeKind[] = NODE_KINDS): [NodeKind, Handler][] {
  if (isThenable(value)) throw new RuleFailure(`create() returned a promise: ${PROMISES}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new RuleFailure(`create() returned ${kindOf(value)}, not an object of visitors`);
  const visitors: [NodeKind, Handler][] = [];
  for (const kind of kinds) {
    const handler = (value as Record<string, unknown>)[kind];
    if (handler === undefined) continue;
    if (typeof handler !== 'function') throw new RuleFailure(`create() returned a "${kind}" visitor that is ${kindOf(handler)}, not a function`);
    visitors.push([kind, handler as Handler]);
  }
  return visitors;
}

/** A rule's report once checked: the descriptor's own fields, the batch rule's plan read apart. */
export type Report = Omit<ReportDescriptor, 'plan'>;

/** A path of keys and indexes, copied, or why it is not one. */
function pathOf(path: unknown, name: string): (string | number)[] | string {
  if (!Array.isArray(path)) return `report() needs "${name}", an array of keys and indexes, not ${kindOf(path)}`;
  const segments: (string | number)[] = new Array(path.length);
  for (let i = 0; i < path.length; i++) {
    const segment: unknown = path[i];
    if (typeof segment !== 'string' && !(typeof segment === 'number' && Number.isInteger(segment) && segment >= 0)) return `report() ${name}[${i}] is ${kindOf(segment)}, not a key or an index`;
    segments[i] = segment;
  }
  return segments;
}

/**
 * A report's descriptor as the runner takes it, or why it cannot: a path of keys and indexes, a messageId the rule
 * declares, data of text and numbers (anything else is shown as JSON), at most a lower severity, and related
 * places. Nothing else is read: a rule does not set its finding's line, column, rule id or severity.
 */
export function readDescriptor(descriptor: unknown, messages: Readonly<Record<string, LocalizedText>>): Report | string {
  if (descriptor === null || typeof descriptor !== 'object') return `report() takes a descriptor object, not ${kindOf(descriptor)}`;
  const { path, messageId, data, maxSeverity, related } = descriptor as Record<string, unknown>;
  const segments = pathOf(path, 'path');
  if (typeof segments === 'string') return segments;
  if (typeof messageId !== 'string' || !Object.hasOwn(messages, messageId)) return `report() names messageId ${valueText(messageId)}, which meta.messages does not declare`;
  if (maxSeverity !== undefined && maxSeverity !== 'warn' && maxSeverity !== 'info') return `report() maxSeverity must be "warn" or "info", not ${valueText(maxSeverity)}`;
  const report: Report = { path: segments, messageId };
  if (maxSeverity !== undefined) report.maxSeverity = maxSeverity;
  if (related !== undefined) {
    if (!Array.isArray(related)) return `report() "related" must be an array of places, not ${kindOf(related)}`;
    const places: RelatedPlace[] = [];
    for (const place of related) {
      if (place === null || typeof place !== 'object') return `report() "related" holds ${kindOf(place)}, not a place`;
      const placePath = pathOf((place as RelatedPlace).path, 'related path');
      if (typeof placePath === 'string') return placePath;
      places.push({ ...(place as RelatedPlace), path: placePath });
    }
    report.related = places;
  }
  if (data !== undefined && data !== null) {
    if (typeof data !== 'object') return `report() "data" must be an object, not ${kindOf(data)}`;
    // Own keys only, on an object without a prototype: {{constructor}} in a message is never Object's.
    const values: Record<string, string | number> = Object.create(null);
    for (const key of Object.keys(data)) {
      const value = (data as Record<string, unknown>)[key];
      values[key] = typeof value === 'number' ? value : valueText(value);
    }
    report.data = values;
  }
  return report;
}
