/**
 * From a document to a plan, every value with the span it came from. Pure: document in, plan and spans out.
 *
 * read (reading-text.ts: lines unwrapped, markup out) → paragraphs (paragraphs.ts: chrome, title, headings,
 * labels, closing) → outline (outline.ts: how marks nest in this document) → layout (layout.ts: which items are
 * aspects and problems, which sections organise the work) → the plan (assemble.ts, problem.ts, fill-fields.ts),
 * with facts, totals, commitments and meetings read from the words.
 */
import { textDocument } from '../read/text.js';
import type { SourceDocument } from '../read/model.js';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import type { Plan } from '../types/plan.js';
import { assembleAspects, ownWords, type ImportedAspect } from './assemble.js';
import { readCommitments, readMeetings } from './commitments.js';
import { words, type ImportContext } from './context.js';
import { findDates, YearContext } from './dates.js';
import { readDeclared, type ImportedDeclared } from './declared.js';
import { nodeEvidence, PROBLEM_FIELDS, titleOf } from './evidence.js';
import { readInspectionFacts, sentences } from './inspection-facts.js';
import { readLabels } from './labels.js';
import { readLayout, type Layout, type SectionKind } from './layout.js';
import { layoutNote, type LayoutNote } from './layout-note.js';
import { addTables, findLedgers } from './ledger/index.js';
import { hideStretches } from './ledger/hide-stretches.js';
import { Lexicon, type LexiconExtension } from './lexicon.js';
import { readMark } from './marks.js';
import { buildOutline, type OutlineNode } from './outline.js';
import { classifyParagraphs } from './paragraphs.js';
import { readingText } from './reading-text.js';
import { readReportFacts } from './report-facts.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';
import { SpanMap } from './spans.js';
import { UNRECOGNIZED, type Unrecognized } from './unrecognized.js';
import { foldWidth } from './width.js';

export interface ImportOptions {
  /** Read Markdown markup (# headings, bullets, **bold**) as layout, not words. */
  markdown?: boolean;
  /** The office's own labels and column headers (the config's `import`). */
  lexicon?: LexiconExtension;
}

export type ImportedPlan = Plan &
  Unrecognized & {
    'x-sections'?: { title: string; kind: SectionKind; text?: string }[];
    'x-layout'?: LayoutNote;
    'x-opening'?: string;
  };

export interface ImportedReport {
  /** The document the plan was read from: its text is what every span indexes, and it places them in the file. */
  source: SourceDocument;
  /** The report's text, as positions count it. */
  text: string;
  plan: ImportedPlan;
  /** Where each value came from in `text`. */
  spans: SpanMap;
  /** Paragraphs read. */
  lineCount: number;
}

/** A report's text (.txt, or Markdown with `markdown`) imported as a plan. */
export function importReport(text: string, options: ImportOptions = {}): ImportedReport {
  return importDocument(textDocument(text, options.markdown ? 'markdown' : 'text'), options);
}

const REPORT_KINDS: readonly string[] = (planSchema.$defs.report.properties.kind as { enum: string[] }).enum;

