import { findNodeAtLocation, getNodeValue, parseTree, type Node } from 'jsonc-parser';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { statusInfo } from '../core/status.js';

/** The sections of a plan as the outline names them (Chinese, as the schema titles them). */
const SECTIONS: Record<string, string> = {
  inspection: '巡察信息 inspection',
  report: '报告信息 report',
  organization: '组织领导 organization',
  declared: '报告声明的数字 declared',
  aspects: '问题方面 aspects',
  commitments: '长效机制承诺 commitments',
  meetings: '会议与活动记录 meetings',
};

function rangeOf(document: TextDocument, node: Node): Range {
  return { start: document.positionAt(node.offset), end: document.positionAt(node.offset + node.length) };
}

function text(node: Node, key: string): string | undefined {
  const value = findNodeAtLocation(node, [key]);
  return value?.type === 'string' || value?.type === 'number' ? String(getNodeValue(value)) : undefined;
}

function symbol(document: TextDocument, node: Node, name: string, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const range = rangeOf(document, node);
  // The key names a property's value; array elements select themselves.
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return {
    name: name.trim() || '(未命名)',
    kind,
    range: key ? rangeOf(document, node.parent!) : range,
    selectionRange: key ? rangeOf(document, key) : range,
    ...(detail ? { detail } : {}),
    ...(children?.length ? { children } : {}),
  };
}

function problemSymbols(document: TextDocument, list: Node | undefined): DocumentSymbol[] {
  return (list?.type === 'array' ? (list.children ?? []) : []).filter((node) => node.type === 'object').map((problem) => {
    const status = statusInfo(text(problem, 'status'));
    const deadline = text(problem, 'deadline');
    const detail = [status?.zh, deadline].filter(Boolean).join(' · ');
    const items = problemSymbols(document, findNodeAtLocation(problem, ['items']));
    return symbol(document, problem, `${text(problem, 'id') ?? ''} ${text(problem, 'title') ?? ''}`, SymbolKind.Object, detail, items);
  });
}

function elementSymbols(document: TextDocument, list: Node, name: (element: Node, index: number) => string, kind: SymbolKind): DocumentSymbol[] {
  return (list.children ?? []).filter((node) => node.type === 'object').map((element, index) => symbol(document, element, name(element, index), kind));
}

/** The outline of a plan: its sections, each aspect with its problems (and their sub-items), commitments, meetings. */
export function planOutline(document: TextDocument): DocumentSymbol[] {
  const root = parseTree(document.getText(), [], { allowTrailingComma: true });
  if (root?.type !== 'object') return [];
  const symbols: DocumentSymbol[] = [];
  for (const property of root.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    const key = keyNode?.value as string;
    if (!value || !(key in SECTIONS)) continue;
    let children: DocumentSymbol[] = [];
    if (value.type === 'array' && key === 'aspects') {
      children = (value.children ?? []).filter((node) => node.type === 'object').map((aspect, index) =>
        symbol(document, aspect, `${text(aspect, 'id') ?? index + 1} ${text(aspect, 'title') ?? ''}`, SymbolKind.Namespace, undefined, problemSymbols(document, findNodeAtLocation(aspect, ['problems']))),
      );
    } else if (value.type === 'array' && key === 'commitments') {
      children = elementSymbols(document, value, (c) => `${text(c, 'id') ?? ''} ${text(c, 'text') ?? ''}`, SymbolKind.Event);
    } else if (value.type === 'array' && key === 'meetings') {
      children = elementSymbols(document, value, (m) => `${text(m, 'date') ?? ''} ${text(m, 'kind') ?? ''} ${text(m, 'title') ?? ''}`, SymbolKind.Event);
    }
    symbols.push(symbol(document, value, SECTIONS[key], value.type === 'array' ? SymbolKind.Array : SymbolKind.Module, undefined, children));
  }
  return symbols;
}
