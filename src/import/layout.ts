/**
 * Which parts of the outline are aspects, which problems, and which top-level sections organise or plan the work
 * rather than list problems, decided from content:
 *
 * - An item is a problem when its own words read as one (see evidence.ts): labels of a problem's fields, a sentence
 *   stating its status, an 一是… list of measures, a 针对…问题 heading, a title naming a shortcoming. An item whose
 *   children read as problems is a container, whatever its own title says (a 方面 titled like an organising
 *   section is still an aspect when problems stand under it).
 * - Sections whose titles organise or plan the work (组织推进情况, 下一步工作打算) need labelled problems to count
 *   as holding problems; their titles are evidence, not a rule.
 * - From the top, the outline is followed down while one branch holds every problem; below that, each branch
 *   holding problems is an aspect (a top-level section holding aspects is a wrapper), levels between an aspect
 *   and its problems are groups.
 * - An item among problems of its own style that shows no evidence is taken as a problem too (the level decides);
 *   an item that fits nowhere is kept as unrecognised text, never dropped.
 */
import { organizingWords, titleKind } from './cues.js';
import { nodeEvidence, titleOf, type NodeEvidence } from './evidence.js';
import type { FieldId } from './lexicon.js';
import type { BodyPart, OutlineNode } from './outline.js';
import { closingStatus } from './status-words.js';

export type SectionKind = 'problems' | 'organization' | 'next-steps' | 'summary' | 'other';

export interface ProblemPlace {
  node: OutlineNode;
  /** Containers between the aspect and the problem (report-b's 1. above its (1)). */
  groups: OutlineNode[];
  /** How it was taken for a problem: its own words, or its level among problems. */
  by: 'evidence' | 'level';
}

export interface AspectPlace {
  /** The aspect's heading; absent for problems standing directly under a section or the document. */
  node?: OutlineNode;
  /** The section whose title names an aspect without a heading of its own. */
  section?: OutlineNode;
  /** The top-level section wrapping the aspect, when several do (its number prefixes the aspect's id). */
  wrapper?: OutlineNode;
  problems: ProblemPlace[];
}

export interface SectionPlace {
  node: OutlineNode;
  kind: SectionKind;
}

export interface Layout {
  root: OutlineNode;
  aspects: AspectPlace[];
  sections: SectionPlace[];
  /** Containers whose own words precede their problems (a wrapper's or the problems section's introduction). */
  containers: OutlineNode[];
  /** Items inside the problems that fit nowhere: their words are kept as unrecognised. */
  unplaced: OutlineNode[];
  evidence: Map<OutlineNode, NodeEvidence>;
}

