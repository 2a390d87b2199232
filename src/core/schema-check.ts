import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import planSchema from '../../schemas/plan.schema.json' with { type: 'json' };
import type { JsonPath, LocalizedText } from '../rule-kit/types.js';
import { validate as generatedPlanValidator } from './generated/plan-validator.js';
import { statusFromLabel } from './status.js';
import { closestWord } from './text-distance.js';

export interface SchemaViolation {
  path: JsonPath;
  message: LocalizedText;
  /** Unknown properties are marked on their key, everything else on the value. */
  target: 'key' | 'value';
}

type SchemaNode = Record<string, any>;

// The package's types declare an ES default export; at run time the module is the function itself.
const localizeZh = ((localizeZhModule as any).default ?? localizeZhModule) as (errors: ErrorObject[]) => void;

/**
 * The plan schema compiled ahead of time (scripts/gen-validators.ts, with the ajv options used there), so no run
 * loads ajv's compiler or compiles the schema.
 */
const validatePlan = generatedPlanValidator as unknown as ValidateFunction;

function validator(): ValidateFunction {
  return validatePlan;
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '字符串', en: 'a string' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
};

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = String(node.$ref).replace('#/$defs/', '');
  return { ...(planSchema.$defs as SchemaNode)[name], ...node, $ref: undefined };
}

/** The schema node that describes the value at `path`, merging a $ref with its sibling title. */
function schemaAt(path: JsonPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = planSchema;
  for (const segment of path) {
    node = resolve(node);
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.items;
    else node = node.properties?.[segment] ?? (segment.startsWith('x-') ? {} : undefined);
  }
  return resolve(node);
}

function fieldName(path: JsonPath): LocalizedText {
  const last = path[path.length - 1];
  const title = schemaAt(path)?.title;
  if (last === undefined) return { zh: '整改方案', en: 'the plan' };
  const key = typeof last === 'number' ? `${String(path[path.length - 2])}[${last}]` : last;
  return { zh: title ? `“${title}”（${key}）` : `“${key}”`, en: `"${key}"` };
}

