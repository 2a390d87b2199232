/**
 * A printed line's stretches of words: a run holding a whole line typeset with spaces ("序号    问题") is cut at its
 * blanks, each word placed by its characters' widths (a CJK character a square, others half), so a borderless
 * table's columns can be told apart in it.
 */
import { describe, expect, it } from 'vitest';
import { inksOf } from '../../src/read/pdf/inks.js';
import type { PrintedLine } from '../../src/read/pdf/printed-lines.js';

function lineOf(runs: { text: string; x: number; width: number }[]): PrintedLine {
  const line: PrintedLine = { page: 1, pageLine: 1, offset: 100, text: '', y: 50, size: 10, runs: [] };
  for (const run of runs) {
    line.runs.push({ ...run, y: 50, size: 10, offset: 100 + line.text.length, line });
    line.text += run.text;
  }
  return line;
}

describe('inksOf', () => {
  it('cuts a run at its blanks and places each word by the widths of the characters before it', () => {
    // 2 + 4 half-width blanks + 2 + 2 + 2 = 8 squares of 10 points.
    const inks = inksOf(lineOf([{ text: '序号    问题  A1', x: 0, width: 80 }]));
    expect(inks.map((ink) => [ink.runs.map((r) => r.text).join(''), ink.x0, ink.x1, ink.runs[0].offset])).toEqual([
      ['序号', 0, 20, 100],
      ['问题', 40, 60, 106],
      ['A1', 70, 80, 110],
    ]);
  });

  it('joins runs a Latin blank apart and leaves out blank runs, whatever width they are given', () => {
    const inks = inksOf(lineOf([{ text: '副局长', x: 0, width: 30 }, { text: ' ', x: 30, width: 200 }, { text: '王某', x: 32, width: 20 }, { text: '2024年', x: 90, width: 30 }]));
    expect(inks.map((ink) => [ink.runs.map((r) => r.text).join('|'), ink.x0, ink.x1])).toEqual([
      ['副局长|王某', 0, 52],
      ['2024年', 90, 120],
    ]);
  });

  it('leaves the blanks at a run\'s ends out of its extent', () => {
    // A word processor's run "王某  " is as wide as its blanks: 2 squares + 2 halves = 30 points.
    const [ink] = inksOf(lineOf([{ text: '王某  ', x: 100, width: 30 }]));
    expect([ink.x0, ink.x1, ink.runs[0].text]).toEqual([100, 120, '王某']);
  });
});
