import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { readMark } from '../../src/import/marks.js';
import { foldWidth } from '../../src/import/width.js';

const readNumbering = (folded: string) => readMark(folded, 0, folded.length, {});
import { onlyProblem, problems } from './helpers.js';

describe('numbering levels, full and half width', () => {
  const cases: [string, string, number][] = [
    ['一、总体情况', 'han', 1],
    ['十二、其他', 'han', 12],
    ['（一）党的建设方面', 'paren-han', 1],
    ['(三)作风建设方面', 'paren-han', 3],
    ['1.在组织建设方面', 'arabic', 1],
    ['2、针对某问题', 'arabic', 2],
    ['１．针对某问题', 'arabic', 1],
    ['３、针对某问题', 'arabic', 3],
    ['（1）在某方面', 'paren-arabic', 1],
    ['(12)在某方面', 'paren-arabic', 12],
    ['（１２）在某方面', 'paren-arabic', 12],
    ['③建立台账', 'circled', 3],
  ];
  it.each(cases)('%s is %s number %i', (line, style, ordinal) => {
    expect(readNumbering(foldWidth(line))).toMatchObject({ style, ordinal });
  });

  it.each(['1.5亿元资金已退还', '2022年1月以来', '一是加强学习', '(略)大', '一、'])('%s is not a heading', (line) => {
    expect(readNumbering(foldWidth(line))).toBeUndefined();
  });

  it('reads the same outline whatever the width', () => {
    const full = '二、反馈问题整改情况\n（一）党的建设方面\n１．针对甲问题\n原因分析：认识不足。\n整改措施：加强学习。\n２．针对乙问题\n原因分析：制度缺失。\n整改措施：建立制度。\n';
    const half = '二、反馈问题整改情况\n(一)党的建设方面\n1.针对甲问题\n原因分析:认识不足。\n整改措施:加强学习。\n2、针对乙问题\n原因分析:制度缺失。\n整改措施:建立制度。\n';
    const shape = (text: string) => problems(importReport(text).plan).map((p) => [p.id, p.title, p.causes, p.measures?.map((m) => m.text)]);
    expect(shape(full)).toEqual([
      ['1.1', '甲', ['认识不足'], ['加强学习']],
      ['1.2', '乙', ['制度缺失'], ['建立制度']],
    ]);
    expect(shape(half)).toEqual(shape(full));
  });
});

