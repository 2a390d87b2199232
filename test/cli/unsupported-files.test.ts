import { describe, expect, it } from 'vitest';
import { fileFormat, NOT_READ_EXTENSIONS, READABLE_EXTENSIONS } from '../../src/import/report-files.js';
import { basePlan } from '../fixtures/base-plan.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x3e, 0x00]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');

/** The types the issue names, with what such a file starts with, and two no reader is planned for. */
const SUBMITTED: Record<string, Uint8Array> = { '.xlsx': ZIP, '.xls': OLE, '.pdf': PDF, '.doc': OLE, '.wps': OLE, '.ofd': ZIP, '.rar': new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]), '.html': new TextEncoder().encode('<!DOCTYPE html><html><body><p>关于巡察整改情况的通报</p></body></html>') };

async function checkJson(root: string, args: string[]) {
  const run = await runCli(['check', ...args, '-f', 'json'], root);
  return { code: run.code, files: JSON.parse(run.stdout) as any[], stderr: run.stderr };
}

describe('files rectlint does not read are named as such, with the formats it reads', () => {
  const unread = Object.keys(SUBMITTED).filter((extension) => fileFormat(`x${extension}`) === undefined);

  it('still covers types no reader takes', () => {
    expect(unread).toEqual(expect.arrayContaining(['.ofd', '.rar', '.html']));
    for (const extension of unread) expect(NOT_READ_EXTENSIONS).toContain(extension);
  });

  it('reports each at the top of the file as unreadable (score 0, returned), naming its type and what is read, and checks the rest', async () => {
    const files = Object.fromEntries(unread.map((extension) => [`整改台账${extension}`, SUBMITTED[extension]]));
    const root = tempProject({ ...files, 'plan.json': basePlan() });
    const { code, files: results } = await checkJson(root, [...Object.keys(files), 'plan.json']);
    expect(code).toBe(1);
    const readable = `rectlint 读取整改方案（.json）和报告（${READABLE_EXTENSIONS.filter((e) => e !== '.json').join('、')}）`;
    for (const result of results.filter((r) => !r.filePath.endsWith('plan.json'))) {
      const extension = result.filePath.slice(result.filePath.lastIndexOf('.'));
      expect(result.messages).toHaveLength(1);
      const [message] = result.messages;
      expect([message.ruleId, message.line, message.column, message.fatal]).toEqual(['parse', 1, 1, true]);
      expect(message.message).toMatch(new RegExp(`^无法读取：这是 ?.+（\\${extension}），`));
      expect(message.message).toContain(readable);
      expect(message.message).not.toMatch(/UTF-8|符号|symbol/);
      expect([result.score, result.verdict.key]).toEqual([0, 'returned']);
    }
    expect(results.find((r) => r.filePath.endsWith('plan.json')).verdict.key).toBe('accepted');
  });

  it('names the type in English too', async () => {
    const root = tempProject({ 'report.ofd': ZIP });
    const { files } = await checkJson(root, ['report.ofd', '--locale', 'en']);
    expect(files[0].messages[0].message).toBe(`cannot read this file: it is an OFD document (.ofd); rectlint reads plans (.json) and reports (${READABLE_EXTENSIONS.filter((e) => e !== '.json').join(', ')}). Save it in one of these formats and check again`);
  });

  it('says when the bytes are not what the name claims: a PDF named .json, a Word 97 file renamed .docx', async () => {
    const root = tempProject({ 'plan.json': PDF, '报告.docx': OLE, 'notes.txt': ZIP });
    const { files } = await checkJson(root, ['plan.json', '报告.docx', 'notes.txt']);
    const byName = (name: string) => files.find((f) => f.filePath.endsWith(name)).messages[0].message;
    expect(byName('plan.json')).toMatch(/^无法读取：文件名为 \.json，内容却是 PDF 文档；rectlint 读取整改方案/);
    expect(byName('报告.docx')).toMatch(/^无法读取：文件名为 \.docx，内容却是 Word\/Excel 97-2003 或 WPS 文件；/);
    expect(byName('notes.txt')).toMatch(/^无法读取：文件名为 \.txt，内容却是 ZIP 格式的文件/);
  });

  it('rectlint import of such a file is a usage error with the same words', async () => {
    const root = tempProject({ 'report.ofd': ZIP });
    const run = await runCli(['import', 'report.ofd'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('report.ofd: 无法读取：这是 OFD 版式文档（.ofd）');
  });
});
