import { arrayOf, defineRule, isNonEmptyString, isObject, NOT_APPLICABLE, type JsonPath, textOf } from '../src/rule-kit/index.js';
import { hasContent } from './support/placeholder.js';
import type { Evidence, Measure, Problem } from '../src/types/plan.js';
import { findNearDuplicates, normaliseText, type Outcome, type SearchText } from './support/near-duplicates.js';
import { evidenceOf, problemsOf } from './support/walk.js';

interface Options {
  threshold: number;
  shingleSize: number;
  minLength: number;
}

/** A text to search, with the problem or measure it belongs to. */
type TextOf = SearchText<string> & { node: object };

interface Copy {
  otherId: string;
  similarity: number;
}

/** The first two problems (groups) holding a document, with the id of each. */
interface Holders {
  group: Problem;
  id: string;
  other?: { group: Problem; id: string };
}

/** The id of a problem other than `group` that holds the document, if any. */
function otherHolder(holders: Holders, group: Problem): string | undefined {
  if (holders.group !== group) return holders.id;
  return holders.other?.id;
}

/** The same document: the same 文号, or without one the same title and date. */
function documentKey(evidence: Evidence): string {
  return isNonEmptyString(evidence.reference) ? `文号:${normaliseText(evidence.reference)}` : `标题:${normaliseText(textOf(evidence.title))}@${textOf(evidence.date)}`;
}

