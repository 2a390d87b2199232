import { findNodeAtLocation, modify, parseTree, type JSONPath } from 'jsonc-parser';
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
    const edits = modify(text, [...target.owner, target.field], SKELETONS[target.field].value, {
      formattingOptions: detectIndentation(text),
      getInsertionIndex: insertionIndex(SCHEMA_ORDER[container], target.field),
    }).map((edit) => ({ range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, newText: edit.content }));
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
