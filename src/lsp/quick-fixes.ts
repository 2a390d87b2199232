import { applyEdits, findNodeAtLocation, format, modify, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import { detectIndentation } from './indentation.js';
import type { DiagnosticData } from './lsp-diagnostics.js';

/** What the fix inserts for each missing field: empty text where people must write, so the plan keeps asking until they do. */
const SKELETONS: Record<string, { value: unknown; title: string }> = {
  causes: { value: [''], title: '原因分析' },
  responsibleLeader: { value: '', title: '责任领导' },
  responsibleDepartment: { value: '', title: '责任部门' },
  responsiblePerson: { value: '', title: '责任人' },
  deadline: { value: '', title: '整改时限' },
  measures: { value: [{ text: '' }], title: '整改措施' },
  evidence: { value: [{ type: '', title: '' }], title: '佐证材料' },
};

/** Property order of the objects the fields belong to, as the schema lists them. */
const SCHEMA_ORDER: Record<string, string[]> = {
  problems: Object.keys(planSchema.$defs.problem.properties),
  items: Object.keys(planSchema.$defs.problem.properties),
  measures: Object.keys(planSchema.$defs.measure.properties),
};

/** The field a finding says is missing: the last step of its path, or evidence for a completed item marked on its status. */
function missingField(data: DiagnosticData): { owner: JSONPath; field: string } | undefined {
  const path = data.path as JSONPath;
  const last = path[path.length - 1];
  const owner = path.slice(0, -1);
  const field = data.ruleId === 'completed-requires-evidence' && last === 'status' ? 'evidence' : last;
  if (typeof field !== 'string' || !(field in SKELETONS)) return undefined;
  const container = owner[owner.length - 2];
  if (typeof container !== 'string' || !(container in SCHEMA_ORDER)) return undefined;
  if (field !== 'evidence' && container === 'measures') return undefined;
  return { owner, field };
}

/** Insert after the nearest property that comes before the field in schema order; unknown keys do not count. */
function insertionIndex(order: string[], field: string): (existing: string[]) => number {
  const rank = order.indexOf(field);
  return (existing) => {
    for (let i = existing.length - 1; i >= 0; i--) {
      const r = order.indexOf(existing[i]);
      if (r >= 0 && r < rank) return i + 1;
    }
    const later = existing.findIndex((key) => order.indexOf(key) > rank);
    return later >= 0 ? later : existing.length;
  };
}

function isRectlintData(data: unknown): data is DiagnosticData {
  return typeof data === 'object' && data !== null && typeof (data as DiagnosticData).ruleId === 'string' && Array.isArray((data as DiagnosticData).path);
}

const isSpace = (text: string, at: number) => /\s/.test(text[at] ?? '');

/**
 * The edit that inserts `field: value` into the object at `owner`: jsonc-parser's `modify` places it, then only
 * the inserted text and the whitespace around it are formatted with the file's indentation, so neighbouring
 * properties keep their layout (an object written on one line stays on one line).
 */
function insertProperty(text: string, owner: Node, path: JSONPath, field: string, value: unknown, order: string[]) {
  const [edit] = modify(text, [...path, field], value, { getInsertionIndex: insertionIndex(order, field) });
  const inserted = applyEdits(text, [edit]);
  let begin = edit.offset;
  while (begin > 0 && isSpace(inserted, begin - 1)) begin--;
  let end = edit.offset + edit.content.length;
  while (end < inserted.length && isSpace(inserted, end)) end++;
  const oneLine = !text.slice(owner.offset, owner.offset + owner.length).includes('\n');
  // Format from the token before the insertion to the token after it, whitespace included.
  const start = Math.max(begin - 1, 0);
  const stop = Math.min(end + 1, inserted.length);
  const formatted = applyEdits(inserted, format(inserted, { offset: start, length: stop - start }, { ...detectIndentation(text), keepLines: oneLine }));
  // As one edit of the original text: what lies between the untouched head (before `start`) and tail (after `stop`).
  const tail = inserted.length - stop;
  return { offset: start, length: text.length - tail - start, content: formatted.slice(start, formatted.length - tail) };
}

/**
 * Quick fixes for the diagnostics the client sends back: a skeleton for each missing field (cause analysis,
 * responsible leader, deadline, measures, evidence), inserted in schema order with the file's own indentation.
 */
export function skeletonFixes(document: TextDocument, diagnostics: readonly LspDiagnostic[], versioned: boolean): CodeAction[] {
  const text = document.getText();
  let root: ReturnType<typeof parseTree> | null = null;
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (!isRectlintData(diagnostic.data)) continue;
    const target = missingField(diagnostic.data);
    if (!target) continue;
    root ??= parseTree(text) ?? null;
    const owner = root ? findNodeAtLocation(root, target.owner) : undefined;
    if (owner?.type !== 'object' || owner.children?.some((property) => property.children?.[0]?.value === target.field)) continue;
    const container = target.owner[target.owner.length - 2] as string;
    const change = insertProperty(text, owner, target.owner, target.field, SKELETONS[target.field].value, SCHEMA_ORDER[container]);
    const edits = [{ range: { start: document.positionAt(change.offset), end: document.positionAt(change.offset + change.length) }, newText: change.content }];
    const edit: WorkspaceEdit = versioned
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
      : { changes: { [document.uri]: edits } };
    actions.push({
      title: `插入“${SKELETONS[target.field].title}”骨架 (insert a ${target.field} skeleton)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit,
    });
  }
  return actions;
}