export default defineRule<Options>({
  meta: {
    id: 'duplicate-evidence',
    type: 'problem',
    category: 'verifiability',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '不同问题之下的措施或整改情况相同或几乎相同，或一个问题的佐证材料全是其他问题的材料（如同一文号作唯一佐证）',
        en: 'The same or near-identical measure or progress text under different problems, or a problem whose only evidence is another problem’s (e.g. the same 文号)',
      },
      basis: '纸面销号: 不同问题的销号材料雷同、照搬 (瞭望, K-paper); practice D4 (near-duplicate text by character shingles; the same 文号 as sole evidence)',
    },
    messages: {
      measureCopied: {
        zh: '措施与问题 {{other}} 的措施{{sameness}}，缺乏针对性',
        en: 'the measure is {{samenessEn}} a measure of problem {{other}}; it is not specific to this problem',
      },
      progressCopied: {
        zh: '问题 {{id}} 的整改情况与问题 {{other}} 的{{sameness}}（纸面销号之嫌）',
        en: 'problem {{id}}’s progress is {{samenessEn}} that of problem {{other}} (paper-only closure?)',
      },
      soleEvidenceShared: {
        zh: '问题 {{id}} 的唯一佐证材料“{{title}}”同时是问题 {{other}} 的佐证材料（纸面销号之嫌）',
        en: 'problem {{id}}’s only evidence "{{title}}" is also evidence for problem {{other}} (paper-only closure?)',
      },
      allEvidenceShared: {
        zh: '问题 {{id}} 的 {{count}} 份佐证材料全部与其他问题共用（如问题 {{other}}），没有针对本问题的材料',
        en: 'all {{count}} pieces of evidence of problem {{id}} are shared with other problems (e.g. {{other}}); none is specific to it',
      },
    },
    options: {
      type: 'object',
      properties: {
        threshold: {
          type: 'number',
          minimum: 0.3,
          maximum: 1,
          default: 0.6,
          description: 'Jaccard similarity of 3-character shingles from which two texts count as near-identical (a copy with its subject swapped scores about 0.7; unrelated measures of one plan stay under 0.2).',
        },
        shingleSize: { type: 'integer', minimum: 2, maximum: 8, default: 3, description: 'Characters per shingle.' },
        minLength: { type: 'integer', minimum: 1, default: 20, description: 'Shorter measure or progress texts (after removing punctuation) are not compared: short stock phrases recur legitimately.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { threshold, shingleSize, minLength } = context.options;
    // Keyed by the problem or measure object itself: the visitors get the same objects, so no path strings are built.
    const copies = new Map<object, Copy>();
    /** Problems and measures whose text was long enough to compare: the checks this rule makes. */
    const compared = new Set<object>();
    const sharedEvidence = new Map<Problem, { path: JsonPath; title: string; count: number; otherId: string }>();
    const record = (node: object, outcome: Outcome<string>) => {
      if (outcome === 'too-short') return;
      compared.add(node);
      if (outcome !== 'unique') copies.set(node, { otherId: outcome.payload, similarity: outcome.similarity });
    };
    /** Searches one kind of text (progress, or measures) and records what each node's text resembles. */
    const search = (texts: TextOf[]) => {
      const { outcomes } = findNearDuplicates(texts, { shingleSize, threshold, minLength });
      texts.forEach(({ node }, i) => record(node, outcomes[i]));
    };

    /** One pass over the plan, then one search per kind of text, before the runner's walk reaches the nodes. */
    const index = (plan: typeof context.plan) => {
      const progress: TextOf[] = [];
      const measures: TextOf[] = [];
      // Two holders are enough to tell any problem "another problem has it too", and keep lookups O(1).
      const holdersOfDocument = new Map<string, Holders>();
      const withEvidence: { problem: Problem; path: JsonPath; group: Problem; keys: string[] }[] = [];
      // Texts and documents of one top-level problem (with its sub-items) are one group, told apart by the object.
      for (const { problem, path, top: group } of problemsOf(plan)) {
        const id = problem.id ?? '';
        // Template filler repeated in every row is unfilled, not copied: require-* rules report it.
        if (hasContent(problem.progress)) progress.push({ text: problem.progress, group, payload: id, node: problem });
        const keys: string[] = [];
        for (const measure of arrayOf<Measure>(problem.measures)) {
          if (!isObject(measure)) continue;
          if (hasContent(measure.text)) measures.push({ text: measure.text, group, payload: id, node: measure });
          for (const evidence of arrayOf<Evidence>(measure.evidence)) if (isObject(evidence)) keys.push(documentKey(evidence));
        }
        for (const evidence of arrayOf<Evidence>(problem.evidence)) if (isObject(evidence)) keys.push(documentKey(evidence));
        for (const key of keys) {
          const holders = holdersOfDocument.get(key);
          if (!holders) holdersOfDocument.set(key, { group, id });
          else if (holders.group !== group && !holders.other) holders.other = { group, id };
        }
        if (keys.length > 0) withEvidence.push({ problem, path, group, keys });
      }
      search(progress);
      search(measures);
      for (const { problem, path, group, keys } of withEvidence) {
        const others = keys.map((key) => otherHolder(holdersOfDocument.get(key)!, group));
        if (others.some((other) => other === undefined)) continue;
        // Paths are built only for the few problems reported: the first piece of evidence, in document order.
        const items = evidenceOf(problem, path);
        const [first] = items;
        const at = isNonEmptyString(first.evidence.reference) ? 'reference' : 'title';
        sharedEvidence.set(problem, { path: [...first.path, at], title: textOf(first.evidence.title), count: items.length, otherId: others[0]! });
      }
    };

    const sameness = (similarity: number) =>
      similarity === 1 ? { sameness: '完全相同', samenessEn: 'identical to' } : { sameness: `几乎相同（相似度 ${Math.round(similarity * 100)}%）`, samenessEn: `nearly identical (${Math.round(similarity * 100)}% similar) to` };

    return {
      plan(plan) {
        index(plan);
        return NOT_APPLICABLE;
      },
      problem(problem, path) {
        const hasEvidence = arrayOf(problem.evidence).length > 0 || arrayOf<Measure>(problem.measures).some((m) => arrayOf(m?.evidence).length > 0);
        if (!compared.has(problem) && !hasEvidence) return NOT_APPLICABLE;
        const id = problem.id ?? '';
        const copy = copies.get(problem);
        if (copy) context.report({ path: [...path, 'progress'], messageId: 'progressCopied', data: { id, other: copy.otherId, ...sameness(copy.similarity) } });
        const shared = sharedEvidence.get(problem);
        if (shared) {
          const messageId = shared.count === 1 ? 'soleEvidenceShared' : 'allEvidenceShared';
          context.report({ path: shared.path, messageId, data: { id, other: shared.otherId, title: shared.title, count: shared.count } });
        }
        return undefined;
      },
      measure(measure, path) {
        if (!compared.has(measure)) return NOT_APPLICABLE;
        const copy = copies.get(measure);
        if (copy) context.report({ path: [...path, 'text'], messageId: 'measureCopied', data: { other: copy.otherId, ...sameness(copy.similarity) } });
        return undefined;
      },
    };
  },
});
