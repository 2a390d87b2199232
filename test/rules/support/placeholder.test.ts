import { describe, expect, it } from 'vitest';
import { hasContent, isPlaceholder } from '../../../rules/support/placeholder.js';

describe('isPlaceholder: template filler is not content', () => {
  it('knows the init template’s notes, masks, filler words, instructions and bare punctuation', () => {
    const filler = [
      '（原因分析）', '（责任领导）', '（姓名）', '（整改措施：做什么、由谁做、何时完成）', '(responsible leader)', '【待补充】', '〔责任单位〕', '［空］',
      'XXX', '由XX科负责', '××', '张××', '○○局', '□□□', 'ＸＸ同志',
      '待填写', '待补充', '待定', '略', '略。', '无', '暂无', 'TBD', 'todo', 'N/A',
      '请填写原因分析', '此处填写整改措施', '在此输入责任人',
      '/', '—', '……', '-',
    ];
    expect(filler.filter((text) => !isPlaceholder(text))).toEqual([]);
  });

  it('leaves real text alone: names, titles in 《》, dates with 〇, brackets inside a sentence, anonymised 某某', () => {
    const content = [
      '局领导班子思想认识不足，对营商环境建设重视不够',
      '党组书记、局长 刘德林',
      '钱某某',
      '《关于进一步规范政务服务的实施意见》',
      '〈安全生产工作分析会制度〉',
      '二〇二二年六月三十日前完成',
      '行政审批服务股（政务服务中心）',
      '2×2 排查',
      '无纸化办公制度',
      '略有改善的原因在于……',
      '交党组〔2022〕5号',
    ];
    expect(content.filter((text) => isPlaceholder(text))).toEqual([]);
  });

  it('hasContent: a non-blank string that is not filler', () => {
    expect([hasContent('（原因分析）'), hasContent('   '), hasContent(undefined), hasContent(3), hasContent('落实“三重一大”集体决策')]).toEqual([false, false, false, false, true]);
  });
});