export function importDocument(document: SourceDocument, options: ImportOptions = {}): ImportedReport {
  const lexicon = Lexicon.of(options.lexicon);
  // Tables whose header maps to plan fields (and the lines above them) are the ledger reader's; the rest is read here.
  const ledgers = findLedgers(document, lexicon);
  const source = hideStretches(document, ledgers.consumed);
  const startsParagraph = (folded: string) => readMark(folded, 0, folded.length, {}) !== undefined || readLabels(folded, 0, folded.length, lexicon) !== undefined;
  const reading = readingText(source, startsParagraph);
  const { text, folded } = reading;
  const paragraphs = classifyParagraphs(reading, lexicon);
  const { root, outside } = buildOutline(paragraphs, folded);
  const mentions = findDates(folded);
  const ctx: ImportContext = { text, folded, spans: new SpanMap(), years: new YearContext(mentions), lexicon, problemRanges: [] };
  const layout = readLayout(text, folded, root);

  const opening = root.body.filter((part) => part.kind === 'text').map((part) => part.span);
  const narrative = layout.sections.filter((section) => section.kind !== 'problems');
  const narrativeSpans = narrative.flatMap((section) => subtreeSpans(section.node));
  const introSpans = layout.containers.flatMap((node) => ownWords(ctx, node));
  const spoken = [...opening, ...narrativeSpans, ...introSpans];
  // The closing word on going on is the report's own (每季度召开一次… said there is a commitment).
  const everywhere = paragraphs.filter((p) => p.role.kind !== 'chrome' && (p.role.kind !== 'closing' || p.role.what === 'outlook')).map((p) => p.span);

  const facts = readInspectionFacts(ctx, spoken, everywhere);
  ctx.relativeFrom = relativeStart(ctx, spoken, facts.inspection.feedbackDate);
  const reportFacts = readReportFacts(ctx, outside, paragraphs.at(-1)?.span);
  // The unit the opening does not name is the one the title reports its own rectification for.
  if (facts.inspection.inspectedUnit === undefined && reportFacts.titleUnit) {
    facts.inspection.inspectedUnit = reportFacts.titleUnit.value;
    ctx.spans.set(['inspection', 'inspectedUnit'], reportFacts.titleUnit.span);
  }
  ctx.evidenceInText = reportFacts.report.kind !== 'plan';
  ctx.reportsProgress = reportFacts.report.kind !== 'plan';
  const anchorYear = Number((facts.inspection.feedbackDate ?? reportFacts.report.date)?.slice(0, 4)) || undefined;
  ctx.years = new YearContext(mentions, anchorYear);
  const declared = readDeclared(ctx, spoken);

  const plan = {
    inspection: facts.inspection,
    report: reportFacts.report,
    ...(Object.keys(facts.organization).length > 0 ? { organization: facts.organization } : {}),
    ...(declared.declared ? { declared: declared.declared } : {}),
    aspects: [] as ImportedAspect[],
  } as unknown as ImportedPlan;
  plan.aspects = assembleAspects(ctx, layout);
  // A progress notice that gives totals and lists no problem is a notice, not an empty plan; a document laid out as
  // problems (their labels, 问题1 headings) that were not read is a misread plan, never passed off as a notice; nor
  // is one whose problems stand in a ledger table (read after this, below).
  const listsNoProblem = plan.aspects.length === 0 && ledgers.ledgers.length === 0;
  if (listsNoProblem && hasCounts(declared.declared) && !showsProblems(text, folded, root) && REPORT_KINDS.includes('notice')) (plan.report as { kind: string }).kind = 'notice';

  const commitments = readCommitments(ctx, everywhere, facts.inspection.feedbackDate, ctx.spans.get(['inspection', 'feedbackDate']));
  if (commitments.length > 0) plan.commitments = commitments;
  const meetings = readMeetings(ctx, everywhere);
  if (meetings.length > 0) plan.meetings = meetings;

  addSections(ctx, plan, layout);
  keepUnplaced(ctx, plan, layout, opening, [...facts.used, ...declared.used, ...narrativeFound(ctx)]);
  const note = layoutNote(layout);
  if (note) {
    plan['x-layout'] = note;
    const first = ctx.spans.get(['aspects', 0, 'problems', 0, 'title']) ?? ctx.spans.get(['aspects', 0, 'problems', 0]);
    if (first) ctx.spans.set(['x-layout'], first);
  }
  placeContainers(ctx, plan, paragraphs[0]?.span);
  const spans = ctx.spans.mapped(reading.toSource);
  const tables = addTables(ledgerContext(ctx, document, spans), plan, ledgers);
  placeContainers({ ...ctx, spans }, plan, ledgers.consumed[0]);
  return { source: document, text: document.text, plan, spans, lineCount: paragraphs.length + tables.rows };
}

/** The ledger reader reads the document's own text, and records its spans with the narrative's (mapped to that text). */
function ledgerContext(ctx: ImportContext, document: SourceDocument, spans: SpanMap): ImportContext {
  const folded = foldWidth(document.text);
  const anchor = Number((ctx.relativeFrom ?? '').slice(0, 4)) || undefined;
  return { ...ctx, text: document.text, folded, spans, years: new YearContext(() => findDates(folded), anchor), problemRanges: [] };
}

/** Whether any item, or the document's own body, carries a problem's labels or a heading naming a problem. */
function showsProblems(text: string, folded: string, root: OutlineNode): boolean {
  if (root.body.some((part) => part.kind === 'field' && PROBLEM_FIELDS.has(part.field.field))) return true;
  const visit = (node: OutlineNode): boolean => {
    const evidence = nodeEvidence(text, folded, node);
    return evidence.labels > 0 || (evidence.wrapper && node.style !== 'named') || node.children.some(visit);
  };
  return root.children.some(visit);
}

function hasCounts(declared: ImportedDeclared | undefined): boolean {
  return declared !== undefined && (declared.problems !== undefined || declared.aspects !== undefined || declared.tasks !== undefined || declared.completed !== undefined);
}

