/**
 * Status words as units vary them: 已按期完成 / 已全部整改 (done), 整改已基本到位 (basically done), 正在有序推进 /
 * 稳步推进中 / 正在抓紧整改 (in progress), each read whole, from a label's content or a closing sentence.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { leadingStatus } from '../../src/import/status-words.js';

describe('varied status wording', () => {
  it.each([
    ['已按时完成。', 'done', '已按时完成'],
    ['目前已全部整改。', 'done', '已全部整改'],
    ['该问题整改已基本到位，', 'basically-done', '整改已基本到位'],
    ['正在有序推进。', 'in-progress', '正在有序推进'],
    ['目前稳步推进中', 'in-progress', '稳步推进中'],
    ['正在抓紧整改，', 'in-progress', '正在抓紧整改'],
    // 正在 + how + what, in any combination.
    ['剩余6宗正在依法处置。', 'in-progress', '正在依法处置'],
    ['目前正在依法依规核查中，', 'in-progress', '正在依法依规核查中'],
    ['正在按程序追缴', 'in-progress', '正在按程序追缴'],
  ])('%s → %s', (text, status, words) => {
    const found = leadingStatus(text, 0, text.length);
    expect([found?.status, found && text.slice(found.span.start, found.span.end)]).toEqual([status, words]);
  });

  it('sets the problem status from a closing sentence so worded', () => {
    const report = '县粮食和物资储备局党组关于巡察整改情况的通报\n\n一、储备管理方面\n1.关于“储备粮轮换计划执行不严”的问题。修订轮换管理细则，目前正在有序推进。\n';
    const [problem] = importReport(report).plan.aspects[0].problems;
    expect([problem.status, problem.statusText]).toEqual(['in-progress', '正在有序推进']);
  });
});