export function readLayout(text: string, folded: string, root: OutlineNode): Layout {
  liftClosingFields(text, folded, root);
  const evidence = new Map<OutlineNode, NodeEvidence>();
  const ev = (node: OutlineNode) => {
    let found = evidence.get(node);
    if (!found) {
      found = nodeEvidence(text, folded, node);
      evidence.set(node, found);
    }
    return found;
  };
  // Strict sections (titled as organising or planning) need labelled or stated problems.
  const strictOf = new Map<OutlineNode, boolean>();
  for (const section of root.children) {
    const kind = section.paragraph ? titleKind(folded, titleOf(text, folded, section).start, titleOf(text, folded, section).end) : undefined;
    strictOf.set(section, kind === 'organization' || kind === 'next-steps');
  }
  const strictFor = (node: OutlineNode): boolean => {
    for (let n: OutlineNode | undefined = node; n; n = n.parent) if (n.parent === root) return strictOf.get(n) ?? false;
    return false;
  };
  const candidate = (node: OutlineNode) => {
    const e = ev(node);
    return strictFor(node) ? e.labels > 0 || (e.status && e.score >= 4) : e.score >= 2;
  };
  const holdsMemo = new Map<OutlineNode, boolean>();
  const holds = (node: OutlineNode): boolean => {
    let found = holdsMemo.get(node);
    if (found === undefined) {
      found = candidate(node) || node.children.some(holds);
      holdsMemo.set(node, found);
    }
    return found;
  };
  const classify = (node: OutlineNode): 'problem' | 'container' | 'undecided' => {
    if (ev(node).labels > 0) return 'problem';
    if (node.children.some(holds)) return 'container';
    return candidate(node) ? 'problem' : 'undecided';
  };

  const aspectLike = (node: OutlineNode) => ev(node).aspectTitle || ev(node).shortcoming;

  const layout: Layout = { root, aspects: [], sections: [], containers: [], unplaced: [], evidence };
  const inRegion = new Set<OutlineNode>();

  /** Problems under a container, through groups; undecided items take their level's reading. */
  const problemsUnder = (node: OutlineNode, groups: OutlineNode[], into: ProblemPlace[]) => {
    const classes = node.children.map(classify);
    const problemStyles = new Set(node.children.filter((_, i) => classes[i] === 'problem').map((child) => child.style));
    node.children.forEach((child, i) => {
      inRegion.add(child);
      if (classes[i] === 'problem') into.push({ node: child, groups, by: 'evidence' });
      else if (classes[i] === 'container') problemsUnder(child, [...groups, child], into);
      else if (problemStyles.has(child.style) && !ev(child).empty) into.push({ node: child, groups, by: 'level' });
      else layout.unplaced.push(child);
    });
  };

  const collect = (node: OutlineNode, wrapper?: OutlineNode) => {
    inRegion.add(node);
    let implicit: AspectPlace | undefined;
    const classes = node.children.map(classify);
    const problemStyles = new Set(node.children.filter((_, i) => classes[i] === 'problem').map((child) => child.style));
    node.children.forEach((child, i) => {
      const kind = classes[i];
      const asProblem = kind === 'problem' || (kind === 'undecided' && problemStyles.has(child.style) && !ev(child).empty);
      if (asProblem) {
        inRegion.add(child);
        if (!implicit) {
          implicit = { ...(node !== root ? { section: node } : {}), ...(wrapper ? { wrapper } : {}), problems: [] };
          layout.aspects.push(implicit);
        }
        implicit.problems.push({ node: child, groups: [], by: kind === 'problem' ? 'evidence' : 'level' });
        return;
      }
      implicit = undefined;
      if (kind !== 'container') {
        // Outside the problems (an organising section beside them) or an item that fits nowhere.
        if (node !== root) {
          inRegion.add(child);
          layout.unplaced.push(child);
        }
        return;
      }
      // A top-level section whose problems stand deeper wraps aspects.
      if (node === root && !child.children.some((c) => classify(c) === 'problem')) {
        layout.containers.push(child);
        collect(child, child);
        return;
      }
      inRegion.add(child);
      const aspect: AspectPlace = { node: child, ...(wrapper ? { wrapper } : {}), problems: [] };
      layout.aspects.push(aspect);
      problemsUnder(child, [], aspect.problems);
    });
  };

  // Follow the outline down while one section holds every problem: through sections (二、整改落实情况, a title
  // line), never into an aspect (…方面, a title naming a shortcoming), which stays an aspect even when alone.
  let region = root;
  const path: OutlineNode[] = [root];
  for (;;) {
    if (region.children.some((child) => classify(child) === 'problem')) break;
    const holding = region.children.filter(holds);
    if (holding.length !== 1 || aspectLike(holding[0])) break;
    if (region !== root) layout.containers.push(region);
    region = holding[0];
    path.push(region);
  }
  if (region !== root) layout.containers.push(region);
  if (region.children.some(holds)) collect(region);
  // Wrappers are counted once, by the aspects they hold.
  const wrappers = new Set(layout.aspects.map((a) => a.wrapper).filter(Boolean));
  if (wrappers.size < 2) for (const aspect of layout.aspects) delete aspect.wrapper;

  // The sections: the children of every level the outline was followed down through (第一部分 above 一、二、三),
  // in the document's order; a level followed down is listed too, so no title is lost.
  const sections: OutlineNode[] = [];
  const list = (node: OutlineNode, depth: number) => {
    for (const child of node.children) {
      sections.push(child);
      if (path[depth + 1] === child && depth + 2 < path.length) list(child, depth + 1);
    }
  };
  list(root, 0);
  const rootIsProblems = root.children.length > 0 && root.children.every((child) => inRegion.has(child) && classify(child) === 'problem');
  if (!rootIsProblems) {
    for (const section of sections) {
      let kind: SectionKind = holds(section) && (inRegion.has(section) || section === region || isAncestor(section, region)) ? 'problems' : narrativeKind(text, folded, section);
      // A section titled as problems that holds headings naming shortcomings, none read as a problem, is not a
      // summary to file away: it is kept whole as unrecognised, so a reviewer sees what was not read.
      if (kind === 'summary' && someBelow(section, (node) => ev(node).shortcoming)) kind = 'other';
      layout.sections.push({ node: section, kind });
    }
  }
  return layout;
}

