/**
 * No text is dropped: over generated reports of every layout the importer knows (and some it does not), every
 * piece of the input's words — apart from the numbering marks, labels and set phrases read as structure — is in the
 * imported plan, as a value or kept as unrecognised text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';

/** Words no label, mark, status or cue is made of, so a phrase of them is only ever content. */
const ALPHABET = '甲乙丙丁戊己庚辛壬癸山川林泉石竹松柏桥舟帆江湖岭峰谷溪';
const phrase = fc.array(fc.constantFrom(...ALPHABET), { minLength: 4, maxLength: 9 }).map((chars) => chars.join(''));

const HAN = '一二三四五六七八九十';
const MARKS: ((n: number) => string)[] = [
  (n) => `${HAN[n]}、`,
  (n) => `（${HAN[n]}）`,
  (n) => `${n + 1}.`,
  (n) => `${n + 1}、`,
  (n) => `（${n + 1}）`,
  (n) => `第${HAN[n]}项问题：`,
  (n) => `问题${n + 1}：`,
  () => '★',
];
const LABELS = ['原因分析', '整改措施', '责任领导', '责任单位', '整改时限', '整改进展', '佐证材料', '整改目标', '问题表现', '配合单位', '备注'];
const WRAPS: ((label: string) => string)[] = [(l) => `${l}：`, (l) => `【${l}】`, (l) => `■${l}：`, (l) => `${l}:`, (l) => `**${l}：**`];

interface Problem {
  title: string;
  prose: boolean;
  words: string[];
  labels: { label: number; wrap: number; words: string; layout: number }[];
  status: number;
  note: string | null;
}

const problemArb = fc.record({
  title: phrase,
  prose: fc.boolean(),
  words: fc.array(phrase, { minLength: 1, maxLength: 3 }),
  labels: fc.array(fc.record({ label: fc.nat(LABELS.length - 1), wrap: fc.nat(WRAPS.length - 1), words: phrase, layout: fc.nat(3) }), { minLength: 1, maxLength: 5 }),
  status: fc.nat(3),
  note: fc.option(phrase),
});

const reportArb = fc.record({
  chrome: fc.option(phrase),
  title: fc.option(phrase),
  opening: fc.array(phrase, { maxLength: 2 }),
  organising: fc.array(phrase, { maxLength: 3 }),
  aspectMark: fc.nat(MARKS.length - 1),
  problemMark: fc.nat(MARKS.length - 1),
  aspects: fc.array(fc.record({ title: phrase, intro: fc.option(phrase), problems: fc.array(problemArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  closing: fc.option(phrase),
});

type Report = typeof reportArb extends fc.Arbitrary<infer T> ? T : never;

const STATUS = ['该问题已完成整改。', '目前，该问题正在推进。', '', '该问题已完成整改，并将长期坚持。'];

/** The report's text and the content phrases it holds. */
function render(report: Report): { text: string; content: string[] } {
  const content: string[] = [];
  const lines: string[] = [];
  const add = (words: string) => {
    content.push(words);
    return words;
  };
  if (report.chrome) lines.push(`来源：${add(report.chrome)}`);
  if (report.title) lines.push(`${add(report.title)}关于巡察整改情况的报告`);
  for (const words of report.opening) lines.push(`${add(words)}。`);
  if (report.organising.length > 0) {
    lines.push('一、整改工作组织推进情况');
    report.organising.forEach((words, i) => lines.push(`（${HAN[i]}）${add(words)}。`));
  }
  lines.push('二、反馈问题整改落实情况');
  report.aspects.forEach((aspect, a) => {
    lines.push(`${MARKS[report.aspectMark](a)}${add(aspect.title)}方面`);
    if (aspect.intro) lines.push(`${add(aspect.intro)}。`);
    aspect.problems.forEach((problem: Problem, p) => {
      const mark = MARKS[report.problemMark](p);
      if (problem.prose) {
        const measures = problem.words.map((words, i) => `${HAN[i]}是${add(words)}`).join('；');
        lines.push(`${mark}${add(problem.title)}不到位。${measures}。${STATUS[problem.status]}`);
        return;
      }
      lines.push(`${mark}${add(problem.title)}不够规范`);
      for (const { label, wrap, words, layout } of problem.labels) {
        const labelled = WRAPS[wrap](LABELS[label]);
        // Content on the label's line, on the next line, as （1） items, or sharing its line with another label.
        if (layout === 0) lines.push(`${labelled}${add(words)}`);
        else if (layout === 1) lines.push(labelled, `${add(words)}。`);
        else if (layout === 2) lines.push(labelled, `（1）${add(words)}`, `（2）${add(`${words}松`)}`);
        else lines.push(`${labelled}${add(words)}　责任人：${add(`${words}柏`)}`);
      }
      if (problem.note) lines.push(`另：${add(problem.note)}。`);
    });
  });
  lines.push('三、下一步工作打算');
  if (report.closing) lines.push(`${add(report.closing)}。`);
  return { text: `${lines.join('\n')}\n`, content };
}

describe('no text dropped', () => {
  it('every content phrase of a generated report is in the imported plan', () => {
    fc.assert(
      fc.property(reportArb, fc.boolean(), (report, markdown) => {
        const { text, content } = render(report);
        const plan = JSON.stringify(importReport(text, { markdown }).plan);
        for (const words of content) expect(plan, `"${words}" dropped from:\n${text}`).toContain(words);
      }),
      { numRuns: 300 },
    );
  });

  it('also when the lines come in any order (structures no clerk writes)', () => {
    fc.assert(
      fc.property(reportArb, fc.array(fc.nat(), { maxLength: 60 }), (report, swaps) => {
        const { text, content } = render(report);
        const lines = text.split('\n');
        swaps.forEach((swap, i) => {
          const j = swap % lines.length;
          [lines[i % lines.length], lines[j]] = [lines[j], lines[i % lines.length]];
        });
        const shuffled = lines.join('\n');
        const plan = JSON.stringify(importReport(shuffled).plan);
        for (const words of content) expect(plan, `"${words}" dropped from:\n${shuffled}`).toContain(words);
      }),
      { numRuns: 300 },
    );
  });
});