function toPath(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/**
 * What an imported report lacks, said as the report's reader would: what it does not state and what therefore
 * cannot be judged (the rules that need the fact do not apply). Other fields read `报告未写明“标题”`.
 */
const UNSTATED: Record<string, LocalizedText> = {
  'inspection/feedbackDate': {
    zh: '报告未写明巡察反馈日期：无法判断报告是否按时报送、立行立改问题是否按时完成，长效机制承诺也无从起算',
    en: 'the report does not say when the inspection gave its feedback: whether it was submitted in time and immediate fixes were done in time cannot be judged, nor from when its commitments count',
  },
  'report/date': {
    zh: '报告未写明成文日期：无法判断报告是否按时报送，佐证材料和完成情况只能以检查基准日衡量',
    en: 'the report is not dated: whether it was submitted in time cannot be judged, and evidence and completions are measured against the as-of date',
  },
  'inspection/inspectedUnit': { zh: '报告未写明被巡察单位（党组织）', en: 'the report does not name the inspected unit' },
  'inspection/team': { zh: '报告未写明巡察组', en: 'the report does not name the inspection team' },
  'report/kind': { zh: '报告未表明文书类别（整改方案、整改进展情况报告或整改情况报告）', en: 'the report does not say what it is (a plan, a progress report or a final report)' },
};

function unstated(missingPath: JsonPath): LocalizedText {
  const known = UNSTATED[missingPath.filter((segment) => typeof segment === 'string').join('/')];
  if (known) return known;
  const title = schemaAt(missingPath)?.title as string | undefined;
  const key = String(missingPath[missingPath.length - 1]);
  return { zh: `报告未写明${title ? `“${title}”` : `“${key}”`}`, en: `the report does not state "${key}"` };
}

function describe(error: ErrorObject, path: JsonPath, value: unknown, imported: boolean): SchemaViolation {
  const field = fieldName(path);
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'required': {
      const missingPath = [...path, params.missingProperty as string];
      if (imported) return { path: missingPath, target: 'value', message: unstated(missingPath) };
      const missing = fieldName(missingPath);
      return { path: missingPath, target: 'value', message: { zh: `缺少必填字段${missing.zh}`, en: `missing required property ${missing.en}` } };
    }
    case 'additionalProperties': {
      const name = params.additionalProperty as string;
      const known = Object.keys(schemaAt(path)?.properties ?? {});
      const guess = closestWord(name, known);
      return {
        path: [...path, name],
        target: 'key',
        message: {
          zh: `未知属性“${name}”${guess ? `，是否应为“${guess}”？` : '（扩展属性请以 x- 开头）'}`,
          en: `unknown property "${name}"${guess ? `; did you mean "${guess}"?` : ' (name vendor extensions x-…)'}`,
        },
      };
    }
    case 'type': {
      const type = TYPE_NAMES[String(params.type).split(',')[0]] ?? { zh: String(params.type), en: String(params.type) };
      return { path, target: 'value', message: { zh: `${field.zh}应为${type.zh}`, en: `${field.en} must be ${type.en}` } };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const label = typeof value === 'string' ? statusFromLabel(value) : undefined;
      const hint = label && allowed.includes(label) ? { zh: `；“${value}”请写作“${label}”`, en: `; write "${value}" as "${label}"` } : { zh: '', en: '' };
      return {
        path,
        target: 'value',
        message: {
          zh: `${field.zh}的值${quote(value)}无效，应为：${allowed.join('、')}${hint.zh}`,
          en: `${field.en} must be one of: ${allowed.join(', ')}${hint.en}`,
        },
      };
    }
    case 'format':
      return {
        path,
        target: 'value',
        message: { zh: `${field.zh}应为 YYYY-MM-DD 格式的有效日期，实际为${quote(value)}`, en: `${field.en} must be a valid YYYY-MM-DD date, not ${JSON.stringify(value)}` },
      };
    case 'minimum':
      return { path, target: 'value', message: { zh: `${field.zh}应不小于 ${params.limit}`, en: `${field.en} must be at least ${params.limit}` } };
    case 'minLength':
      return { path, target: 'value', message: { zh: `${field.zh}不能为空`, en: `${field.en} must not be empty` } };
    case 'anyOf': {
      const hint = schemaAt(path)?.['x-hint'] as LocalizedText | undefined;
      const message = hint ?? { zh: '不符合任何允许的形式', en: 'matches none of the allowed forms' };
      return { path, target: 'value', message: { zh: `${field.zh}${message.zh}，实际为${quote(value)}`, en: `${field.en} ${message.en}, not ${JSON.stringify(value)}` } };
    }
    default: {
      const english = error.message ?? error.keyword;
      const [chinese] = structuredClone([error]);
      localizeZh([chinese]);
      return { path, target: 'value', message: { zh: `${field.zh}${chinese.message ?? english}`, en: `${field.en} ${english}` } };
    }
  }
}

/**
 * Errors of an anyOf's branches only restate why the anyOf failed, and the anyOf's own error says it once.
 * (Branch errors cannot be told by schemaPath: behind a $ref it names the referenced definition.)
 */
function withoutBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'anyOf' || !anyOfAt.has(e.instancePath));
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let value: any = root;
  for (const segment of path) value = value?.[segment];
  return value;
}

/** The plan's schema violations; `imported` words a missing field as what the report does not state. */
export function checkPlanSchema(plan: unknown, options: { imported?: boolean } = {}): SchemaViolation[] {
  const validate = validator();
  if (validate(plan)) return [];
  return withoutBranchNoise(validate.errors ?? []).map((error) => {
    const path = toPath(error.instancePath);
    return describe(error, path, valueAt(plan, path), options.imported === true);
  });
}
