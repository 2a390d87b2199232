/**
 * A config file's schema violations as problems, every one of them, each at its line and column, with a "did you
 * mean" for a mistyped property or option name. Loaded only when a config file is invalid.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import type { JsonDocument } from '../core/json-document.js';
import { closestWord } from '../core/text-distance.js';
import type { JsonPath } from '../rule-kit/types.js';
import type { ConfigProblem } from './config-error.js';

type SchemaNode = Record<string, any>;

// The package's types declare an ES default export; at run time the module is the function itself.
const localizeZh = ((localizeZhModule as any).default ?? localizeZhModule) as (errors: ErrorObject[]) => void;

function resolveRef(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = String(node.$ref).replace('#/$defs/', '');
  return { ...(configSchema.$defs as SchemaNode)[name], ...node, $ref: undefined };
}

/** The object schemas that may describe the value at `path` (every branch of an anyOf). */
function nodesAt(path: JsonPath): SchemaNode[] {
  let nodes: SchemaNode[] = [configSchema];
  for (const segment of path) {
    const next: SchemaNode[] = [];
    for (const raw of nodes) {
      const node = resolveRef(raw)!;
      for (const branch of [node, ...((node.anyOf as SchemaNode[] | undefined) ?? [])].map(resolveRef)) {
        const child = typeof segment === 'number' ? branch?.items : (branch?.properties?.[segment] ?? (typeof branch?.additionalProperties === 'object' ? branch.additionalProperties : undefined));
        if (child) next.push(child);
      }
    }
    nodes = next;
  }
  return nodes.flatMap((raw) => {
    const node = resolveRef(raw)!;
    return [node, ...((node.anyOf as SchemaNode[] | undefined) ?? []).map((branch) => resolveRef(branch)!)];
  });
}

/** The property names the schema knows at `path`. */
export function knownNames(path: JsonPath): string[] {
  return [...new Set(nodesAt(path).flatMap((node) => Object.keys(node.properties ?? {})))];
}

function toPath(pointer: string): JsonPath {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const isInside = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`);

/**
 * An anyOf reports every branch's complaint: keep what the branch meant for the value says. Errors deeper than the
 * anyOf come from the branch the value took (an object's bad option); without them, a complaint about the value
 * itself (a bad severity word) is kept over "must be an object"; failing both, the anyOf speaks.
 */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = [...new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))];
  const dropped = new Set<ErrorObject>();
  for (const at of anyOfPaths) {
    const inside = errors.filter((e) => e.keyword !== 'anyOf' && isInside(e.instancePath, at));
    const deeper = inside.filter((e) => e.instancePath !== at);
    const here = inside.filter((e) => e.instancePath === at);
    const valueComplaints = here.filter((e) => e.keyword !== 'type' && e.keyword !== 'required');
    const keep = deeper.length > 0 ? deeper : valueComplaints.length > 0 ? valueComplaints : [];
    for (const e of inside) if (!keep.includes(e)) dropped.add(e);
    if (keep.length > 0) for (const e of errors) if (e.keyword === 'anyOf' && e.instancePath === at) dropped.add(e);
  }
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (dropped.has(e)) return false;
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unknownName(path: JsonPath, name: string): string {
  const guess = closestWord(name, knownNames(path));
  // A rule's options: rules.<id>.options, also inside an override.
  if (path[path.length - 1] === 'options' && path[path.length - 3] === 'rules') {
    const rule = String(path[path.length - 2]);
    return `规则 “${rule}” 没有选项 “${name}”${guess ? `，是否应为 “${guess}”？` : ''} (rule "${rule}" has no option "${name}"${guess ? `; did you mean "${guess}"?` : ''})`;
  }
  return `未知配置项 “${name}”${guess ? `，是否应为 “${guess}”？` : ''} (unknown property "${name}"${guess ? `; did you mean "${guess}"?` : ''})`;
}

function describe(error: ErrorObject): { path: JsonPath; detail: string } {
  const path = toPath(error.instancePath);
  const at = error.instancePath || '/';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      return { path: [...path, name], detail: unknownName(path, name) };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v).replace(/^"|"$/g, ''));
      return { path, detail: `${at} 应为以下值之一：${allowed.join('、')} (must be one of: ${allowed.join(', ')})` };
    }
    case 'anyOf':
      return { path, detail: `${at} 的写法无效 (is not a valid setting)` };
    default: {
      const [chinese] = structuredClone([error]);
      localizeZh([chinese]);
      return { path, detail: `${at} ${chinese.message ?? error.message} (${error.message})` };
    }
  }
}

/** Every violation of the config schema, once each, in the order of the file. */
export function configSchemaProblems(errors: readonly ErrorObject[], document: JsonDocument, file: string): ConfigProblem[] {
  const problems = mostSpecific(errors).map((error) => {
    const { path, detail } = describe(error);
    const place = document.locate(path, 'key').start;
    return { file, detail, line: place.line, column: place.column, offset: place.offset };
  });
  return problems.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...problem }) => problem);
}
