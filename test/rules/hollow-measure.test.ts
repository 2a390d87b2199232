import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'hollow-measure';

function withMeasure(text: string) {
  const plan = basePlan();
  plan.aspects[0].problems[0].measures = [{ text }];
  return plan;
}

describe(RULE, () => {
  it('reports a measure made only of boiler-plate, on its text', () => {
    const plan = withMeasure('进一步加强干部队伍建设，切实提高思想认识。');
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '措施空泛：只有“进一步”之类的表述，没有数字、日期、文件名、具体单位或岗位、可数的成果',
        path: ['aspects', 0, 'problems', 0, 'measures', 0, 'text'],
        ...positionOf(text, '"进一步加强'),
      },
    ]);
    expect(messages(withMeasure('高度重视巡察整改工作，持续推进作风建设'), RULE, { locale: 'en' })).toEqual([
      'hollow measure: only wording such as "高度重视", with no number, date, named document, named unit or post, or countable deliverable',
    ]);
  });

  it('is not fooled by slogans with numbers or by words that end like a unit', () => {
    for (const text of ['牢固树立“四个意识”，坚决做到“两个维护”', '进一步强化服务大局意识，提高政治站位', '切实加强干部队伍建设，坚持以人民为中心']) {
      expect(findings(withMeasure(text), RULE), text).toHaveLength(1);
    }
  });

  it('accepts a measure with anything concrete: a named 《制度》, a date, a unit or post, a number, a deliverable', () => {
    for (const text of [
      '进一步修订完善《财务管理制度》',
      '切实加强审批管理，2022年9月底前完成全部档案整理',
      '切实加强审批档案管理，由行政审批服务股每月抽查办件',
      '强化责任落实，党组书记每季度听取一次整改汇报',
      '进一步加强公务用车管理，建立车辆使用登记台账',
      '严格落实轮岗交流，对同一岗位满5年的干部进行轮岗',
      '加强廉政教育，组织两次警示教育活动',
      '严格公文处理工作规范，起草文件一把手严格把关',
    ]) {
      expect(findings(withMeasure(text), RULE), text).toEqual([]);
    }
  });

  it('leaves a plain measure without boiler-plate alone, and takes its lexicons from the options', () => {
    expect(findings(withMeasure('开展作风纪律专项整顿'), RULE)).toEqual([]);
    expect(findings(withMeasure('进一步加强干部队伍建设'), RULE, { ruleOptions: { boilerplate: ['扎实'] } })).toEqual([]);
    expect(findings(withMeasure('进一步规范会议记录'), RULE)).toHaveLength(1);
    expect(findings(withMeasure('进一步规范会议记录'), RULE, { ruleOptions: { deliverables: ['会议记录'] } })).toEqual([]);
  });
});
