import { textDocument } from '../read/text.js';
import type { SourceDocument } from '../read/model.js';
import type { Plan } from '../types/plan.js';
import { collectAspects, type ImportedAspect } from './aspects.js';
import { readCommitments, readMeetings } from './commitments.js';
import { words, type ImportContext } from './context.js';
import { findDates, YearContext } from './dates.js';
import { readDeclared } from './declared.js';
import { readInspectionFacts } from './inspection-facts.js';
import { splitLines } from './lines.js';
import { buildOutline, type OutlineNode } from './outline.js';
import { readReportFacts } from './report-facts.js';
import { classifySection, hasProblemStructure, type SectionKind } from './sections.js';
import type { Span } from './span.js';
import { SpanMap } from './spans.js';
import { splitHeading } from './titles.js';
import { classifyLine, type LineToken } from './tokens.js';
import { UNRECOGNIZED, type Unrecognized } from './unrecognized.js';
import { foldWidth } from './width.js';

export interface ImportOptions {
  /** Read Markdown markup (# headings, bullets, **bold**) as layout, not words. */
  markdown?: boolean;
}

export type ImportedPlan = Plan & Unrecognized & { 'x-sections'?: { title: string; kind: SectionKind }[] };

export interface ImportedReport {
  /** The document the plan was read from: its text is what every span indexes, and it places them in the file. */
  source: SourceDocument;
  /** The report's text, as positions count it. */
  text: string;
  plan: ImportedPlan;
  /** Where each value came from in `text`. */
  spans: SpanMap;
  /** Non-blank lines read. */
  lineCount: number;
}

interface Section {
  node: OutlineNode;
  kind: SectionKind;
}

/** A report's text (.txt, or Markdown with `markdown`) imported as a plan. */
export function importReport(text: string, options: ImportOptions = {}): ImportedReport {
  return importDocument(textDocument(text, options.markdown ? 'markdown' : 'text'));
}

/**
 * Turns a document into a plan, every value with the span it came from. Pure: document in, plan and spans out.
 * The outline comes from the numbering (一、/（一）/1./（1）/①); top-level sections are told apart by what they
 * hold; facts, totals, commitments and meetings are read from the words.
 */
export function importDocument(source: SourceDocument): ImportedReport {
  const { text } = source;
  const folded = foldWidth(text);
  const lines = splitLines(text, source.format === 'markdown');
  const tokens = lines.map((line) => classifyLine(line, folded.slice(line.span.start, line.span.end)));
  const mentions = findDates(folded);
  const ctx: ImportContext = { text, folded, spans: new SpanMap(), years: new YearContext(mentions), problemRanges: [] };
  const root = buildOutline(tokens, text.length);
  const sections = topSections(ctx, root);

  const narrativeKinds = new Set<SectionKind>(['organization', 'next-steps']);
  const opening = root.body.filter((part) => part.kind === 'text').map((part) => part.span);
  const spoken = [...opening, ...linesIn(tokens, sections.filter((s) => s.kind === 'organization').map((s) => s.node))];
  const allLines = tokens.filter((t) => t.kind !== 'chrome' && t.kind !== 'closing').map((t) => t.line.span);

  const facts = readInspectionFacts(ctx, spoken, allLines);
  const feedbackYear = facts.inspection.feedbackDate ? Number(facts.inspection.feedbackDate.slice(0, 4)) : undefined;
  const reportFacts = readReportFacts(ctx, tokens);
  const reportYear = reportFacts.report.date ? Number(reportFacts.report.date.slice(0, 4)) : undefined;
  ctx.years = new YearContext(mentions, feedbackYear ?? reportYear);
  const declared = readDeclared(ctx, spoken);

  // Keys in the order a person writes a plan (the schema's order).
  const plan = {
    inspection: facts.inspection,
    report: reportFacts.report,
    ...(Object.keys(facts.organization).length > 0 ? { organization: facts.organization } : {}),
    ...(declared.declared ? { declared: declared.declared } : {}),
    aspects: [] as ImportedAspect[],
  } as unknown as ImportedPlan;

  addAspects(ctx, plan, root, sections.filter((s) => s.kind === 'problems'));

  const commitments = readCommitments(ctx, allLines, facts.inspection.feedbackDate, ctx.spans.get(['inspection', 'feedbackDate']));
  if (commitments.length > 0) plan.commitments = commitments;
  const meetings = readMeetings(ctx, allLines);
  if (meetings.length > 0) plan.meetings = meetings;

  const sectionList = sections.filter((s) => s.node !== root);
  if (sectionList.length > 0) {
    plan['x-sections'] = sectionList.map((section, i) => {
      const title = words(ctx, splitHeading(text, folded, section.node.heading!.text).title);
      ctx.spans.set(['x-sections', i], title.span);
      ctx.spans.set(['x-sections', i, 'title'], title.span);
      ctx.spans.set(['x-sections', i, 'kind'], title.span);
      return { title: title.value, kind: section.kind };
    });
  }
  keepUnplaced(ctx, plan, root, sections, opening, [...facts.used, ...declared.used, ...reportFacts.used, ...narrativeFound(ctx)], narrativeKinds);
  placeContainers(ctx, plan, lines[0]?.span);
  return { source, text, plan, spans: ctx.spans, lineCount: lines.length };
}