/** Fields that account for a problem as a whole once its measures are listed: where it stands, who answers for it. */
const CLOSING_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['progress', 'status', 'outcome', 'evidence', 'completion', 'deadline', 'leader', 'department', 'cooperating', 'person', 'openReason', 'nextSteps', 'remarks']);

/**
 * （一）关于“…”的问题, then 1. 2. 3. one measure a line, closed by 整改情况：已完成整改。 or by a status sentence at the
 * end of the last line (2.开展…。该问题已完成整改。): the closing words account for the problem, not for that line.
 * A status paragraph of its own under the last line (目前该问题已整改到位。) closes it alike.
 * They move to the heading above when it names a problem (a 关于“…”的问题 heading that is no 方面, or a title naming a
 * shortcoming), it has no labels of its own, its numbered lines are single paragraphs, and only the last of them
 * is followed by labels or states a status. Its numbered lines then read as its measures.
 */
function liftClosingFields(text: string, folded: string, node: OutlineNode): void {
  for (const child of node.children) liftClosingFields(text, folded, child);
  const last = node.children.at(-1);
  if (!node.paragraph || !last || node.body.some((part) => part.kind === 'field')) return;
  if (node.children.some((child) => child.children.length > 0 || (child !== last && child.body.length > 0))) return;
  // A paragraph of its own after the last line that opens by stating a status (目前该问题已整改到位。) closes alike.
  const closes = (part: BodyPart) =>
    part.kind === 'field' ? CLOSING_FIELDS.has(part.field.field) : closingStatus(folded, part.span.start, part.span.end)?.sentence.start === part.span.start;
  if (!last.body.every(closes)) return;
  if (node.children.some((child) => child !== last && closingStatus(folded, child.words.start, child.words.end))) return;
  const closing = closingStatus(folded, last.words.start, last.words.end);
  if (last.body.length === 0 && !closing) return;
  const parent = nodeEvidence(text, folded, node);
  if (!((parent.wrapper && !parent.aspectTitle) || parent.shortcoming)) return;
  if (closing && closing.sentence.start > last.words.start) {
    // The status sentence (and what follows it on the line) is the problem's own closing words.
    node.body.push({ kind: 'text', span: { start: closing.sentence.start, end: last.words.end }, paragraph: last.paragraph! });
    last.words = { start: last.words.start, end: closing.sentence.start };
  } else if (closing) return;
  node.body.push(...last.body);
  last.body = [];
  last.end = last.words.end;
}

function someBelow(node: OutlineNode, test: (node: OutlineNode) => boolean): boolean {
  return node.children.some((child) => test(child) || someBelow(child, test));
}

function isAncestor(node: OutlineNode, of: OutlineNode): boolean {
  for (let n: OutlineNode | undefined = of.parent; n; n = n.parent) if (n === node) return true;
  return false;
}

/** What a section without problems is: its title's kind, else organising when its words organise the work. */
function narrativeKind(text: string, folded: string, section: OutlineNode): SectionKind {
  const title = titleOf(text, folded, section);
  const kind = titleKind(folded, title.start, title.end);
  if (kind === 'next-steps' || kind === 'organization') return kind;
  if (kind === 'problems') return 'summary';
  return organizingWords(folded, section.start, section.end) >= 2 ? 'organization' : 'other';
}
