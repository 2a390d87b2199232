/** A bad byte deep in a GB18030 or UTF-16 report is reported where it is, not at the file's start. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { decodeText } from '../../src/read/decode-text.js';

/** Ten lines of a report in the writer's own words, then line 11 where the bad bytes go. */
const TEN_LINES = ['某县教育局关于落实巡察反馈意见的情况说明', '一、落实反馈意见的进展', '（一）学校食堂管理方面', '1.针对采购台账不完整的问题', '原因分析：分管副局长把关不严。', '整改措施：逐月核对采购凭证。', '责任人：张某某', '完成时限：2024年6月30日', '整改状态：已完成', '佐证材料：采购台账复印件'].join('\n');
const LINE_11_BEFORE = '整改状态：';
const LINE_11_AFTER = '已完成\n';

function write(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rectlint-encoding-'));
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

async function parseFindingOf(file: string) {
  const { results } = await lintFiles([file], { asOf: '2024-01-01' });
  const [finding] = results[0].diagnostics;
  return { ruleId: finding.ruleId, start: finding.range.start, message: finding.message };
}

describe('a bad byte on line 11', () => {
  it('of a GB18030 report is reported on line 11, at its column', async () => {
    const bytes = Buffer.concat([iconv.encode(`${TEN_LINES}\n${LINE_11_BEFORE}`, 'gb18030'), Buffer.from([0xff]), iconv.encode(LINE_11_AFTER, 'gb18030')]);
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ validPrefix: `${TEN_LINES}\n${LINE_11_BEFORE}` });
    expect(await parseFindingOf(write(bytes, '情况说明.txt'))).toEqual({ ruleId: 'parse', start: { line: 11, column: 6, offset: expect.any(Number) }, message: '文件按 GB18030/GBK 编码读取，但此处的字节无法解码' });
  });

  it('of a UTF-16 report (either byte order) is reported on line 11, at its column', async () => {
    const text = (s: string) => Buffer.from(s, 'utf16le');
    // A lone high surrogate: a unit no UTF-16 text holds.
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), text(`${TEN_LINES}\n${LINE_11_BEFORE}`), Buffer.from([0x00, 0xd8]), text(LINE_11_AFTER)]);
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      expect(decodeText(bytes)).toMatchObject({ validPrefix: `${TEN_LINES}\n${LINE_11_BEFORE}` });
      expect(await parseFindingOf(write(bytes, 'report.txt'))).toMatchObject({ ruleId: 'parse', start: { line: 11, column: 6 } });
    }
    // An odd last byte is placed after everything before it.
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), text(`${TEN_LINES}\n${LINE_11_BEFORE}`), Buffer.from([0x41])]);
    expect(decodeText(odd)).toMatchObject({ validPrefix: `${TEN_LINES}\n${LINE_11_BEFORE}` });
  });

  it('still reads valid UTF-16 that holds a replacement character, and UTF-8 that GB18030 would misread', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('整改\ufffd完成', 'utf16le')]))).toEqual({ text: '整改\ufffd完成', encoding: 'utf-16le' });
    // UTF-8 Chinese text that breaks off: UTF-8 read past its first Chinese character, so the error stays UTF-8's.
    const bytes = Buffer.concat([Buffer.from(`${TEN_LINES}\n整改`, 'utf8'), Buffer.from([0x80, 0xff])]);
    expect(decodeText(bytes)).toMatchObject({ validPrefix: `${TEN_LINES}\n整改`, error: { en: expect.stringMatching(/^unknown encoding/) } });
  });
});
