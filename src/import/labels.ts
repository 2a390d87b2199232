/**
 * Field labels in a paragraph, in every wrapping reports use: 原因分析：/ 原因分析: / 【原因分析】 / [原因分析] /
 * 〔原因分析〕 / ■原因分析： / **原因分析** / a label on a line of its own / 原因分析 followed by a blank; several on
 * one line (责任单位：X　整改时限：3个月); two joined into one (责任领导/责任单位：X/Y). Which words are labels is the
 * lexicon's business.
 */
import type { FieldId, Lexicon } from './lexicon.js';
import { parseChineseNumber } from './chinese-numbers.js';
import type { Span } from './span.js';

export interface LabelledField {
  field: FieldId;
  label: string;
  /** The label's words. */
  labelSpan: Span;
  /** The label with its wrapping (bullet, brackets, colon, blanks): structure, not words. */
  markup: Span;
  /** What the label labels: up to the next label or the end of the paragraph; empty when the label stands alone. */
  content: Span;
  /** Whether a colon or brackets mark it as a label (not only its place). */
  delimited: boolean;
  /** The number a numbered label carries (措施2：, 原因（1）：): an item of its field, not a field of its own. */
  ordinal?: number;
}

const OPENERS: Record<string, string> = { '【': '】', '[': ']', '〔': '〕', '〖': '〗', '「': '」', '『': '』' };
const BULLET = /[■□◆◇●○▲△★☆►▶•▪◦※✓✔➢❖◎◉▸]/u;
/** Emphasis marks typed around a label in plain text (**整改措施：**). */
const EMPHASIS = '*_';

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u3000';
}

/** Characters after which a further label may start on the same line. */
function isBoundary(char: string): boolean {
  return isSpace(char) || '；;。，,、）)】]'.includes(char);
}

interface Found {
  field: FieldId;
  label: string;
  markupStart: number;
  labelStart: number;
  contentStart: number;
  delimited: boolean;
  ordinal?: number;
  /** A second label joined to this one (责任领导/责任单位：…): its values follow this one's after a slash. */
  also?: { field: FieldId; label: string; labelStart: number };
}

/** What joins two labels into one (责任领导/责任单位：, 牵头领导及责任单位：). */
const LABEL_JOINERS = '/及和与、';

/**
 * A label at `at` (width-folded text), with what wraps it, if the wrapping makes it one: a colon, brackets, bold,
 * a bullet before it, or blanks or the paragraph's end after it. `strict` (a label later on the line) wants a
 * colon or brackets.
 */
function labelAt(folded: string, at: number, end: number, lexicon: Lexicon, strong: readonly Span[], strict: boolean): Found | undefined {
  let i = at;
  let bulleted = false;
  // A few bullets and blanks before the label at most: a long run of blanks is no label's wrapping.
  const limit = Math.min(end, at + 4);
  let emphasis = false;
  while (i < limit && (BULLET.test(folded.charAt(i)) || isSpace(folded.charAt(i)) || EMPHASIS.includes(folded.charAt(i)))) {
    if (EMPHASIS.includes(folded.charAt(i))) emphasis = true;
    else if (!isSpace(folded.charAt(i))) bulleted = true;
    i++;
  }
  const closer = OPENERS[folded.charAt(i)];
  if (closer) i++;
  while (i < limit + 2 && i < end && isSpace(folded.charAt(i))) i++;
  const match = lexicon.labelAt(folded, i);
  if (!match || i + match.label.length > end) return undefined;
  const labelStart = i;
  let j = i + match.label.length;
  const numbered = labelNumber(folded, j, end);
  if (numbered) j += numbered.length;
  const second = !numbered && LABEL_JOINERS.includes(folded.charAt(j)) ? lexicon.labelAt(folded, j + 1) : undefined;
  const also = second && second.field !== match.field && j + 1 + second.label.length <= end ? { field: second.field, label: second.label, labelStart: j + 1 } : undefined;
  if (also) j = also.labelStart + also.label.length;
  if (closer) {
    while (j < end && j < labelStart + match.label.length + 2 && isSpace(folded.charAt(j))) j++;
    if (folded.charAt(j) !== closer) return undefined;
    j++;
  }
  let k = j;
  while (k < end && k < j + 8 && (isSpace(folded.charAt(k)) || (emphasis && EMPHASIS.includes(folded.charAt(k))))) k++;
  const colon = folded.charAt(k) === ':';
  if (colon) k++;
  const afterColon = k;
  while (k < end && k < afterColon + 8 && (isSpace(folded.charAt(k)) || (emphasis && EMPHASIS.includes(folded.charAt(k))))) k++;
  const bold = emphasis || strong.some((s) => s.start <= labelStart && s.end >= labelStart + match.label.length);
  const alone = k >= end;
  const blankAfter = k > j && match.label.length >= 3;
  // 措施1 needs a colon or brackets to be a label: 原因1个 or 措施2项 are words.
  const accepted = colon || closer !== undefined || (!numbered && !also && !strict && (bold || alone || bulleted || blankAfter));
  if (!accepted) return undefined;
  return {
    field: match.field,
    label: match.label,
    markupStart: at,
    labelStart,
    contentStart: k,
    delimited: colon || closer !== undefined,
    ...(numbered ? { ordinal: numbered.ordinal } : {}),
    ...(also ? { also } : {}),
  };
}

