import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/read/text.js';

describe('the text reader', () => {
  it('makes each non-blank line a paragraph, whatever the line ends, with positions on the file’s own lines', () => {
    const doc = textDocument('一、总体情况\r\n\r\n（一）党建方面\r1.学习不深入\n  \n结尾', 'text');
    const lines = doc.blocks.map((b) => doc.text.slice(b.span.start, b.span.end));
    expect(lines).toEqual(['一、总体情况', '（一）党建方面', '1.学习不深入', '结尾']);
    const at = doc.text.indexOf('学习');
    expect(doc.locate(at, at + 2)).toEqual({ start: { line: 4, column: 3, offset: at }, end: { line: 4, column: 5, offset: at + 2 } });
  });

  it('keeps Markdown heading levels and marks bullets, and reads # as words in plain text', () => {
    const source = '# 报告\n## 一、情况\n#### 学习不深入\n- 《学习制度》\n#不是标题\n';
    const md = textDocument(source, 'markdown');
    expect(md.blocks.map((b) => (b.kind === 'paragraph' ? [b.headingLevel ?? null, b.list?.bullet ?? false] : null))).toEqual([
      [1, false],
      [2, false],
      [4, false],
      [null, true],
      [null, false],
    ]);
    expect(textDocument(source, 'text').blocks.every((b) => b.kind === 'paragraph' && b.headingLevel === undefined)).toBe(true);
  });
});