describe('section labels', () => {
  it('reads every label, with either colon, inline or on its own line', () => {
    const problem = onlyProblem(
      [
        '（一）党建方面',
        '1.针对“三会一课”落实不到位问题',
        '原因分析:一是支部书记重视不够;二是制度不健全。',
        '整改措施：',
        '一是每月检查记录。',
        '二是年底前完成考核。',
        '责任领导：张三 责任部门：办公室 责任人：李四',
        '完成时限:2023年6月30日',
        '整改成效：记录完整。',
        '整改状态：已完成',
      ].join('\n'),
    );
    expect(problem).toMatchObject({
      id: '1.1',
      title: '“三会一课”落实不到位',
      causes: ['支部书记重视不够', '制度不健全'],
      measures: [{ text: '每月检查记录' }, { text: '年底前完成考核' }],
      responsibleLeader: '张三',
      responsibleDepartment: '办公室',
      responsiblePerson: '李四',
      deadline: '2023-06-30',
      deadlineText: '2023年6月30日',
      progress: '记录完整',
      status: 'done',
      statusText: '已完成',
    });
  });

  it.each([
    ['牵头领导', 'responsibleLeader'],
    ['责任单位', 'responsibleDepartment'],
    ['责任科室', 'responsibleDepartment'],
    ['责任部门', 'responsibleDepartment'],
  ])('%s fills %s', (label, field) => {
    const problem = onlyProblem(`1.针对甲问题\n原因分析：认识不足\n整改措施：加强学习\n${label}：王五\n`);
    expect(problem[field as 'responsibleLeader']).toBe('王五');
  });

  it('reads a label typed twice in a row as one, its words after the last', () => {
    const problem = onlyProblem('1.针对乙问题\n产生原因：产生原因：监督缺位\n责任领导：【责任领导】李六\n整改措施：整改措施：整改措施：建立台账\n');
    expect([problem.causes, problem.responsibleLeader, problem.measures?.map((m) => m.text)]).toEqual([['监督缺位'], '李六', ['建立台账']]);
  });

  it('takes 整改时限 or 完成时限 and keeps the words', () => {
    expect(onlyProblem('1.针对甲问题\n整改措施：建章立制\n整改时限：长期坚持\n')).toMatchObject({ deadline: '长期坚持', deadlineText: '长期坚持' });
    expect(onlyProblem('1.针对甲问题\n整改措施：建章立制\n完成时限：立行立改\n')).toMatchObject({ deadline: '立行立改', deadlineText: '立行立改', tags: ['立行立改'] });
  });

  it('reads 整改情况 as the measures, or as progress when 整改措施 is labelled too', () => {
    expect(onlyProblem('1.针对甲问题\n整改情况：\n一是开展检查。\n二是建立台账。\n').measures?.map((m) => m.text)).toEqual(['开展检查', '建立台账']);
    const both = onlyProblem('1.针对甲问题\n整改措施：开展检查\n整改情况：已检查12个支部。\n');
    expect([both.measures?.map((m) => m.text), both.progress]).toEqual([['开展检查'], '已检查12个支部']);
  });

  it('takes numbered lines under a label as its list, not as problems', () => {
    const problem = onlyProblem('（一）党建方面\n1.针对甲问题\n整改措施：\n（1）开展检查；\n（2）建立台账。\n2.针对乙问题\n整改措施：建立制度\n');
    expect(problem.measures?.map((m) => m.text)).toEqual(['开展检查', '建立台账']);
  });

  it('reads a numbered label such as （一）原因分析 as a label', () => {
    const problem = onlyProblem('一、针对甲问题的整改\n（一）原因分析：认识不足。\n（二）整改措施：加强学习。\n');
    expect([problem.title, problem.causes, problem.measures?.map((m) => m.text)]).toEqual(['甲', ['认识不足'], ['加强学习']]);
  });

  it('reads Markdown headings, bullets and bold labels in a .md report', () => {
    const markdown = '# 二、反馈问题整改情况\n\n## （一）党建方面\n\n### 1.针对甲问题\n\n**原因分析**：认识不足。\n\n**整改措施**：\n\n- 一是加强学习。\n- 二是建立制度。\n';
    const [problem] = problems(importReport(markdown, { markdown: true }).plan);
    expect([problem.id, problem.title, problem.causes, problem.measures?.map((m) => m.text)]).toEqual(['1.1', '甲', ['认识不足'], ['加强学习', '建立制度']]);
  });
});

describe('problem headings and enumerations', () => {
  it('splits 一是…二是… into separate measures after an 在…方面 title', () => {
    const problem = onlyProblem('（1）在理论武装缺乏针对性方面。一是纳入学习计划。二是召开局长办公会进行部署。\n');
    expect([problem.title, problem.measures?.map((m) => m.text)]).toEqual(['理论武装缺乏针对性', ['纳入学习计划', '召开局长办公会进行部署']]);
  });

  it('leaves 统一是 and an out-of-order 三是 in the words', () => {
    const problem = onlyProblem('1.在甲方面。一是思想统一是前提;三是笔误。二是建立制度。\n');
    expect(problem.measures?.map((m) => m.text)).toEqual(['思想统一是前提;三是笔误', '建立制度']);
  });

  it('splits ①②③ inline and keeps a lead-in as its own measure', () => {
    const problem = onlyProblem('1.针对甲问题\n整改措施：坚持举一反三：①清退补贴；②建立制度。\n');
    expect(problem.measures?.map((m) => m.text)).toEqual(['坚持举一反三', '清退补贴', '建立制度']);
  });

  it('reads an unnumbered 针对…问题 or 关于“…”问题的整改 line as a problem heading', () => {
    const { plan } = importReport('（一）党建方面\n针对甲问题\n整改措施：加强学习\n关于“乙”问题的整改情况：\n整改措施：建立制度\n');
    expect(problems(plan).map((p) => [p.id, p.title, p.measures?.length])).toEqual([
      ['1.1', '甲', 1],
      ['1.2', '乙', 1],
    ]);
  });

  it('numbers problems through intermediate levels and keeps their title as x-group', () => {
    const { plan } = importReport('二、反馈问题整改情况\n（二）作风方面\n3.作风转变缺乏韧劲\n（1）在文风会风不正方面。一是制定会议规定。\n（2）在调研成果转化不明显方面。一是规范调研报告。\n');
    expect(problems(plan).map((p) => [p.id, p.title, (p as unknown as Record<string, unknown>)['x-group']])).toEqual([
      ['2.3.1', '文风会风不正', '作风转变缺乏韧劲'],
      ['2.3.2', '调研成果转化不明显', '作风转变缺乏韧劲'],
    ]);
  });
});