/**
 * The aspects of every problem section. A section that is itself one problem (一、针对…问题 with its labels under
 * it) joins its neighbours of the same kind in one aspect, as if the report had no 一、 level.
 */
function addAspects(ctx: ImportContext, plan: ImportedPlan, root: OutlineNode, problemSections: readonly Section[]): void {
  const isOneProblem = (node: OutlineNode) => node !== root && node.body.some((part) => part.kind === 'field');
  const containers = problemSections.filter((s) => !isOneProblem(s.node)).length;
  let run: OutlineNode[] = [];
  const flush = () => {
    if (run.length > 0) plan.aspects.push(...collectAspects(ctx, { ...root, children: run }, plan.aspects.length, ''));
    run = [];
  };
  for (const { node } of problemSections) {
    if (isOneProblem(node)) {
      run.push(node);
      continue;
    }
    flush();
    const prefix = containers > 1 && node.heading?.numbering ? `${node.heading.numbering.ordinal}.` : '';
    plan.aspects.push(...collectAspects(ctx, node, plan.aspects.length, prefix));
    // A problem section's own words before its first aspect fit nowhere.
    if (node !== root) for (const part of node.body) UNRECOGNIZED.keep(ctx, plan, [], part.kind === 'text' ? part.span : part.field.labelSpan);
  }
  flush();
}

/** The top-level sections; a report without 一、 headings is one section, the whole text. */
function topSections(ctx: ImportContext, root: OutlineNode): Section[] {
  if (root.children.some((child) => child.heading?.numbering?.style === 'han')) {
    return root.children.map((node) => ({ node, kind: classifySection(node, ctx.text, ctx.folded) }));
  }
  return [{ node: root, kind: hasProblemStructure(root, ctx.text, ctx.folded) ? 'problems' : 'other' }];
}

/** Every line inside the given sections, headings included (a heading often carries a sentence, as in report-a). */
function linesIn(tokens: readonly LineToken[], nodes: readonly OutlineNode[]): Span[] {
  const ranges = nodes.map((node) => ({ start: node.heading?.lineSpan.start ?? 0, end: node.end }));
  return tokens
    .filter((t) => t.kind !== 'chrome' && t.kind !== 'closing' && ranges.some((r) => t.line.span.start >= r.start && t.line.span.start < r.end))
    .map((t) => t.line.span);
}

/** Spans of commitments and meetings, which also count as understood text. */
function narrativeFound(ctx: ImportContext): Span[] {
  const found: Span[] = [];
  for (const key of ['commitments', 'meetings']) {
    for (let i = 0; ; i++) {
      const span = ctx.spans.get([key, i]);
      if (!span) break;
      found.push(span);
    }
  }
  return found;
}

/**
 * Text that fits nowhere is kept on the plan, never dropped: an opening paragraph that gave no fact, and each
 * section that is neither problems nor the organisation or planning of the work.
 */
function keepUnplaced(ctx: ImportContext, plan: ImportedPlan, root: OutlineNode, sections: readonly Section[], opening: readonly Span[], used: readonly Span[], narrative: Set<SectionKind>): void {
  const overlaps = (line: Span) => used.some((u) => u.start < line.end && u.end > line.start);
  for (const line of opening) if (!overlaps(line)) UNRECOGNIZED.keep(ctx, plan, [], line);
  for (const part of root.body) if (part.kind === 'field') UNRECOGNIZED.keep(ctx, plan, [], { start: part.field.labelSpan.start, end: part.pieces.at(-1)?.span.end ?? part.field.labelSpan.end });
  for (const section of sections) {
    if (section.kind !== 'other' || narrative.has(section.kind)) continue;
    const nodes = section.node === root ? root.children : [section.node];
    for (const node of nodes) UNRECOGNIZED.keep(ctx, plan, [], { start: node.heading?.lineSpan.start ?? 0, end: node.end });
  }
}

/** A container (the plan, `inspection`, `aspects` …) is placed on its first value, the plan itself on the first line. */
function placeContainers(ctx: ImportContext, plan: ImportedPlan, firstLine: Span | undefined): void {
  const start = firstLine ?? { start: 0, end: 0 };
  ctx.spans.setDefault([], { start: start.start, end: start.end });
  // `report` is placed on its title, if any (see report-facts.ts), not on the contacts at the end.
  for (const key of ['inspection', 'organization', 'declared', 'aspects', 'commitments', 'meetings', 'x-unrecognized'] as const) {
    const value = plan[key as keyof ImportedPlan];
    if (value === undefined) continue;
    const first = Array.isArray(value) ? ctx.spans.get([key, 0]) : Object.keys(value).map((k) => ctx.spans.get([key, k])).find(Boolean);
    if (first) ctx.spans.setDefault([key], first);
  }
}
