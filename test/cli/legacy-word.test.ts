/**
 * .doc and .wps files: converted to .docx by LibreOffice when it is installed (a fake soffice checks the command's
 * contract; one real conversion runs too, .ci/run installs LibreOffice), else a clear message.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/convert/soffice.js';
import { tc } from '../import/docx-fixture.js';
import { wordDocument } from '../import/ledger-helpers.js';
import { tempProject } from '../temp-project.js';
import { runBin } from './run-cli.js';

async function ledgerDocx(): Promise<Uint8Array> {
  return wordDocument('某局巡察整改任务清单', [
    ['序号', '存在问题', '整改措施', '责任领导', '完成时限', '整改状态'],
    ['1', '值班制度执行不严', '严格值班', '局长 甲', '2023年6月30日', '正在推进'],
    ['2', '公车登记不全', tc(['建立台账']), '副局长 乙', '', '正在推进'],
  ]);
}

/** A stand-in for soffice that records its arguments and "converts" by copying a prepared .docx. */
function fakeSoffice(root: string, docx: string): string {
  const script = join(root, 'fake-soffice');
  writeFileSync(
    script,
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(root, 'args.txt')}"\nout=""\nwhile [ $# -gt 0 ]; do if [ "$1" = "--outdir" ]; then out="$2"; fi; last="$1"; shift; done\nmkdir -p "$out"\nbase=$(basename "$last"); cp "${docx}" "$out/\${base%.*}.docx"\n`,
  );
  chmodSync(script, 0o755);
  return script;
}

/** The same ledger as a web page, which LibreOffice saves as a Word 97 .doc with a real table. */
const LEDGER_HTML = `<html><head><meta charset="utf-8"></head><body><p>某局巡察整改任务清单</p><table border="1">
<tr><td>序号</td><td>存在问题</td><td>整改措施</td><td>责任领导</td><td>完成时限</td><td>整改状态</td></tr>
<tr><td>1</td><td>值班制度执行不严</td><td>严格值班</td><td>局长 甲</td><td>2023年6月30日</td><td>正在推进</td></tr>
<tr><td>2</td><td>公车登记不全</td><td>建立台账</td><td>副局长 乙</td><td></td><td>正在推进</td></tr></table></body></html>`;

describe('legacy Word files (.doc, .wps)', () => {
  it('converts with soffice --headless --convert-to docx, in a folder and profile of its own, and checks the result', async () => {
    const root = tempProject({ 'plan.docx': await ledgerDocx(), '台账.doc': 'a Word 97 file', '台账.wps': 'a WPS file' });
    const soffice = fakeSoffice(root, join(root, 'plan.docx'));
    const run = runBin(['check', '台账.doc', '台账.wps', '-f', 'json', '--as-of', '2023-07-01'], root, { RECTLINT_SOFFICE: soffice });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; placeText?: string }[] }[];
    for (const result of results) {
      expect(result.messages.filter((m) => m.ruleId === 'require-deadline').map((m) => m.placeText)).toEqual(['表1第3行第5列']);
      expect(result.messages.some((m) => m.ruleId === 'overdue')).toBe(true);
    }
    const args = readFileSync(join(root, 'args.txt'), 'utf8').trim().split('\n');
    expect(args.slice(1, -1)).toEqual(['--headless', '--norestore', '--nologo', '--nolockcheck', '--convert-to', 'docx', '--outdir', expect.stringMatching(/rectlint-convert-.*\/out$/u)]);
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/\/.*rectlint-soffice-profile-/u);
    expect(args.at(-1)).toMatch(/rectlint-convert-.*\/report\.wps$/u);
  });

  it('without LibreOffice, says what is read and how to save the file as .docx; other files are still checked', async () => {
    const root = tempProject({ '台账.doc': 'a Word 97 file', 'plan.docx': await ledgerDocx() });
    const run = runBin(['check', '台账.doc', 'plan.docx', '-f', 'json'], root, { PATH: join(root, 'no-such-dir') });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number }[] }[];
    const doc = results.find((r) => r.filePath.endsWith('.doc'))!;
    expect(doc.messages).toEqual([expect.objectContaining({ ruleId: 'parse', line: 1, message: expect.stringMatching(/^无法读取 \.doc 文件：读取它需要 LibreOffice（soffice）把它转换为 \.docx，但本机未安装。.*另存为”→“Word 文档（\*\.docx）”/u) })]);
    expect(results.find((r) => r.filePath.endsWith('plan.docx'))!.messages.some((m) => m.ruleId === 'require-deadline')).toBe(true);
    const imported = runBin(['import', '台账.doc'], root, { PATH: join(root, 'no-such-dir') });
    expect([imported.code, imported.stderr]).toEqual([1, expect.stringContaining('台账.doc:1:1: 无法读取 .doc 文件')]);
  });

  it('refuses a Word file cut short or protected with a password before LibreOffice sees it (it would show the bytes as text, or wait)', async () => {
    const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const cutShort = Uint8Array.from([...signature, ...Buffer.from('rest of a download')]);
    const encrypted = new Uint8Array(2048);
    encrypted.set(signature);
    encrypted.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    const root = tempProject({ 'plan.docx': await ledgerDocx(), '短.doc': cutShort, '加密.wps': encrypted });
    const soffice = fakeSoffice(root, join(root, 'plan.docx'));
    const run = runBin(['check', '短.doc', '加密.wps', '-f', 'json'], root, { RECTLINT_SOFFICE: soffice });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number; column: number }[] }[];
    const messages = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages;
    expect(messages('短.doc')).toEqual([expect.objectContaining({ ruleId: 'parse', line: 1, column: 1, message: '无法读取 .doc 文件：文件不完整（只有 26 字节，不到 Word 文件头的 512 字节），可能在下载或复制时中断；请取得完整的文件' })]);
    expect(messages('加密.wps')).toEqual([expect.objectContaining({ ruleId: 'parse', line: 1, column: 1, message: '无法读取 .wps 文件：文件设有打开密码（已加密）；请在 Word 或 WPS 中取消密码后另存为 .docx' })]);
    expect(run.code).toBe(1);
    expect(existsSync(join(root, 'args.txt'))).toBe(false);
  });

  it('converts a real .doc with LibreOffice', async () => {
    const soffice = findSoffice();
    expect(soffice, 'LibreOffice (soffice) is installed by .ci/run').toBeDefined();
    const root = tempProject({ 'source.html': LEDGER_HTML });
    // The .doc (Word 97, a compound file) is made by LibreOffice itself, in a profile of the test's own.
    const made = spawnSync(soffice!, [`-env:UserInstallation=file://${join(root, 'profile')}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', root, join(root, 'source.html')], { encoding: 'utf8', timeout: 120_000 });
    expect(existsSync(join(root, 'source.doc')), `${made.stdout}\n${made.stderr}\n${made.error ?? ''}`).toBe(true);
    expect([...readFileSync(join(root, 'source.doc')).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    copyFileSync(join(root, 'source.doc'), join(root, '台账.doc'));
    const run = runBin(['import', '台账.doc', '-o', 'plan.json'], root);
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8'));
    expect(plan.aspects.flatMap((a: { problems: { title: string; deadline?: string }[] }) => a.problems.map((p) => [p.title, p.deadline ?? null]))).toEqual([
      ['值班制度执行不严', '2023-06-30'],
      ['公车登记不全', null],
    ]);
  }, 180_000);
});
