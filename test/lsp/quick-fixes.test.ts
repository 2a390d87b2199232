import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { skeletonFixes } from '../../src/lsp/quick-fixes.js';

/** The text after applying the one fix offered for a finding of `ruleId` at `path`. */
function fixed(text: string, ruleId: string, path: (string | number)[]): string {
  const document = TextDocument.create('file:///plan.json', 'json', 1, text);
  const diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: '', code: ruleId, data: { ruleId, path } } as Diagnostic;
  const [action, ...rest] = skeletonFixes(document, [diagnostic], false);
  expect(rest).toEqual([]);
  return TextDocument.applyEdits(document, action.edit!.changes!['file:///plan.json'] as TextEdit[]);
}

const problem = (body: string) => `{\n  "aspects": [\n    {\n      "title": "t",\n      "problems": [\n${body}\n      ]\n    }\n  ]\n}\n`;
const AT = ['aspects', 0, 'problems', 0];

describe('skeleton quick fixes', () => {
  it('puts the field first when every property it has comes after the field in schema order', () => {
    const text = problem('        {\n          "responsibleLeader": "张某",\n          "deadline": "长期坚持"\n        }');
    expect(fixed(text, 'require-cause-analysis', [...AT, 'causes'])).toBe(
      problem('        {\n          "causes": [\n            ""\n          ],\n          "responsibleLeader": "张某",\n          "deadline": "长期坚持"\n        }'),
    );
  });

  it('fills an empty problem object', () => {
    const text = problem('        {\n        }');
    expect(fixed(text, 'require-deadline', [...AT, 'deadline'])).toBe(problem('        {\n          "deadline": ""\n        }'));
  });

  it('keeps tabs', () => {
    const text = '{\n\t"aspects": [\n\t\t{\n\t\t\t"problems": [\n\t\t\t\t{\n\t\t\t\t\t"id": "1",\n\t\t\t\t\t"status": "done"\n\t\t\t\t}\n\t\t\t]\n\t\t}\n\t]\n}\n';
    expect(fixed(text, 'require-measures', [...AT, 'measures'])).toBe(
      '{\n\t"aspects": [\n\t\t{\n\t\t\t"problems": [\n\t\t\t\t{\n\t\t\t\t\t"id": "1",\n\t\t\t\t\t"measures": [\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\t"text": ""\n\t\t\t\t\t\t}\n\t\t\t\t\t],\n\t\t\t\t\t"status": "done"\n\t\t\t\t}\n\t\t\t]\n\t\t}\n\t]\n}\n',
    );
  });

  it('keeps an object written on one line on one line (evidence for a completed measure, reported on its status)', () => {
    const text = problem('        {\n          "id": "1",\n          "measures": [{ "text": "整改", "status": "done" }]\n        }');
    expect(fixed(text, 'completed-requires-evidence', [...AT, 'measures', 0, 'status'])).toBe(
      problem('        {\n          "id": "1",\n          "measures": [{ "text": "整改", "status": "done", "evidence": [ { "type": "", "title": "" } ] }]\n        }'),
    );
  });

  it('keeps CRLF line endings', () => {
    const text = problem('        {\n          "id": "1"\n        }').replace(/\n/g, '\r\n');
    expect(fixed(text, 'require-responsible-leader', [...AT, 'responsibleLeader'])).toBe(problem('        {\n          "id": "1",\n          "responsibleLeader": ""\n        }').replace(/\n/g, '\r\n'));
  });
});
