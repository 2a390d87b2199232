/**
 * A Word 销号表 with one form (a two-column table) per problem, the forms set under aspect headings
 * (一、…方面, then 1. over a form, 2. over the next): each form's problem stands under the heading above it, the
 * forms under one heading in one aspect, numbered by the bare number over each form.
 */
import { describe, expect, it } from 'vitest';
import { checkFile, problemsOf, wordDocument } from './ledger-helpers.js';

const form = (title: string, leader: string, deadline: string, status: string) => [
  ['问题名称', title],
  ['整改措施', '开展专项清理'],
  ['责任领导', leader],
  ['完成时限', deadline],
  ['完成情况', status],
];

describe('forms of one problem under aspect headings', () => {
  it('puts each form under the aspect heading above it, with the number over it', async () => {
    const bytes = await wordDocument(
      '县民政局党组巡察整改销号表',
      '一、社会救助方面',
      '1.',
      form('低保对象动态管理不及时', '副局长 苏木', '2024年9月30日', '已完成'),
      '2.',
      form('临时救助审批时限过长', '副局长 苏木', '2024年12月31日', '正在推进'),
      '二、机关作风方面',
      '1.',
      form('窗口人员服务意识淡薄', '局长 闻笛', '长期坚持', '持续整改'),
    );
    const { imported } = await checkFile(bytes, 'xiaohao.docx', '2024-10-15');
    expect(imported.plan.report?.title).toBe('县民政局党组巡察整改销号表');
    expect(imported.plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.map((problem) => problem.id)])).toEqual([
      ['1', '社会救助方面', ['1.1', '1.2']],
      ['2', '机关作风方面', ['2.1']],
    ]);
    expect(problemsOf(imported).map((problem) => [problem.title, problem.responsibleLeader, problem.deadline, problem.status])).toEqual([
      ['低保对象动态管理不及时', '副局长 苏木', '2024-09-30', 'done'],
      ['临时救助审批时限过长', '副局长 苏木', '2024-12-31', 'in-progress'],
      ['窗口人员服务意识淡薄', '局长 闻笛', '长期坚持', 'ongoing'],
    ]);
  });
});
