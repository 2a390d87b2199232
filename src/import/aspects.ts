import type { JsonPath } from '../rule-kit/types.js';
import type { Aspect, Problem } from '../types/plan.js';
import { words, type ImportContext } from './context.js';
import { markerSpan, ordinalOf, type OutlineNode } from './outline.js';
import { buildProblem, isProblemNode } from './problem.js';
import type { Span } from './span.js';
import { splitHeading } from './titles.js';
import { UNRECOGNIZED, type Unrecognized } from './unrecognized.js';

export type ImportedAspect = Aspect & Unrecognized;
type ImportedProblem = Problem & Unrecognized & { 'x-group'?: string };

const IMPLICIT_TITLE = '（未分方面）';

/**
 * The aspects of one problem section. A child that numbers problems below it is an aspect; a child that is
 * itself a problem joins an aspect named after the section. Levels between an aspect and its problems
 * (report-b's 1. above its (1)) become part of each problem's id, their title kept as `x-group`.
 */
export function collectAspects(ctx: ImportContext, section: OutlineNode, firstIndex: number, idPrefix: string): ImportedAspect[] {
  const aspects: ImportedAspect[] = [];
  let implicit: ImportedAspect | undefined;
  for (const child of section.children) {
    const index = firstIndex + aspects.length;
    if (!isProblemNode(child)) {
      implicit = undefined;
      aspects.push(buildAspect(ctx, child, ['aspects', index], `${idPrefix}${ordinalOf(child)}`));
      continue;
    }
    if (!implicit) {
      implicit = implicitAspect(ctx, section, ['aspects', index], idPrefix);
      aspects.push(implicit);
    }
    const path: JsonPath = ['aspects', firstIndex + aspects.indexOf(implicit), 'problems', implicit.problems.length];
    implicit.problems.push(buildProblem(ctx, child, `${idPrefix}${ordinalOf(child)}`, path, markerSpan(child)));
  }
  return aspects;
}

function implicitAspect(ctx: ImportContext, section: OutlineNode, path: JsonPath, idPrefix: string): ImportedAspect {
  const heading = section.heading;
  const title = heading ? words(ctx, splitHeading(ctx.text, ctx.folded, heading.text).title) : undefined;
  if (title) {
    ctx.spans.set(path, title.span);
    ctx.spans.set([...path, 'title'], title.span);
  }
  const id = idPrefix.replace(/\.$/u, '') || undefined;
  return { ...(id ? { id } : {}), title: title?.value || IMPLICIT_TITLE, problems: [] };
}

function buildAspect(ctx: ImportContext, node: OutlineNode, path: JsonPath, id: string): ImportedAspect {
  const split = splitHeading(ctx.text, ctx.folded, node.heading!.text);
  const title = words(ctx, split.title);
  const aspect: ImportedAspect = { id, title: title.value, problems: [] };
  ctx.spans.set(path, title.span);
  ctx.spans.set([...path, 'id'], markerSpan(node) ?? title.span);
  ctx.spans.set([...path, 'title'], title.span);
  // Words after the aspect's title, and text before its first problem, fit no field of an aspect.
  const intro: Span[] = [split.rest, ...node.body.map((part) => (part.kind === 'text' ? part.span : part.field.labelSpan))];
  for (const span of intro) UNRECOGNIZED.keep(ctx, aspect, path, span);
  addProblems(ctx, aspect, path, node, id);
  return aspect;
}

function addProblems(ctx: ImportContext, aspect: ImportedAspect, aspectPath: JsonPath, node: OutlineNode, idPrefix: string, group?: { title: string; span: Span }): void {
  for (const child of node.children) {
    const id = `${idPrefix}.${ordinalOf(child)}`;
    if (!isProblemNode(child)) {
      const split = splitHeading(ctx.text, ctx.folded, child.heading!.text);
      const groupTitle = words(ctx, split.title);
      const firstIndex = aspect.problems.length;
      addProblems(ctx, aspect, aspectPath, child, id, { title: groupTitle.value, span: groupTitle.span });
      // A group's own words go to its first problem: the nearest item.
      const first = aspect.problems[firstIndex] as ImportedProblem | undefined;
      if (first) {
        const firstPath = [...aspectPath, 'problems', firstIndex];
        for (const span of [split.rest, ...child.body.map((part) => (part.kind === 'text' ? part.span : part.field.labelSpan))]) UNRECOGNIZED.keep(ctx, first, firstPath, span);
      }
      continue;
    }
    const path = [...aspectPath, 'problems', aspect.problems.length];
    const problem: ImportedProblem = buildProblem(ctx, child, id, path, markerSpan(child));
    if (group) {
      problem['x-group'] = group.title;
      ctx.spans.set([...path, 'x-group'], group.span);
    }
    aspect.problems.push(problem);
  }
}
