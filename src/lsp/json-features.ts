import type { CompletionList, FormattingOptions, Hover, Position, Range, TextEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type JSONDocument, type LanguageService } from 'vscode-json-languageservice';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import { STATUSES } from '../core/status.js';

type SchemaNode = Record<string, unknown>;

/**
 * The plan schema as editors should see it: vscode-json-languageservice titles a value after the first matching
 * schema, which for `deadline` is its anyOf branch (日期) instead of the field (整改时限). Branches are inlined
 * without their own title and description, so hovers name the field.
 */
function withUntitledBranches(schema: SchemaNode): SchemaNode {
  const defs = schema.$defs as Record<string, SchemaNode>;
  const inline = (branch: SchemaNode): SchemaNode => {
    const target = typeof branch.$ref === 'string' ? defs[branch.$ref.replace('#/$defs/', '')] : branch;
    const { title: _title, description: _description, ...rest } = target ?? branch;
    return rest;
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const copy: SchemaNode = {};
    for (const [key, value] of Object.entries(node)) copy[key] = key === 'anyOf' && Array.isArray(value) ? value.map((branch) => visit(inline(branch))) : visit(value);
    return copy;
  };
  return visit(schema) as SchemaNode;
}

const SCHEMAS = {
  plan: { id: planSchema.$id, text: JSON.stringify(withUntitledBranches(planSchema)) },
  config: { id: 'rectlint:config.schema.json', text: JSON.stringify(configSchema) },
};

/**
 * The bundled schemas stand in for any `$schema` naming them (a node_modules path, a relative path, the $id),
 * so nothing is ever fetched; other schemas are not served.
 */
async function requestSchema(uri: string): Promise<string> {
  if (uri === SCHEMAS.plan.id || /plan\.schema\.json$/.test(uri)) return SCHEMAS.plan.text;
  if (uri === SCHEMAS.config.id || /config\.schema\.json$/.test(uri)) return SCHEMAS.config.text;
  throw new Error(`rectlint serves only its own schemas, not ${uri}`);
}

/** One JSON language service per schema, so the server decides which documents are plans, not a glob. */
function serviceFor(kind: keyof typeof SCHEMAS): LanguageService {
  const service = getLanguageService({ schemaRequestService: requestSchema });
  service.configure({ validate: false, allowComments: false, schemas: [{ uri: SCHEMAS[kind].id, fileMatch: ['*'] }] });
  return service;
}

const STATUS_LABELS = new Map(STATUSES.map((status) => [JSON.stringify(status.key), status]));

/**
 * Schema-aware editing of plans (and of rectlint.config.json) through vscode-json-languageservice: completion,
 * hover with the schema's Chinese titles and English descriptions, formatting. The parsed JSON of the latest
 * version of each document is kept, so a 1 MB plan is not re-parsed for every request.
 */
export class JsonFeatures {
  private readonly services = { plan: serviceFor('plan'), config: serviceFor('config') };
  private readonly parsed = new Map<string, { version: number; json: JSONDocument }>();

  private parse(kind: keyof typeof SCHEMAS, document: TextDocument): JSONDocument {
    const cached = this.parsed.get(document.uri);
    if (cached?.version === document.version) return cached.json;
    const json = this.services[kind].parseJSONDocument(document);
    this.parsed.set(document.uri, { version: document.version, json });
    return json;
  }

  async complete(kind: keyof typeof SCHEMAS, document: TextDocument, position: Position): Promise<CompletionList | null> {
    const list = await this.services[kind].doComplete(document, position, this.parse(kind, document));
    for (const item of list?.items ?? []) {
      const status = STATUS_LABELS.get(item.label);
      if (status) item.detail = `${status.zh}（${status.en}）`;
    }
    return list;
  }

  hover(kind: keyof typeof SCHEMAS, document: TextDocument, position: Position): Thenable<Hover | null> {
    return this.services[kind].doHover(document, position, this.parse(kind, document));
  }

  format(kind: keyof typeof SCHEMAS, document: TextDocument, range: Range | undefined, options: FormattingOptions): TextEdit[] {
    return this.services[kind].format(document, range, options);
  }

  forget(uri: string): void {
    this.parsed.delete(uri);
  }
}
