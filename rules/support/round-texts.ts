/**
 * The texts of a round of plans, for the batch rules that look across units (copied-across-plans, template-text):
 * each plan's causes, measures, progress and evidence titles, collected problem by problem while the plan is
 * walked, then searched all together for near-identical texts of different units (the near-duplicate search of
 * duplicate-evidence, across documents). Texts of one unit (a plan and its report, two versions) are one group and
 * never compared with each other.
 */
import { arrayOf, isNonEmptyString, isObject, type BatchPlan, type JsonPath, type RuleContext } from '../../src/rule-kit/index.js';
import type { Evidence, Measure, Plan, Problem } from '../../src/types/plan.js';
import { findNearDuplicates, normaliseText } from './near-duplicates.js';
import { normaliseIntoUnits } from './normal-text.js';

export type TextKind = 'cause' | 'measure' | 'progress' | 'evidence';
export const TEXT_KINDS: readonly TextKind[] = ['cause', 'measure', 'progress', 'evidence'];

export const KIND_WORDS: Record<TextKind, { zh: string; en: string }> = {
  cause: { zh: '原因分析', en: 'cause analysis' },
  measure: { zh: '整改措施', en: 'measure' },
  progress: { zh: '整改情况', en: 'progress text' },
  evidence: { zh: '佐证材料', en: 'evidence item' },
};

export interface RoundOptions {
  kinds: TextKind[];
  threshold: number;
  shingleSize: number;
  minLength: number;
  /** From how many units' plans a shared text counts as the round's template (template-text) rather than copying. */
  templatePlans: number;
}

/** The first fact of a plan: its unit. */
interface UnitFact {
  unit: string | null;
}

/** A problem's texts: the problem's path, then each text's kind, path below the problem and words. */
interface ProblemFact {
  problem: JsonPath;
  texts: [TextKind, JsonPath, string][];
}

/**
 * A piece of evidence as compared: its title with its 文号 and date. Titles alone are formulaic (《关于…的通知》), so
 * two units' documents of one kind look alike; a copied item keeps the other unit's number and date too.
 */
function evidenceText(evidence: Evidence): string | undefined {
  if (!isNonEmptyString(evidence.title)) return undefined;
  return [evidence.title, evidence.reference, evidence.date].filter(isNonEmptyString).join(' ');
}

/** Collects the plan's unit; called from the `plan` visitor. */
export function collectUnit(context: RuleContext<RoundOptions>, plan: Plan): void {
  const unit = plan.inspection?.inspectedUnit;
  context.collect({ unit: isNonEmptyString(unit) ? unit.trim() : null } satisfies UnitFact);
}

/** Collects a problem's texts long enough to compare; false when it has none (the problem is then not checked). */
export function collectTexts(context: RuleContext<RoundOptions>, problem: Problem, path: JsonPath): boolean {
  const { kinds, minLength } = context.options;
  const texts: ProblemFact['texts'] = [];
  const add = (kind: TextKind, at: JsonPath, text: unknown) => {
    if (kinds.includes(kind) && isNonEmptyString(text) && normaliseIntoUnits(text) >= minLength) texts.push([kind, at, text]);
  };
  arrayOf<string>(problem.causes).forEach((cause, i) => add('cause', ['causes', i], cause));
  arrayOf<Measure>(problem.measures).forEach((measure, m) => {
    if (!isObject(measure)) return;
    add('measure', ['measures', m, 'text'], measure.text);
    arrayOf<Evidence>(measure.evidence).forEach((evidence, e) => isObject(evidence) && add('evidence', ['measures', m, 'evidence', e, 'title'], evidenceText(evidence)));
  });
  add('progress', ['progress'], problem.progress);
  arrayOf<Evidence>(problem.evidence).forEach((evidence, e) => isObject(evidence) && add('evidence', ['evidence', e, 'title'], evidenceText(evidence)));
  if (texts.length > 0) context.collect({ problem: path, texts } satisfies ProblemFact);
  return texts.length > 0;
}

/** One text of the round. */
export interface RoundText {
  plan: BatchPlan;
  kind: TextKind;
  path: JsonPath;
  text: string;
  /** The plan's unit as it names itself, else its file. */
  unit: string;
  /** Its unit's group: texts of one group are never copies of each other. */
  group: number;
}

/** Texts found near-identical across units: each cluster's texts in run order, and the units they span. */
export interface Cluster {
  texts: RoundText[];
  /** How many units' plans hold one of its texts. */
  units: number;
}

/** Plans of one unit: the same unit name, or a report and the plan it is based on. */
function unitGroups(plans: readonly BatchPlan[]): number[] {
  const parent = plans.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => void (parent[find(a)] = find(b));
  const byUnit = new Map<string, number>();
  const byName = new Map(plans.map((plan, i) => [plan.name, i]));
  plans.forEach((plan, i) => {
    const unit = (plan.facts[0] as UnitFact | undefined)?.unit;
    if (unit) {
      const key = normaliseText(unit);
      const first = byUnit.get(key);
      if (first === undefined) byUnit.set(key, i);
      else join(i, first);
    }
    const previous = plan.previousName !== undefined ? byName.get(plan.previousName) : undefined;
    if (previous !== undefined) join(i, previous);
  });
  return plans.map((_, i) => find(i));
}

