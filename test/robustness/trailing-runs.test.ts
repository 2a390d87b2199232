/**
 * Trimming what a text ends with, on untrusted text: a long run of closing characters followed by anything else
 * made `replace(/[…]+$/u, '')` try every start in the run (50 000 「。」 then a letter: 32 s in a fuzz case, a
 * report with "\r" line breaks). The loop gives the regular expression's answers; a run of 200 000 would take
 * the expression minutes, so the suite's time limit on this test is what would catch it coming back.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../rules/support/placeholder.js';
import { trimEndMatching } from '../../src/core/trim-end.js';
import { statusFromLabel } from '../../src/core/status.js';
import { escapeCell } from '../../src/formatters/markdown.js';
import { importReport } from '../../src/import/import-report.js';

const RUN = 200_000;

describe('trimming what a text ends with', () => {
  it('gives what the regular expression gives', () => {
    const closing = /[\s。.，,；;：:！!]/u;
    for (const text of ['', '略', '略。', '略。 ；', '。。。', '待定：\n', 'a。b', '  ']) {
      expect(trimEndMatching(text, closing)).toBe(text.replace(/[\s。.，,；;：:！!]+$/u, ''));
    }
  });

  it('is linear over a long run of closing characters that does not end the text', () => {
    expect(isPlaceholder(`整改${'。'.repeat(RUN)}完成`)).toBe(false);
    expect(isPlaceholder(`略${'。 '.repeat(RUN)}`)).toBe(true);
    expect(statusFromLabel(`已完成${' '.repeat(RUN)}x`)).toBeUndefined();
    expect(trimEndMatching(`${':'.repeat(RUN)}责任人`, /[:：*]/u)).toBe(`${':'.repeat(RUN)}责任人`);
    // A numbered line whose words hold a long run of blanks (is it a plain line, or one ending its sentence?).
    const { plan } = importReport(`一、管理方面\n1.台账${' '.repeat(RUN)}不全\n整改措施：补齐台账。`);
    expect(plan.aspects[0].problems[0].measures?.map((m) => m.text)).toEqual(['补齐台账']);
    // A Markdown cell folds each run of blanks holding a line break into one space, and leaves other runs alone.
    expect(escapeCell(`a${' '.repeat(RUN)}b \n\n c`)).toBe(`a${' '.repeat(RUN)}b c`);
  }, 20_000);
});
