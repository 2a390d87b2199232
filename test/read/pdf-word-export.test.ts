/**
 * A borderless ledger as a word processor exports it to PDF (LibreOffice Writer here, from a .docx whose table has
 * no borders, as Word's "Normal Table"): no padding between rows, the cells' text aligned with the page's margin,
 * Latin and CJK runs on slightly different baselines, a row broken by the page, and the closing words set right
 * under the table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/convert/soffice.js';
import { readDocument } from '../../src/read/index.js';
import { tc } from '../import/docx-fixture.js';
import { checkFile, findingsOf, problemsOf, wordDocument } from '../import/ledger-helpers.js';
import { tempProject } from '../temp-project.js';

const MEASURES = ['修订考勤管理办法，实行电子打卡', '每月通报考勤情况，纳入年度考核', '对屡次违反者进行约谈提醒'];

describe('a borderless ledger exported to PDF by a word processor', () => {
  it('reads every row whole, the one the page breaks too, and leaves 特此报告。 below it as prose', async () => {
    const soffice = findSoffice();
    expect(soffice, 'LibreOffice (soffice) is installed by .ci/run').toBeDefined();
    const rows: (string | string[])[][] = [['序号', '存在问题', '整改措施', '责任领导', '责任单位', '整改时限', '整改状态']];
    for (let n = 1; n <= 12; n++) {
      rows.push([String(n), `第${n}项问题：机关干部考勤制度执行不严，迟到早退现象时有发生`, tc(MEASURES.map((m, k) => `${k + 1}.${m}；`)), '副局长 孙某', '办公室', n === 5 ? '2023年3月31日' : '2024年12月31日', n % 2 ? '正在推进' : '已完成']);
    }
    const root = tempProject({ 'ledger.docx': await wordDocument('某局巡察反馈问题整改台账', rows, '特此报告。') });
    const made = spawnSync(soffice!, [`-env:UserInstallation=file://${join(root, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', root, join(root, 'ledger.docx')], { encoding: 'utf8', timeout: 120_000 });
    expect(existsSync(join(root, 'ledger.pdf')), `${made.stdout}\n${made.stderr}\n${made.error ?? ''}`).toBe(true);
    const bytes = new Uint8Array(readFileSync(join(root, 'ledger.pdf')));

    const document = await readDocument(bytes, 'ledger.pdf');
    if ('error' in document) throw new Error(document.error.en);
    expect(document.blocks.map((block) => (block.kind === 'table' ? `table of ${block.rows.length} rows` : document.text.slice(block.span.start, block.span.end)))).toEqual([
      '某局巡察反馈问题整改台账',
      'table of 13 rows',
      '特此报告。',
    ]);
    const { imported, result } = await checkFile(bytes, 'ledger.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.responsibleLeader, p.responsibleDepartment, p.deadline, p.status, p.measures?.map((m) => m.text)])).toEqual(
      Array.from({ length: 12 }, (_, i) => [String(i + 1), '副局长 孙某', '办公室', i === 4 ? '2023-03-31' : '2024-12-31', i % 2 ? 'done' : 'in-progress', MEASURES]),
    );
    const [overdue] = findingsOf(result, 'overdue');
    // Row 4 breaks at page 1's foot: its last four lines open page 2, then row 5 (its deadline on its first line).
    expect([overdue.problemId, overdue.range.place]).toEqual(['5', { page: 2, pageLine: 5, table: 1, row: 6, column: 6 }]);
  }, 180_000);
});
