/**
 * Whether a text file reads like a rectification report at all. `rectlint check README.md` should not import a
 * README as a report (hundreds of findings about its headings); an office's notes should not either. Reports are
 * Chinese prose that speaks of 整改; documentation is mostly Latin letters and code. Judged on the whole text,
 * which the caller has read anyway. The language server's stricter test for files nobody picked builds on it.
 */
import type { LocalizedText } from '../rule-kit/types.js';

/** Below this share of Chinese characters among letters, a text is not a report (reports: 0.99 and more; docs pages ≤ 0.55). */
const MIN_CHINESE_SHARE = 0.7;
/** Too few letters to judge: an empty or nearly empty report is for require-problems to report. */
const MIN_LETTERS = 20;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Why the text is not a report, or undefined when it may be one. */
export function notAReport(text: string): LocalizedText | undefined {
  const chinese = count(text, CJK);
  const letters = chinese + count(text, LATIN);
  if (letters < MIN_LETTERS) return undefined;
  const share = chinese / letters;
  if (share < MIN_CHINESE_SHARE) {
    const percent = Math.round(100 * share);
    return {
      zh: `不是整改报告：正文大多不是中文（中文字符只占 ${percent}%），像是说明文档或代码，不作为报告检查`,
      en: `not a report: most of the text is not Chinese (${percent}% Chinese characters), like documentation or code, so it is not checked as a report`,
    };
  }
  if (!text.includes('整改')) {
    return {
      zh: '不是整改报告：通篇没有出现“整改”，不作为报告检查',
      en: 'not a report: the text never mentions 整改 (rectification), so it is not checked as a report',
    };
  }
  return undefined;
}

/** A report's opening names the inspection and the rectification, which a README or a note does not. */
export function opensLikeReport(text: string): boolean {
  const opening = text.slice(0, 2000);
  return opening.includes('整改') && (opening.includes('巡察') || opening.includes('巡视')) && notAReport(text) === undefined;
}
