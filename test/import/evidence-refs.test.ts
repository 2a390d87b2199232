/**
 * Evidence a report names in its prose: besides documents, minutes and vouchers, the records a procedure leaves
 * (a decision in a disciplinary case, an acceptance report) and whatever the report says it filed.
 */
import { describe, expect, it } from 'vitest';
import { findEvidenceRefs } from '../../src/import/evidence-refs.js';

function refs(text: string): [string, string][] {
  return findEvidenceRefs(text, 0, text.length).map((ref) => [ref.type, text.slice(ref.title.start, ref.title.end)]);
}

describe('evidence named in prose', () => {
  it('takes the record a procedure ends in as evidence', () => {
    expect(refs('对超标准接待问题问责3人，处理决定书已送达本人。')).toEqual([['文件', '决定书']]);
    expect(refs('新建的档案室经组织验收，出具了验收报告。')).toEqual([['报告', '验收报告']]);
  });

  it('takes what the report says it filed as evidence, the clause naming it', () => {
    expect(refs('补签的请销假单已归档。')).toEqual([['其他', '补签的请销假单']]);
    expect(refs('完成全部整改，整改前后对比照片存档备查。')).toEqual([['其他', '整改前后对比照片']]);
  });

  it('names a filed record once, by its own name when the clause has one', () => {
    expect(refs('专题会议纪要已存档。')).toEqual([['会议纪要', '会议纪要']]);
  });

  it('does not take a filing with nothing named before it, nor a plan to file, as evidence', () => {
    expect(refs('已归档。')).toEqual([]);
    expect(refs('建立工作台账，做到一事一档。')).toEqual([]);
  });
});