/** How many units the plans are from. */
export function unitCount(plans: readonly BatchPlan[]): number {
  return new Set(unitGroups(plans)).size;
}

/** The round's near-identical texts across units, as clusters of two or more. */
export function roundClusters(plans: readonly BatchPlan[], options: RoundOptions): Cluster[] {
  const groups = unitGroups(plans);
  const texts: RoundText[] = [];
  plans.forEach((plan, p) => {
    const unit = (plan.facts[0] as UnitFact | undefined)?.unit ?? plan.name;
    for (const fact of plan.facts.slice(1) as ProblemFact[]) {
      for (const [kind, tail, text] of fact.texts) {
        texts.push({ plan, kind, path: [...fact.problem, ...tail], text, unit, group: groups[p] });
      }
    }
  });
  const { outcomes } = findNearDuplicates(
    texts.map((text, i) => ({ text: text.text, group: text.group, payload: i })),
    { shingleSize: options.shingleSize, threshold: options.threshold, minLength: options.minLength },
  );
  // Each text joins the earliest earlier one it is like; the components are the clusters.
  const root = texts.map((_, i) => i);
  outcomes.forEach((outcome, i) => {
    if (typeof outcome !== 'string') root[i] = root[outcome.payload];
  });
  const clusters = new Map<number, Cluster>();
  texts.forEach((text, i) => {
    let cluster = clusters.get(root[i]);
    if (!cluster) clusters.set(root[i], (cluster = { texts: [], units: 0 }));
    cluster.texts.push(text);
  });
  const shared = [...clusters.values()].filter((cluster) => cluster.texts.length > 1);
  for (const cluster of shared) cluster.units = new Set(cluster.texts.map((text) => text.group)).size;
  return shared;
}

/** For each text of a cluster, the earliest text of another unit in it: the place a finding points to. */
export function counterparts(cluster: Cluster): Map<RoundText, RoundText> {
  const others = new Map<RoundText, RoundText>();
  const [first] = cluster.texts;
  const firstOther = cluster.texts.find((text) => text.group !== first.group);
  for (const text of cluster.texts) {
    const other = text.group !== first.group ? first : firstOther;
    if (other) others.set(text, other);
  }
  return others;
}

function shingles(text: string, size: number): Set<string> {
  const normal = normaliseText(text);
  const set = new Set<string>();
  for (let i = 0; i + size <= normal.length; i++) set.add(normal.slice(i, i + size));
  if (normal.length > 0 && normal.length < size) set.add(normal);
  return set;
}

/** Jaccard similarity of two texts' shingles, as the search measures it; for the few pairs reported. */
export function similarity(a: string, b: string, size: number): number {
  const [x, y] = [shingles(a, size), shingles(b, size)];
  let shared = 0;
  for (const shingle of x) if (y.has(shingle)) shared++;
  return x.size + y.size === 0 ? 0 : shared / (x.size + y.size - shared);
}

/** The words for how alike two texts are. */
export function sameness(value: number): Record<string, string> {
  const percent = Math.round(value * 100);
  return percent === 100 ? { sameness: '完全相同', samenessEn: 'identical to' } : { sameness: `几乎相同（相似度 ${percent}%）`, samenessEn: `nearly identical (${percent}% similar) to` };
}

/** A template's placeholder left in the text: XX, ××, blanks, （填写…）. */
const PLACEHOLDER = /[XＸ]{2,}|[×＊*]{2,}|[＿_]{3,}|[○□]{2,}|[（(][^）)]{0,12}(?:填写|填入|此处)[^）)]*[）)]|【[^】]{0,12}(?:填写|填入|此处)[^】]*】/u;

export function placeholderIn(text: string): string | undefined {
  return PLACEHOLDER.exec(text)?.[0];
}

/** Whether a cluster is the round's template: shared by many units, or holding a placeholder in two or more. */
export function isTemplate(cluster: Cluster, options: RoundOptions): boolean {
  return cluster.units >= options.templatePlans || cluster.texts.some((text) => placeholderIn(text.text) !== undefined);
}

/** Options both rules take, with the same defaults, so they divide the clusters between them. */
export const ROUND_OPTIONS = {
  kinds: { type: 'array', items: { enum: TEXT_KINDS }, uniqueItems: true, default: [...TEXT_KINDS], description: 'Which texts are compared: cause, measure, progress, evidence (titles).' },
  threshold: { type: 'number', minimum: 0.3, maximum: 1, default: 0.6, description: 'Jaccard similarity of character shingles from which two texts count as near-identical (as duplicate-evidence).' },
  shingleSize: { type: 'integer', minimum: 2, maximum: 8, default: 3, description: 'Characters per shingle.' },
  minLength: { type: 'integer', minimum: 1, default: 20, description: 'Shorter texts (without punctuation) are not compared: stock phrases recur legitimately.' },
  templatePlans: {
    type: 'integer',
    minimum: 2,
    default: 6,
    description: 'A text shared by at least this many units’ plans is the round’s template (template-text); by fewer, a copy (copied-across-plans). Set it the same in both rules.',
  },
} as const;
