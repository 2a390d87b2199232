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

/**
 * A problem's texts: the problem's path, each text's place under it, coded short and comma-separated (`c0` cause 0,
 * `m1` measure 1, `m1e0` its evidence 0, `p` progress, `e0` evidence 0; a round holds hundreds of thousands), and
 * the texts in that order.
 */
interface ProblemFact {
  problem: JsonPath;
  codes: string;
  texts: string[];
}

const KIND_OF_CODE: Record<string, TextKind> = { c: 'cause', m: 'measure', p: 'progress', e: 'evidence' };

/** A text's path below its problem, from its code. */
function tailOf(code: string): JsonPath {
  const [, kind, first, second] = /^([cmpe])(\d*)(?:e(\d+))?$/.exec(code)!;
  if (kind === 'c') return ['causes', Number(first)];
  if (kind === 'p') return ['progress'];
  if (kind === 'e') return ['evidence', Number(first), 'title'];
  return second === undefined ? ['measures', Number(first), 'text'] : ['measures', Number(first), 'evidence', Number(second), 'title'];
}

/** A piece of evidence as compared: its title with its 文号 and date; two units' evidence is copied when all three are. */
function evidenceText(evidence: Evidence): string | undefined {
  if (!isNonEmptyString(evidence.title)) return undefined;
  return [evidence.title, evidence.reference, evidence.date].filter(isNonEmptyString).join(' ');
}

/** Collects the plan's unit; called from the `plan` visitor. */
export function collectUnit(context: RuleContext<RoundOptions>, plan: Plan): void {
  const unit = plan.inspection?.inspectedUnit;
  context.collect({ unit: isNonEmptyString(unit) ? unit.trim() : null } satisfies UnitFact);
}

/**
 * Each problem's texts, collected once for both batch rules that use them (copied-across-plans, template-text
 * collect the same facts: one object, kept once in memory and searched once; see roundMatches).
 */
const collected = new WeakMap<Problem, Map<string, ProblemFact | null>>();

function problemFact(problem: Problem, path: JsonPath, kinds: readonly TextKind[], minLength: number): ProblemFact | null {
  const key = `${kinds.join()}|${minLength}`;
  let byOptions = collected.get(problem);
  if (!byOptions) collected.set(problem, (byOptions = new Map()));
  if (byOptions.has(key)) return byOptions.get(key)!;
  const codes: string[] = [];
  const texts: string[] = [];
  const add = (code: string, text: unknown) => {
    if (kinds.includes(KIND_OF_CODE[code[0]]) && isNonEmptyString(text) && normaliseIntoUnits(text) >= minLength) {
      codes.push(code);
      texts.push(text);
    }
  };
  arrayOf<string>(problem.causes).forEach((cause, i) => add(`c${i}`, cause));
  arrayOf<Measure>(problem.measures).forEach((measure, m) => {
    if (!isObject(measure)) return;
    add(`m${m}`, measure.text);
    arrayOf<Evidence>(measure.evidence).forEach((evidence, e) => isObject(evidence) && add(`m${m}e${e}`, evidenceText(evidence)));
  });
  add('p', problem.progress);
  arrayOf<Evidence>(problem.evidence).forEach((evidence, e) => isObject(evidence) && add(`e${e}`, evidenceText(evidence)));
  const fact = texts.length > 0 ? { problem: path, codes: codes.join(), texts } : null;
  byOptions.set(key, fact);
  return fact;
}

/** Collects a problem's texts long enough to compare; false when it has none (the problem is then not checked). */
export function collectTexts(context: RuleContext<RoundOptions>, problem: Problem, path: JsonPath): boolean {
  const fact = problemFact(problem, path, context.options.kinds, context.options.minLength);
  if (fact) context.collect(fact);
  return fact !== null;
}

/** One text of the round. */
export interface RoundText {
  plan: BatchPlan;
  /** Its problem's path, and its own place under it (coded; see ProblemFact). */
  problem: JsonPath;
  code: string;
  text: string;
  /** The plan's unit as it names itself, else its file. */
  unit: string;
  /** Its unit's group: texts of one group are never copies of each other. */
  group: number;
}

export const kindOf = (text: RoundText): TextKind => KIND_OF_CODE[text.code[0]];
export const pathOf = (text: RoundText): JsonPath => [...text.problem, ...tailOf(text.code)];

