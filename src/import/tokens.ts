import { readLabels, type LabelledField } from './labels.js';
import type { SourceLine } from './lines.js';
import { readNumbering, type Numbering } from './numbering.js';
import type { Span } from './span.js';

/** What one line of a report is, before the outline is built. */
export type LineToken =
  | { kind: 'heading'; line: SourceLine; numbering: Numbering; /** The words after the marker. */ text: Span }
  /** 针对…问题 / 关于“…”问题的整改 standing alone on a line: a problem heading without a number. */
  | { kind: 'named-heading'; line: SourceLine; text: Span }
  | { kind: 'labels'; line: SourceLine; fields: LabelledField[]; /** The numbering before the label, as in （一）原因分析. */ numbering?: Numbering }
  | { kind: 'chrome'; line: SourceLine; field?: string; value: Span }
  | { kind: 'closing'; line: SourceLine }
  | { kind: 'text'; line: SourceLine };

// Web page furniture above or below a published report (practice.md E5): metadata, never items.
const CHROME = /^(索引号|发布机构|发文机关|成文日期|发布日期|发布时间|浏览量|浏览次数|分享到?|朗读|当前位置|来源|信息来源|责编|责任编辑|编辑|字号|打印|关闭)\s*(?::|$)\s*/u;
// The public supervision block that closes a published report, and the issuer's name signed under it.
const CLOSING = /^(?:欢迎(?:广大)?(?:干部群众|社会各界)|(?:联系电话|联系方式|电子邮箱|通信地址|通讯地址|邮政信箱|邮政编码)\s*:|[^\s,。;:、]{2,28}(?:党组|党委|党工委|委员会|党总支|党支部)$)/u;
/** A line that is only a date, as under the signature. */
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/u;
const NAMED_PROBLEM = /^(?:针对|关于)[^。]{1,80}?(?:问题|方面)(?:的整改(?:情况)?)?\s*[:。]?$/u;

/** Classifies one line from its width-folded text. */
export function classifyLine(line: SourceLine, folded: string): LineToken {
  const offset = line.span.start;
  const chrome = CHROME.exec(folded);
  if (chrome) return { kind: 'chrome', line, field: chrome[1], value: { start: offset + chrome[0].length, end: line.span.end } };
  if (CLOSING.test(folded) || DATE_LINE.test(folded)) return { kind: 'closing', line };
  const labels = readLabels(folded, offset);
  if (labels) return { kind: 'labels', line, fields: labels };
  const numbering = readNumbering(folded);
  if (numbering) {
    const rest = folded.slice(numbering.length);
    const labelled = readLabels(rest, offset + numbering.length);
    if (labelled) return { kind: 'labels', line, fields: labelled, numbering };
    return { kind: 'heading', line, numbering, text: { start: offset + numbering.length, end: line.span.end } };
  }
  if (NAMED_PROBLEM.test(folded)) return { kind: 'named-heading', line, text: line.span };
  return { kind: 'text', line };
}