const HAN_NUMERALS = '一二三四五六七八九十';

/** The number right after a label's words (措施1, 原因二, 措施（3）, 措施⑵), if any. */
function labelNumber(folded: string, at: number, end: number): { ordinal: number; length: number } | undefined {
  const code = folded.charCodeAt(at);
  if (code >= 0x2460 && code <= 0x2473) return { ordinal: code - 0x2460 + 1, length: 1 };
  if (code >= 0x2474 && code <= 0x2487) return { ordinal: code - 0x2474 + 1, length: 1 };
  const open = folded.charAt(at) === '(' ? 1 : 0;
  let i = at + open;
  const first = i;
  const digits = folded.charAt(i) >= '0' && folded.charAt(i) <= '9';
  while (i < end && i - first < 3 && (digits ? folded.charAt(i) >= '0' && folded.charAt(i) <= '9' : HAN_NUMERALS.includes(folded.charAt(i)))) i++;
  if (i === first) return undefined;
  if (open && folded.charAt(i) !== ')') return undefined;
  const ordinal = digits ? Number(folded.slice(first, i)) : parseChineseNumber(folded.slice(first, i));
  return ordinal ? { ordinal, length: i - at + open } : undefined;
}

/** A label typed twice or more in a row (原因分析：原因分析：…) is one label: its words start after the last. */
function withoutRepeats(found: Found, folded: string, end: number, lexicon: Lexicon, strong: readonly Span[]): Found {
  let contentStart = found.contentStart;
  for (let again = labelAt(folded, contentStart, end, lexicon, strong, true); again?.label === found.label && again.contentStart > contentStart; again = labelAt(folded, contentStart, end, lexicon, strong, true)) {
    contentStart = again.contentStart;
  }
  return { ...found, contentStart };
}

/**
 * The labelled fields of a paragraph whose words (from `start`) begin with a label, or undefined. Further labels
 * on the line start after a blank or a clause mark and carry a colon or brackets.
 */
