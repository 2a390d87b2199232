/**
 * What a ledger's heading lines say about the report: its title (…整改台账, …任务清单, …推进表, the line over a
 * sheet or right above a table), and the 填报单位 and 填报日期 (统计截至) lines an office's template asks for. Read
 * before the narrative reader, which these lines would only puzzle: the lines read are hidden from it.
 */
import type { Report } from '../../types/plan.js';
import { findDates, isoOf } from '../dates.js';
import { cleanSpan, type Span } from '../span.js';
import { foldWidth } from '../width.js';

/** …台账, …清单, or a table's name (…推进表, …进度表, …销号表; not …代表, …发表). */
const TITLE = /^[^。，,；;]{4,80}(?:台账|清单|[^代发列外]表)(?:[(（][^)）]{0,30}[)）])?$/u;
/** A label at the start of a line or after blanks, with its colon: 填报单位（盖章）：…　　填报日期：…; the name without a （盖章） after it. */
const ISSUER = /(?:^|\s)(?:填报|报送|编制|编报)(?:单位|部门)(?:[(（]盖章[)）])?\s*[:：]\s*([^\s:：]{2,40}?)(?:[(（](?:盖章|公章|签章)[)）])?(?=[\s,，]|$)/u;
/** 填报日期：…, 统计截至：…, or a title's （截至2024年4月8日）. */
const DATE = /(?:^|\s)(?:填报|报送|编制|编报)(?:日期|时间)\s*:|(?:^|\s|\()(?:统计)?截至(?:日期|时间)?\s*(?::|(?=\d))/u;
/** A line longer than this is a sentence of the report, not a ledger's heading. */
const LONGEST = 80;

export interface PreambleFacts {
  report: Partial<Report>;
  spans: Map<keyof Report, Span>;
  /** The lines that gave a fact. */
  used: Span[];
}

/** Facts from the lines of each range (the text above each table read); the first of each fact stands. */
export function readPreamble(text: string, ranges: readonly Span[]): PreambleFacts {
  const found: PreambleFacts = { report: {}, spans: new Map(), used: [] };
  const set = <K extends keyof Report>(key: K, value: Report[K], span: Span, line: Span) => {
    if (!found.used.includes(line)) found.used.push(line);
    if (found.report[key] !== undefined) return;
    found.report[key] = value;
    found.spans.set(key, span);
  };
  for (const range of ranges) {
    const lines = linesIn(text, range);
    lines.forEach((line, i) => {
      const words = text.slice(line.start, line.end);
      if (words.length > LONGEST) return;
      const folded = foldWidth(words);
      // A title stands first over a sheet, or right above its table.
      if ((i === 0 || i === lines.length - 1) && TITLE.test(folded)) set('title', words, line, line);
      const issuer = ISSUER.exec(words);
      if (issuer) {
        const at = line.start + issuer.index + issuer[0].length - issuer[1].length;
        set('issuer', issuer[1], { start: at, end: at + issuer[1].length }, line);
      }
      const label = DATE.exec(folded);
      const date = label ? findDates(folded.slice(label.index), line.start + label.index).find((mention) => mention.form === 'day') : undefined;
      const iso = date ? isoOf(date, undefined) : undefined;
      if (date && iso) set('date', iso, date.span, line);
    });
  }
  return found;
}

function linesIn(text: string, range: Span): Span[] {
  const lines: Span[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i < range.end && text[i] !== '\n') continue;
    const line = cleanSpan(text, { start, end: i });
    if (line.end > line.start) lines.push(trimmed(text, { start, end: i }));
    start = i + 1;
  }
  return lines;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}
