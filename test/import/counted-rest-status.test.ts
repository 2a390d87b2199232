/**
 * A closing clause about the rest of a problem's items, counted (剩余2处正在整改 / 其余三个问题持续推进), states the
 * problem's status: what is left is still open, whatever the clause before it says was done (完成整改9处).
 */
import { describe, expect, it } from 'vitest';
import { leadingStatus } from '../../src/import/status-words.js';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

describe('the rest of a problem, counted, as the subject of its status', () => {
  it('reads the status after 剩余N处 / 其余三个问题', () => {
    const text = '剩余2处正在整改';
    expect(leadingStatus(text, 0, text.length)).toMatchObject({ status: 'in-progress', span: { start: 4, end: 8 } });
    const other = '其余三个问题持续推进';
    expect(leadingStatus(other, 0, other.length)?.status).toBe('ongoing');
    expect(leadingStatus('剩余部分资金下月拨付', 0, 10)).toBeUndefined();
  });

  it('gives an account ending so the status in progress, its done count staying in the measure', () => {
    const report = '县水务局党组关于巡察整改情况的通报\n\n一、工程管理方面\n1.关于“小型水库隐患整治滞后”的问题。排查水库隐患11处，完成整改9处，剩余2处正在整改。\n';
    const [only] = problems(importReport(report).plan);
    expect([only.status, only.progress, only.measures?.map((m) => m.text)]).toEqual(['in-progress', '剩余2处正在整改', ['排查水库隐患11处，完成整改9处']]);
  });

  it('reads cases and households counted the same way, in progress however the doing is worded', () => {
    const report = '县自然资源局党组关于巡察整改情况的通报\n\n一、执法监管方面\n1.关于“违法占地查处不力”的问题。梳理违法占地案件23宗，已拆除复耕17宗，剩余6宗正在依法依规处置。\n';
    const [only] = problems(importReport(report).plan);
    expect([only.status, only.progress]).toEqual(['in-progress', '剩余6宗正在依法依规处置']);
  });
});
