/**
 * The plan's aspects and problems from the layout: ids from the document's own numbering (aspect.problem, with a
 * group's number between when problems stand under groups; positions where no number is printed), titles without
 * their wrappers, and every word an aspect or group says besides its title kept as unrecognised on it.
 */
import { UNGROUPED_ASPECT_TITLE } from '../core/ungrouped.js';
import type { JsonPath } from '../rule-kit/types.js';
import type { Aspect } from '../types/plan.js';
import { words, type ImportContext } from './context.js';
import { headingRest, titleOf } from './evidence.js';
import type { ProblemDraft } from './fill-fields.js';
import type { AspectPlace, Layout } from './layout.js';
import type { OutlineNode } from './outline.js';
import { buildProblem } from './problem.js';
import type { Span } from './span.js';
import { UNRECOGNIZED, type Unrecognized } from './unrecognized.js';

export type ImportedAspect = Aspect & Unrecognized;


export function assembleAspects(ctx: ImportContext, layout: Layout): ImportedAspect[] {
  const aspects: ImportedAspect[] = [];
  const evidence = (node: OutlineNode) => layout.evidence.get(node) ?? { labels: 0, status: false, enumeration: false, cue: false, wrapper: false, shortcoming: false, aspectTitle: false, empty: false, score: 0 };
  const usedIds = new Set<string>();
  const positions = new Map<OutlineNode, number>();
  layout.aspects.forEach((place, index) => {
    const path: JsonPath = ['aspects', index];
    const aspect = aspectOf(ctx, place, path, index, layout.aspects.length, usedIds);
    aspects.push(aspect);
    const groupsSeen = new Set<OutlineNode>();
    for (const problem of place.problems) {
      const groupIds = problem.groups.map((group) => String(numberOf(group, positions)));
      const ordinal = numberOf(problem.node, positions);
      const id = [aspect.id, ...groupIds, String(ordinal)].filter((part) => part !== undefined && part !== '').join('.');
      const problemPath = [...path, 'problems', aspect.problems.length];
      const built = buildProblem(ctx, problem.node, { id, path: problemPath, evidence });
      if (problem.groups.length > 0) {
        // The levels between the aspect and the problem, outermost first (report-b's 1. title above its (1)).
        const titles = problem.groups.map((group) => words(ctx, titleOf(ctx.text, ctx.folded, group)));
        built['x-group'] = titles.map((title) => title.value).join(' / ');
        ctx.spans.set([...problemPath, 'x-group'], titles.at(-1)!.span);
        // A group's own words go to its first problem: the nearest item.
        for (const group of problem.groups) {
          if (groupsSeen.has(group)) continue;
          groupsSeen.add(group);
          for (const span of ownWords(ctx, group)) UNRECOGNIZED.keep(ctx, built, problemPath, span);
        }
      }
      aspect.problems.push(built as ProblemDraft);
    }
  });
  return aspects;
}

function aspectOf(ctx: ImportContext, place: AspectPlace, path: JsonPath, index: number, count: number, usedIds: Set<string>): ImportedAspect {
  const named = place.node ?? place.section;
  const title = named ? words(ctx, titleOf(ctx.text, ctx.folded, named)) : undefined;
  // Problems under the one section that holds them all have no aspect number of their own to carry.
  const alone = place.node === undefined && count === 1;
  const ordinal = alone ? undefined : (named?.mark?.ordinal ?? (named ? index + 1 : undefined));
  let id = ordinal === undefined ? undefined : String(ordinal);
  // Aspects numbered anew under each wrapping section ((一) under 二、 and under 三、) take its number too.
  if (id !== undefined && place.wrapper?.mark?.ordinal !== undefined) id = `${place.wrapper.mark.ordinal}.${id}`;
  if (id !== undefined && usedIds.has(id)) id = String(index + 1);
  if (id !== undefined) usedIds.add(id);
  const aspect: ImportedAspect = { ...(id !== undefined ? { id } : {}), title: title?.value || UNGROUPED_ASPECT_TITLE, problems: [] };
  if (title) {
    ctx.spans.set(path, title.span);
    ctx.spans.set([...path, 'title'], title.span);
    ctx.spans.set([...path, 'id'], named?.mark && named.mark.span.end > named.mark.span.start ? named.mark.span : title.span);
  }
  // An aspect heading's words besides its title, and its text before its first problem, fit no field of an aspect.
  if (place.node) for (const span of ownWords(ctx, place.node)) UNRECOGNIZED.keep(ctx, aspect, path, span);
  return aspect;
}

/** A container's words besides its title: the rest of its heading and its own paragraphs. */
export function ownWords(ctx: ImportContext, node: OutlineNode): Span[] {
  const spans: Span[] = [];
  const rest = headingRest(node, titleOf(ctx.text, ctx.folded, node));
  if (rest.end > rest.start) spans.push(rest);
  for (const part of node.body) spans.push(part.kind === 'text' ? part.span : { start: part.field.markup.start, end: Math.max(part.field.content.end, part.pieces.at(-1)?.span.end ?? 0) });
  return spans;
}

/** The number an item prints, else its position among its siblings of the same style (computed once per parent). */
function numberOf(node: OutlineNode, positions: Map<OutlineNode, number>): number {
  if (node.mark?.ordinal !== undefined) return node.mark.ordinal;
  let position = positions.get(node);
  if (position === undefined) {
    const counts = new Map<string, number>();
    for (const sibling of node.parent?.children ?? [node]) {
      const next = (counts.get(sibling.style) ?? 0) + 1;
      counts.set(sibling.style, next);
      positions.set(sibling, next);
    }
    position = positions.get(node) ?? 1;
  }
  return position;
}