/** Every paragraph's words in a section: its heading and everything under it. */
function subtreeSpans(node: OutlineNode): Span[] {
  const spans: Span[] = [];
  const visit = (n: OutlineNode) => {
    if (n.paragraph) spans.push(n.words.end > n.words.start ? n.words : n.paragraph.span);
    for (const part of n.body) spans.push(part.kind === 'text' ? part.span : { start: part.field.markup.start, end: Math.max(part.field.content.end, part.pieces.at(-1)?.span.end ?? 0) });
    for (const child of n.children) visit(child);
  };
  visit(node);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Where a relative deadline (整改时限：3个月) counts from: a date the report names for it (整改时限以月计的，自2019年8月20日
 * 反馈之日起计算), else the feedback date.
 */
function relativeStart(ctx: ImportContext, spans: readonly Span[], feedbackDate: string | undefined): string | undefined {
  for (const span of spans) {
    for (const sentence of sentences(ctx.folded.slice(span.start, span.end))) {
      if (!/时限|期限/u.test(sentence.text) || !/起(?:计算|算)/u.test(sentence.text)) continue;
      const date = findDates(sentence.text, span.start + sentence.start).find((m) => m.form === 'day');
      const iso = date && ctx.years.iso(date);
      if (iso) return iso;
    }
  }
  return feedbackDate;
}

/** The top-level sections, with the words of those that list no problems (organising, planning, summing up). */
function addSections(ctx: ImportContext, plan: ImportedPlan, layout: Layout): void {
  if (layout.sections.length === 0) return;
  plan['x-sections'] = layout.sections.map(({ node, kind }, i) => {
    const title = words(ctx, titleOf(ctx.text, ctx.folded, node));
    ctx.spans.set(['x-sections', i], title.span);
    ctx.spans.set(['x-sections', i, 'title'], title.span);
    ctx.spans.set(['x-sections', i, 'kind'], title.span);
    const entry: { title: string; kind: SectionKind; text?: string } = { title: title.value, kind };
    if (kind !== 'problems' && kind !== 'other') {
      // The heading's words after its title (二、…情况：另有…) are the section's text too.
      const body = subtreeSpans(node)
        .filter((span) => span.end > title.span.end)
        .map((span) => cleanSpan(ctx.text, { start: Math.max(span.start, afterTitle(ctx, title.span.end)), end: span.end }))
        .filter((span) => !isEmptySpan(span));
      if (body.length > 0) {
        entry.text = body.map((span) => ctx.text.slice(span.start, span.end)).join('\n');
        ctx.spans.set(['x-sections', i, 'text'], { start: body[0].start, end: body.at(-1)!.end });
      }
    }
    return entry;
  });
}

/** Where a heading's words after its title start: past the colon or full stop that ends the title. */
function afterTitle(ctx: ImportContext, end: number): number {
  return ':。'.includes(ctx.folded.charAt(end)) ? end + 1 : end;
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
 * Text that fits nowhere is kept on the plan, never dropped: an opening paragraph that gave no fact, the words of
 * the problems section (or a wrapper) before its aspects, an item inside the problems that is neither, and a
 * top-level section that is neither problems nor the organisation, planning or summary of the work.
 */
function keepUnplaced(ctx: ImportContext, plan: ImportedPlan, layout: Layout, opening: readonly Span[], used: readonly Span[]): void {
  const sorted = [...used].sort((a, b) => a.start - b.start);
  const overlaps = (span: Span) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].end <= span.start) low = mid + 1;
      else high = mid;
    }
    return low < sorted.length && sorted[low].start < span.end;
  };
  const openingUsed: Span[] = [];
  for (const span of opening) {
    if (overlaps(span)) openingUsed.push(span);
    else UNRECOGNIZED.keep(ctx, plan, [], span);
  }
  if (openingUsed.length > 0) {
    const kept = openingUsed.map((span) => cleanSpan(ctx.text, span)).filter((span) => !isEmptySpan(span));
    plan['x-opening'] = kept.map((span) => ctx.text.slice(span.start, span.end)).join('\n');
    ctx.spans.set(['x-opening'], { start: kept[0].start, end: kept.at(-1)!.end });
  }
  // Labels before any heading that no item took (an opening 原因分析： with no problem to belong to).
  for (const part of layout.root.body) if (part.kind === 'field') UNRECOGNIZED.keep(ctx, plan, [], { start: part.field.markup.start, end: Math.max(part.field.content.end, part.pieces.at(-1)?.span.end ?? 0) });
  for (const node of layout.containers) for (const span of ownWords(ctx, node)) UNRECOGNIZED.keep(ctx, plan, [], span);
  for (const node of layout.unplaced) UNRECOGNIZED.keep(ctx, plan, [], { start: node.start, end: node.end });
  for (const section of layout.sections) if (section.kind === 'other') UNRECOGNIZED.keep(ctx, plan, [], { start: section.node.start, end: section.node.end });
}

/** A container (the plan, `inspection`, `aspects` …) is placed on its first value, the plan itself on the first paragraph. */
function placeContainers(ctx: ImportContext, plan: ImportedPlan, first: Span | undefined): void {
  ctx.spans.setDefault([], first ?? { start: 0, end: 0 });
  // `report` is placed on its title, if any (see report-facts.ts), not on the contacts at the end.
  for (const key of ['inspection', 'organization', 'declared', 'aspects', 'commitments', 'meetings', 'x-unrecognized'] as const) {
    const value = plan[key as keyof ImportedPlan];
    if (value === undefined || value === null) continue;
    const found = Array.isArray(value) ? ctx.spans.get([key, 0]) : Object.keys(value).map((k) => ctx.spans.get([key, k])).find(Boolean);
    if (found) ctx.spans.setDefault([key], found);
  }
}


