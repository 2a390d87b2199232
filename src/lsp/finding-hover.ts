import type { Diagnostic as LspDiagnostic, Hover, MarkupContent, Position, Range } from 'vscode-languageserver/node.js';
import type { Locale, RuleMeta } from '../rule-kit/types.js';
import { ruleDocMarkdown } from './rule-docs.js';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(range: Range, position: Position): boolean {
  return before(range.start, position) && before(position, range.end);
}

/** The doc of every rule with a finding under the cursor (each rule once). */
export function findingDocs(diagnostics: readonly LspDiagnostic[], position: Position, metas: ReadonlyMap<string, RuleMeta>, locale: Locale): { markdown: string; range: Range } | undefined {
  const here = diagnostics.filter((d) => typeof d.code === 'string' && contains(d.range, position));
  if (here.length === 0) return undefined;
  const ids = [...new Set(here.map((d) => d.code as string))];
  return { markdown: ids.map((id) => ruleDocMarkdown(id, metas.get(id), locale)).join('\n\n---\n\n'), range: here[0].range };
}

function markdownOf(hover: Hover | null | undefined): string | undefined {
  const contents = hover?.contents;
  if (!contents) return undefined;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n\n');
  return (contents as MarkupContent).value ?? (contents as { value: string }).value;
}

/** The finding's rule doc first (it is why the user hovers there), then the schema's title and description. */
export function combineHovers(findings: { markdown: string; range: Range } | undefined, schema: Hover | null | undefined): Hover | null {
  const parts = [findings?.markdown, markdownOf(schema)].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  const range = schema?.range ?? findings?.range;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}