export function readLabels(folded: string, start: number, end: number, lexicon: Lexicon, strong: readonly Span[] = []): LabelledField[] | undefined {
  const enclosed = enclosedLabels(folded, start, end, lexicon, strong);
  if (enclosed) return enclosed;
  const first = labelAt(folded, start, end, lexicon, strong, false);
  if (!first) return undefined;
  const found: Found[] = [withoutRepeats(first, folded, end, lexicon, strong)];
  // From the first label's words on: another label may follow its colon straight away (责任清单：责任领导：…).
  for (let i = found[0].contentStart; i < end; i++) {
    const char = folded.charAt(i);
    if (isSpace(char) || !(lexicon.startsLabel(folded.charCodeAt(i)) || OPENERS[char] !== undefined || BULLET.test(char))) continue;
    const next = labelAt(folded, i, end, lexicon, strong, true);
    if (!next) continue;
    // Run together with the words before it (张三责任部门：办公室), a label needs a colon right after it.
    const joined = !isBoundary(folded.charAt(i - 1)) && folded.charAt(i) !== '【' && folded.charAt(i) !== '[';
    if (joined && (next.label.length < 3 || folded.charAt(next.labelStart + next.label.length) !== ':')) continue;
    found.push(withoutRepeats(next, folded, end, lexicon, strong));
    i = found[found.length - 1].contentStart - 1;
  }
  return found.flatMap((entry, index) => {
    const contentEnd = index + 1 < found.length ? found[index + 1].markupStart : end;
    const field: LabelledField = {
      field: entry.field,
      label: entry.label,
      labelSpan: { start: entry.labelStart, end: entry.labelStart + entry.label.length },
      markup: { start: entry.markupStart, end: Math.min(entry.contentStart, contentEnd) },
      content: { start: Math.min(entry.contentStart, contentEnd), end: contentEnd },
      delimited: entry.delimited,
      ...(entry.ordinal !== undefined ? { ordinal: entry.ordinal } : {}),
    };
    return entry.also ? joinedLabels(folded, field, entry.also) : [field];
  });
}

/**
 * 责任领导/责任单位：张三/办公室: the values apart by a slash are each label's, in order. Without exactly one slash
 * to part them (张三、办公室 could be two people), the first label takes them all.
 */
function joinedLabels(folded: string, first: LabelledField, also: NonNullable<Found['also']>): LabelledField[] {
  const { content } = first;
  const words = folded.slice(content.start, content.end);
  const slash = words.indexOf('/');
  if (slash <= 0 || slash !== words.lastIndexOf('/') || slash === words.trimEnd().length - 1) return [first];
  const at = content.start + slash;
  return [
    { ...first, content: { start: content.start, end: at } },
    {
      field: also.field,
      label: also.label,
      labelSpan: { start: also.labelStart, end: also.labelStart + also.label.length },
      markup: { start: at, end: at + 1 },
      content: { start: at + 1, end: content.end },
      delimited: first.delimited,
    },
  ];
}

/**
 * Labels set in brackets as one aside, （责任领导：张三；责任单位：办公室；完成时限：6月底）: plans put a problem's
 * owners and deadline so under its title. The brackets are the labels' wrapping, so no value ends in a bracket;
 * only a label with its colon right after the opening bracket makes one, (1) and （已完成） are no labels.
 */
function enclosedLabels(folded: string, start: number, end: number, lexicon: Lexicon, strong: readonly Span[]): LabelledField[] | undefined {
  let open = start;
  while (open < end && isSpace(folded.charAt(open))) open++;
  let close = end;
  while (close > open && isSpace(folded.charAt(close - 1))) close--;
  if (folded.charAt(open) !== '(' || folded.charAt(close - 1) !== ')') return undefined;
  const first = labelAt(folded, open + 1, close - 1, lexicon, strong, true);
  if (!first || !first.delimited || OPENERS[folded.charAt(open + 1)] !== undefined) return undefined;
  const fields = readLabels(folded, open + 1, close - 1, lexicon, strong);
  if (fields) fields[0] = { ...fields[0], markup: { start, end: fields[0].markup.end } };
  return fields;
}

// How far back from a paragraph's end an aside's opening bracket is looked for: an aside names a few owners and a date.
const ASIDE_REACH = 160;

/**
 * The labels of a bracketed aside that ends the paragraph (…建立党费收缴台账。（责任单位：机关党委；完成时限：1月底）),
 * when one does, else undefined. Brackets inside the aside (（含）, （长期坚持）) nest.
 */
export function trailingAside(folded: string, start: number, end: number, lexicon: Lexicon, strong: readonly Span[] = []): LabelledField[] | undefined {
  let close = end;
  while (close > start && isSpace(folded.charAt(close - 1))) close--;
  if (folded.charAt(close - 1) !== ')') return undefined;
  let depth = 0;
  for (let i = close - 1; i > start && i >= close - ASIDE_REACH; i--) {
    const char = folded.charAt(i);
    if (char === ')') depth++;
    else if (char === '(' && --depth === 0) return enclosedLabels(folded, i, close, lexicon, strong);
  }
  return undefined;
}