/** A text another unit's plan has too, and where: identical (once normalised), or near-identical by the search. */
export interface Match {
  text: RoundText;
  /** The text of another unit it was found like: an identical one first, else the one the search linked it to. */
  other: RoundText;
  /** How many units' plans hold this very text (identical once normalised). */
  units: number;
  /** Jaccard similarity of the two texts' shingles (1 when identical once normalised). */
  similarity: number;
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

/**
 * The search's work bound per text in a round (see NearDuplicateOptions): across many plans the prefix lists of
 * stock phrasing grow long and each entry read or shingle compared is a cache miss, so a round reads and compares
 * fewer candidates than a plan's own search does. Copies (identical, or alike but for names and figures) are found
 * first; what the bound may miss is a faint likeness among much stock phrasing.
 */
const ROUND_PROBES = 64;
const ROUND_COMPARISONS = 16;

/**
 * Every text of the round that another unit's plan has too (identical once normalised, or near-identical), with
 * the other place. Identical texts are searched once (a template-stamped sentence in a thousand plans is one text to
 * the search); the search links each remaining text to the earliest like it of another unit. A text is judged by
 * its own links, never by a chain of them (a chain of near-identical stock sentences joins texts that are not alike).
 */
export function roundMatches(plans: readonly BatchPlan[], options: RoundOptions): Match[] {
  // Both batch rules ask for the same round with the same facts: it is searched once. The round is known by what
  // the search reads (its options, each plan's name and facts), not by object identity: facts may reach each rule
  // as copies (from a worker, or the cache).
  const signature = roundSignature(plans, options);
  if (lastRound?.signature === signature) {
    // The same matches, naming this rule's plans (the same files, in the same order).
    return lastRound.matches.map((match) => ({ ...match, text: { ...match.text, plan: plans[match.text.plan.index] }, other: { ...match.other, plan: plans[match.other.plan.index] } }));
  }
  const matches = searchRound(plans, options);
  lastRound = { signature, matches };
  return matches;
}

/** The last round searched: the next batch rule over the same round reuses it. */
let lastRound: { signature: string; matches: Match[] } | undefined;

function roundSignature(plans: readonly BatchPlan[], options: RoundOptions): string {
  const { threshold, shingleSize, minLength, kinds } = options;
  return JSON.stringify([threshold, shingleSize, minLength, kinds, plans.map((plan) => [plan.name, plan.facts])]);
}

function searchRound(plans: readonly BatchPlan[], options: RoundOptions): Match[] {
  const groups = unitGroups(plans);
  const texts: RoundText[] = [];
  plans.forEach((plan, p) => {
    const unit = (plan.facts[0] as UnitFact | undefined)?.unit ?? plan.name;
    for (const fact of plan.facts.slice(1) as ProblemFact[]) {
      const codes = fact.codes.split(',');
      fact.texts.forEach((text, t) => texts.push({ plan, problem: fact.problem, code: codes[t], text, unit, group: groups[p] }));
    }
  });
  // Identical texts, by their normal form: the texts holding each, in run order.
  const identical = new Map<string, number[]>();
  const keyOf: string[] = texts.map((text, i) => {
    const key = normaliseText(text.text);
    const same = identical.get(key);
    if (same) same.push(i);
    else identical.set(key, [i]);
    return key;
  });
  // Evidence is the same evidence only when identical: the titles of one kind of document (《关于…的通知》, with a
  // 文号 of the same pattern) look alike from unit to unit, so a likeness says nothing.
  const searched = [...identical.values()].map((same) => same[0]).filter((i) => kindOf(texts[i]) !== 'evidence');
  const { outcomes } = findNearDuplicates(
    searched.map((i) => ({ text: texts[i].text, group: texts[i].group, payload: i })),
    { shingleSize: options.shingleSize, threshold: options.threshold, minLength: options.minLength, maxProbes: ROUND_PROBES, maxComparisons: ROUND_COMPARISONS },
  );
  // Each representative's near link, both ways: to the earliest text like it, and from the first later one.
  const near = new Map<number, { other: number; similarity: number }>();
  outcomes.forEach((outcome, k) => {
    if (typeof outcome === 'string') return;
    const [here, there] = [searched[k], outcome.payload];
    near.set(here, { other: there, similarity: outcome.similarity });
    if (!near.has(there)) near.set(there, { other: here, similarity: outcome.similarity });
  });
  // Per set of identical texts, once: how many units hold it, and its first text of a unit other than the first's.
  const sets = new Map<string, { units: number; first: number; secondUnit?: number }>();
  for (const [key, same] of identical) {
    const seen = new Set<number>();
    let secondUnit: number | undefined;
    for (const j of same) {
      if (secondUnit === undefined && seen.size > 0 && !seen.has(texts[j].group)) secondUnit = j;
      seen.add(texts[j].group);
    }
    sets.set(key, { units: seen.size, first: same[0], ...(secondUnit !== undefined ? { secondUnit } : {}) });
  }
  const matches: Match[] = [];
  texts.forEach((text, i) => {
    const { units, first, secondUnit } = sets.get(keyOf[i])!;
    const twin = texts[first].group !== text.group ? first : secondUnit;
    const linked = near.get(first);
    if (twin !== undefined) matches.push({ text, other: texts[twin], units, similarity: 1 });
    else if (linked !== undefined && texts[linked.other].group !== text.group) matches.push({ text, other: texts[linked.other], units, similarity: linked.similarity });
  });
  return matches;
}

/** The words for how alike two texts are. */
export function sameness(value: number): Record<string, string> {
  const percent = Math.round(value * 100);
  return percent === 100 ? { sameness: '完全相同', samenessEn: 'identical to' } : { sameness: `几乎相同（相似度 ${percent}%）`, samenessEn: `nearly identical (${percent}% similar) to` };
}

/** A template's placeholder left in the text: XX, ××, blanks, （填写…）. */
const PLACEHOLDER = /[XＸ]{2,}|[×＊*]{2,}|[＿_]{3,}|[○□]{2,}|[（(][^（(）)]{0,12}(?:填写|填入|此处)[^（(）)]*[）)]|【[^【】]{0,12}(?:填写|填入|此处)[^【】]*】/u;

export function placeholderIn(text: string): string | undefined {
  return PLACEHOLDER.exec(text)?.[0];
}

/** Whether a shared text is the round's template: the very text in many units' plans, or one with a placeholder. */
export function isTemplate(match: Match, options: RoundOptions): boolean {
  return match.units >= options.templatePlans || placeholderIn(match.text.text) !== undefined;
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
