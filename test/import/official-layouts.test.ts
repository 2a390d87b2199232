/**
 * Layouts clerks use that the first readings missed (issue 14, second round), each in words of our own: a label
 * alone on its line owning the numbered measures under it, 问题1 / 第1个问题 headings with numbered labels,
 * 方面一： aspects, a closing status sentence after a measures list, and an organising section read for its facts.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const lines = (...rows: string[]) => [...rows, ''].join('\n');

function summary(text: string, markdown = false) {
  const { plan } = importReport(text, { markdown });
  return {
    plan,
    aspects: plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.length]),
    problems: problems(plan).map((problem) => ({
      id: problem.id,
      title: problem.title,
      measures: problem.measures?.map((measure) => measure.text) ?? [],
      status: problem.status,
    })),
  };
}

describe('a label alone on its line owns the numbered lines under it', () => {
  const report = lines(
    '关于县委第二巡察组反馈意见整改情况的报告',
    '2024年4月10日，县委第二巡察组向县农业农村局党组反馈了巡察意见，指出2个方面3个问题。',
    '一、落实惠农政策方面',
    '（一）惠农补贴发放审核把关不严',
    '整改措施：',
    '1.对近三年补贴发放情况开展全面复核。',
    '2.建立补贴发放村、镇、局三级审核制度。',
    '3.对审核失职人员进行约谈提醒。',
    '完成情况：已完成。',
    '（二）项目资金拨付进度滞后',
    '整改情况：',
    '1.梳理未拨付项目清单，逐项倒排工期。',
    '2.每月通报资金拨付进度。',
    '完成情况：正在整改中。',
    '二、干部作风方面',
    '（一）下乡调研流于形式',
    '整改措施：',
    '1.制定局领导班子联系村制度。',
    '2.调研报告须提出具体问题和建议。',
    '完成情况：已完成。',
  );

  it('reads 一、 as aspects and （一） as problems, the numbered lines as measures and 完成情况 as the status', () => {
    const read = summary(report);
    expect(read.aspects).toEqual([
      ['1', '落实惠农政策方面', 2],
      ['2', '干部作风方面', 1],
    ]);
    expect(read.problems).toEqual([
      { id: '1.1', title: '惠农补贴发放审核把关不严', measures: ['对近三年补贴发放情况开展全面复核', '建立补贴发放村、镇、局三级审核制度', '对审核失职人员进行约谈提醒'], status: 'done' },
      { id: '1.2', title: '项目资金拨付进度滞后', measures: ['梳理未拨付项目清单，逐项倒排工期', '每月通报资金拨付进度'], status: 'in-progress' },
      { id: '2.1', title: '下乡调研流于形式', measures: ['制定局领导班子联系村制度', '调研报告须提出具体问题和建议'], status: 'done' },
    ]);
    expect(read.plan.declared).toMatchObject({ aspects: 2, problems: 3 });
  });

  it('also without a label above the numbered lines: 完成情况 or 整改情况 after them closes the list', () => {
    for (const label of ['完成情况：', '整改情况：']) {
      const read = summary(
        lines(
          '关于巡察整改情况的报告',
          '一、落实惠农政策方面',
          '（一）惠农补贴发放审核把关不严',
          '1.对近三年补贴发放情况开展全面复核。',
          '2.建立三级审核制度。',
          `${label}已完成。`,
          '（二）项目资金拨付进度滞后',
          '1.梳理未拨付项目清单。',
          '2.每月通报资金拨付进度。',
          `${label}正在整改中。`,
          '二、干部作风方面',
          '（一）下乡调研流于形式',
          '1.制定联系村制度。',
          `${label}已完成。`,
        ),
      );
      expect(read.aspects).toEqual([
        ['1', '落实惠农政策方面', 2],
        ['2', '干部作风方面', 1],
      ]);
      expect(read.problems.map((problem) => [problem.id, problem.measures, problem.status])).toEqual([
        ['1.1', ['对近三年补贴发放情况开展全面复核', '建立三级审核制度'], 'done'],
        ['1.2', ['梳理未拨付项目清单', '每月通报资金拨付进度'], 'in-progress'],
        ['2.1', ['制定联系村制度'], 'done'],
      ]);
    }
  });

  it('while problems numbered 1. each with its own 完成情况 stay problems', () => {
    const read = summary(
      lines(
        '一、作风建设方面',
        '1.会议文件偏多。',
        '完成情况：已完成。',
        '2.督查检查考核过多。',
        '完成情况：正在推进。',
      ),
    );
    expect(read.problems.map((problem) => [problem.id, problem.title, problem.status])).toEqual([
      ['1.1', '会议文件偏多', 'done'],
      ['1.2', '督查检查考核过多', 'in-progress'],
    ]);
  });

  it('but a label after problems told on their heading lines belongs to the last problem', () => {
    const read = summary(
      lines(
        '一、意识形态方面',
        '1.理论学习不深入。一是制定学习计划；二是开展研讨。该问题已完成整改。',
        '2.网络阵地管理不严。一是清理账号；二是落实审核制度。',
        '整改成效：网络阵地管理规范有序，该问题已完成整改。',
        '二、作风方面',
        '1.会议偏多。一是精简会议；二是合并召开。该问题已完成整改。',
      ),
    );
    expect(read.aspects).toEqual([
      ['1', '意识形态方面', 2],
      ['2', '作风方面', 1],
    ]);
    expect(read.problems.map((problem) => [problem.id, problem.measures, problem.status])).toEqual([
      ['1.1', ['制定学习计划', '开展研讨'], 'done'],
      ['1.2', ['清理账号', '落实审核制度'], 'done'],
      ['2.1', ['精简会议', '合并召开'], 'done'],
    ]);
  });

  it('also with 【】 labels, （1） measures and a 完成情况 that goes on after its status', () => {
    const read = summary(
      lines(
        '一、基层党组织建设方面',
        '（一）党员发展程序不规范',
        '【整改措施】',
        '（1）逐一核查近五年发展党员档案。',
        '（2）对程序缺失的补齐材料。',
        '【完成情况】已完成。共核查档案46份，补齐材料9份。',
        '（二）“三会一课”记录不全',
        '【整改措施】',
        '（1）统一印发会议记录本。',
        '（2）每季度抽查一次记录。',
        '【完成情况】持续推进中。',
      ),
    );
    expect(read.aspects).toEqual([['1', '基层党组织建设方面', 2]]);
    expect(read.problems.map((problem) => [problem.title, problem.measures.length, problem.status])).toEqual([
      ['党员发展程序不规范', 2, 'done'],
      ['“三会一课”记录不全', 2, 'in-progress'],
    ]);
    expect(problems(read.plan)[0].progress).toBe('共核查档案46份，补齐材料9份');
  });
});

describe('the same layout in Markdown: ## 方面一： aspects, ### 问题1： problems, a bold label alone above a list', () => {
  it('reads the lists as measures and the date an unfinished 完成情况 names as the deadline', () => {
    const { plan, aspects, problems: read } = summary(
      lines(
        '# 关于巡察反馈问题整改情况的报告',
        '## 方面一：政治建设方面',
        '### 问题1：学习贯彻上级精神不及时',
        '**整改措施：**',
        '1. 建立第一议题制度。',
        '2. 每月开展专题学习。',
        '**完成情况：** 已完成。',
        '### 问题2：意识形态阵地管理不严',
        '**整改措施：**',
        '1. 清理微信工作群。',
        '2. 落实信息审核制度。',
        '**完成情况：** 正在推进中，计划于2025年6月底前完成。',
        '## 方面二：作风建设方面',
        '### 问题1：文风会风不实',
        '**整改措施：**',
        '- 精简会议文件。',
        '- 推行短会短文。',
        '**完成情况：** 已完成。',
      ),
      true,
    );
    expect(aspects).toEqual([
      ['1', '政治建设方面', 2],
      ['2', '作风建设方面', 1],
    ]);
    expect(read.map((problem) => [problem.id, problem.measures.length, problem.status])).toEqual([
      ['1.1', 2, 'done'],
      ['1.2', 2, 'in-progress'],
      ['2.1', 2, 'done'],
    ]);
    expect(problems(plan).map((problem) => problem.deadline)).toEqual([undefined, '2025-06-30', undefined]);
  });
});

describe('完成情况 that gives an account of the work', () => {
  it('keeps the account as the progress and reads the status from its closing sentence; a short one is the status in words', () => {
    const { plan } = importReport(
      lines(
        '一、资金管理方面',
        '（一）专项资金使用不规范',
        '整改措施：',
        '1.开展专项资金清理。',
        '2.修订专项资金管理办法。',
        '完成情况：清理专项资金12个，收回违规资金35万元，该问题已完成整改。',
        '（二）往来款长期挂账',
        '整改措施：',
        '1.逐笔核实往来款。',
        '完成情况：待审计确认',
      ),
    );
    expect(problems(plan).map((problem) => [problem.measures?.length, problem.status, problem.statusText, problem.progress])).toEqual([
      [2, 'done', '已完成整改', '清理专项资金12个，收回违规资金35万元，该问题已完成整改'],
      [1, undefined, '待审计确认', undefined],
    ]);
  });
});

describe('问题1 headings, alone on their line or with a title, and numbered labels', () => {
  it('reads 问题1 alone on its line with its title on the next, 原因1： 措施2： as items of their fields', () => {
    const { plan, problems: read } = summary(
      lines(
        '市档案馆党支部关于巡察反馈问题整改进展情况的报告',
        '市委第四巡察组共反馈问题2个，已完成整改1个，正在推进1个。',
        '问题1',
        '档案数字化进度缓慢',
        '原因1：对数字化工作重视不够。',
        '原因2：专业技术人员不足。',
        '措施1：制定数字化三年工作计划。',
        '措施2：通过政府购买服务引进技术力量。',
        '责任人：王某',
        '整改时限：2025年6月底前',
        '进展：已完成年度计划的四成。',
        '状态：正在推进',
        '问题2',
        '库房温湿度监测记录不全',
        '措施1：安装自动温湿度监测设备。',
        '措施2：每日由专人核查记录。',
        '状态：已完成',
      ),
    );
    expect(plan.report.kind).toBe('progress-report');
    expect(read).toEqual([
      { id: '1', title: '档案数字化进度缓慢', measures: ['制定数字化三年工作计划', '通过政府购买服务引进技术力量'], status: 'in-progress' },
      { id: '2', title: '库房温湿度监测记录不全', measures: ['安装自动温湿度监测设备', '每日由专人核查记录'], status: 'done' },
    ]);
    const first = problems(plan)[0];
    expect(first.causes).toEqual(['对数字化工作重视不够', '专业技术人员不足']);
    expect(first.progress).toBe('已完成年度计划的四成');
    expect(first.responsiblePerson).toBe('王某');
    expect(first.deadline).toBe('2025-06-30');
  });

  it('reads 第1个问题：title and 问题二：title with 措施一： labels', () => {
    for (const heading of [(n: number) => `第${n}个问题：`, (n: number) => `问题${'一二'[n - 1]}：`]) {
      const read = summary(
        lines(
          '区文旅局关于巡察整改工作的方案',
          `${heading(1)}文物安全巡查不到位`,
          '原因：基层文物保护员培训不足。',
          '措施一：每季度组织一次文物保护员培训。',
          '措施二：建立巡查打卡记录。',
          '时限：2025年4月底',
          `${heading(2)}公共文化场馆开放时间不规范`,
          '措施一：统一公示开放时间。',
          '措施二：开展暗访检查。',
          '时限：2025年5月底',
        ),
      );
      expect(read.problems.map((problem) => [problem.title, problem.measures])).toEqual([
        ['文物安全巡查不到位', ['每季度组织一次文物保护员培训', '建立巡查打卡记录']],
        ['公共文化场馆开放时间不规范', ['统一公示开放时间', '开展暗访检查']],
      ]);
    }
  });

  it('reads 问题一 title (a blank after the number), 问题（2）： and 问题3.', () => {
    const read = summary(
      lines(
        '关于巡察整改进展情况的报告',
        '问题一 档案数字化进度缓慢',
        '措施：制定数字化三年工作计划。',
        '状态：正在推进',
        '问题（2）：库房温湿度监测记录不全',
        '措施：安装自动温湿度监测设备。',
        '状态：已完成',
        '问题3.借阅登记不规范',
        '措施：启用电子借阅登记。',
        '状态：已完成',
      ),
    );
    expect(read.problems.map((problem) => [problem.id, problem.title, problem.measures, problem.status])).toEqual([
      ['1', '档案数字化进度缓慢', ['制定数字化三年工作计划'], 'in-progress'],
      ['2', '库房温湿度监测记录不全', ['安装自动温湿度监测设备'], 'done'],
      ['3', '借阅登记不规范', ['启用电子借阅登记'], 'done'],
    ]);
  });

  it('takes a 问题一 with no title and nothing under it for no problem, keeping it as unrecognised', () => {
    const { plan, problems: read } = summary(lines('关于巡察整改情况的报告', '问题一', '问题二：会议记录不规范', '整改措施：统一会议记录格式。', '整改进展：已完成。'));
    expect(read.map((problem) => [problem.id, problem.title])).toEqual([['2', '会议记录不规范']]);
    expect(plan['x-unrecognized']).toContain('问题一');
  });

  it('never passes a document laid out as problems off as a notice, even when it gives totals', () => {
    const { plan } = importReport(
      lines('关于巡察整改进展情况的通报', '巡察反馈问题共5个，已完成整改3个，正在整改2个。', '原因分析：制度执行不严。', '整改措施：修订制度并组织培训。'),
    );
    expect(plan.report.kind).not.toBe('notice');
  });
});

describe('方面一： / 第二方面： / ### 方面一： aspects are titled by their words, not their mark', () => {
  it('in plain text, both spellings at one level', () => {
    const read = summary(
      lines(
        '关于巡察整改情况的报告',
        '方面一：落实全面从严治党主体责任方面',
        '1.党风廉政建设责任制考核不严格。针对该问题，一是修订考核办法；二是考核结果与评优挂钩。该问题已完成整改。',
        '2.警示教育开展不经常。针对该问题，一是每半年开展一次警示教育；二是组织旁听庭审。该问题已完成整改。',
        '第二方面：执行中央八项规定精神方面',
        '1.公务接待超标准。针对该问题，一是清退超标准费用；二是修订公务接待管理办法。该问题已完成整改。',
      ),
    );
    expect(read.aspects).toEqual([
      ['1', '落实全面从严治党主体责任方面', 2],
      ['2', '执行中央八项规定精神方面', 1],
    ]);
    // 针对该问题 after the title on the same line is a lead-in, not a measure.
    expect(read.problems.map((problem) => problem.measures)).toEqual([
      ['修订考核办法', '考核结果与评优挂钩'],
      ['每半年开展一次警示教育', '组织旁听庭审'],
      ['清退超标准费用', '修订公务接待管理办法'],
    ]);
  });

  it('as Markdown headings', () => {
    const read = summary(
      lines(
        '# 关于巡察整改情况的报告',
        '### 方面一：党建工作方面',
        '1. 基层党组织换届不及时。一是制定换届计划；二是督促逾期支部完成换届。该问题已完成整改。',
        '### 方面二：财务管理方面',
        '1. 报销审核不严。一是修订财务报销制度；二是开展财务专项检查。该问题已完成整改。',
      ),
      true,
    );
    expect(read.aspects).toEqual([
      ['1', '党建工作方面', 1],
      ['2', '财务管理方面', 1],
    ]);
  });
});

describe('a closing status sentence after a measures list', () => {
  const report = lines(
    '关于巡察整改进展情况的报告',
    '一、意识形态工作方面',
    '（一）理论学习中心组学习不规范',
    '整改措施：一是制定年度学习计划；二是建立学习考勤制度；三是开展研讨交流。该问题正在整改中，计划于2025年8月底前完成。',
    '（二）网络阵地管理薄弱',
    '整改措施：一是清理僵尸账号；二是落实三审三校制度。目前已取得阶段性成效，将持续巩固。',
    '（三）宣传栏内容更新不及时',
    '整改措施：',
    '1.明确专人负责。',
    '2.每月更新内容。该问题已完成整改。',
    '（四）舆情处置不及时',
    '整改措施：一是建立舆情日报制度；二是开展应急演练。',
    '整改成效：舆情平均处置时间缩短一半，该问题已完成整改。',
  );

  it('is no measure: it gives the status, the deadline and the progress', () => {
    const { plan, problems: read } = summary(report);
    expect(read.map((problem) => [problem.measures, problem.status])).toEqual([
      [['制定年度学习计划', '建立学习考勤制度', '开展研讨交流'], 'in-progress'],
      [['清理僵尸账号', '落实三审三校制度'], 'basically-done'],
      [['明确专人负责', '每月更新内容'], 'done'],
      [['建立舆情日报制度', '开展应急演练'], 'done'],
    ]);
    const first = problems(plan)[0];
    expect([first.deadline, first.progress]).toEqual(['2025-08-31', '该问题正在整改中，计划于2025年8月底前完成']);
  });
});

describe('closing sentences of progress, however phrased', () => {
  it('read 取得（了）阶段性成效 as basically done, 取得阶段性进展 as in progress, 该项整改已完成 as done', () => {
    const { problems: read } = summary(
      lines(
        '一、作风方面',
        '（一）文山会海问题仍然存在',
        '整改措施：1.精简文件；2.合并会议。该问题整改取得了阶段性成效。',
        '（二）调研不深入',
        '整改措施：1.建立调研成果转化机制；2.每年开展蹲点调研。目前整改已取得阶段性进展，计划2025年底前完成。',
        '（三）督查过多',
        '一是合并督查事项；二是推行联合督查。目前，该项整改已完成。',
      ),
    );
    expect(read.map((problem) => [problem.measures, problem.status])).toEqual([
      [['精简文件', '合并会议'], 'basically-done'],
      [['建立调研成果转化机制', '每年开展蹲点调研'], 'in-progress'],
      [['合并督查事项', '推行联合督查'], 'done'],
    ]);
  });
});

describe('an organising section', () => {
  it('is read for its facts and kept as the organisation, not unrecognised text', () => {
    const { plan } = importReport(
      lines(
        '县卫健局党组关于县委巡察组反馈意见整改情况的报告',
        '一、整改工作的组织情况',
        '局党组成立巡察整改工作领导小组，局长张某某任组长，其他班子成员任副组长，下设办公室负责日常工作。',
        '二、反馈问题的整改落实情况',
        '（一）医疗机构监管不到位',
        '1.对民营医院检查频次偏低。针对该问题，一是制定年度检查计划；二是开展联合执法。该问题已完成整改。',
      ),
    );
    expect(plan.organization?.leadingGroup).toMatchObject({ name: '巡察整改工作领导小组', leader: { name: '张某某', post: '局长' } });
    expect(plan['x-sections']?.map((section) => [section.title, section.kind])).toEqual([
      ['整改工作的组织情况', 'organization'],
      ['反馈问题的整改落实情况', 'problems'],
    ]);
    expect(plan['x-unrecognized']).toBeUndefined();
  });
});
