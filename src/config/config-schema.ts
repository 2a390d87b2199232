import { FIELD_IDS, FIELDS } from '../import/lexicon.js';
import type { Rule } from '../rule-kit/types.js';

const SEVERITY = { enum: ['off', 'info', 'warn', 'error', 0, 1, 2], title: '级别', description: 'off, info, warn or error; or ESLint\'s 0 (off), 1 (warn), 2 (error).' };

function ruleSettingSchema(rule?: Rule): Record<string, unknown> {
  // Options of a plugin's rule are unknown here; the loader checks them against the rule's own schema.
  const options = rule?.meta.options ?? (rule ? { type: 'object', properties: {}, additionalProperties: false } : { type: 'object' });
  const described = rule ? { title: rule.meta.docs.description.zh, description: rule.meta.docs.description.en } : {};
  return {
    ...described,
    anyOf: [
      { $ref: '#/$defs/severity' },
      {
        type: 'object',
        required: ['severity'],
        properties: { severity: { $ref: '#/$defs/severity' }, options },
        additionalProperties: false,
      },
    ],
  };
}

/** The config file's JSON Schema; rule entries come from the rules' own metadata. */
export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSettingSchema(rule)]));
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  const ruleMap = {
    type: 'object',
    title: '规则设置',
    description: 'Rule id → severity, or {severity, options}.',
    properties: ruleProperties,
    additionalProperties: { $ref: '#/$defs/ruleSetting' },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://rectlint.dev/schemas/config.schema.json',
    title: 'rectlint 配置',
    description: 'rectlint.config.json: presets, rules, files and overrides.',
    type: 'object',
    properties: {
      $schema: { type: 'string', title: '模式', description: 'The JSON Schema this file declares, for editors.' },
      extends: {
        title: '继承',
        description: 'Presets (rectlint:recommended, rectlint:strict, rectlint:publish) or config files to start from; rectlint:recommended when absent, nothing with [].',
        anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
      },
      plugins: { ...globs, title: '插件', description: 'Modules exporting rules: package names or paths relative to this file.' },
      rules: ruleMap,
      weights: {
        type: 'object',
        title: '评分权重',
        description: 'Rule id → weight of one check in the compliance score.',
        additionalProperties: { type: 'number', minimum: 0 },
      },
      files: { ...globs, title: '检查文件', description: 'Globs of plan files to check when a directory is given.' },
      ignores: { ...globs, title: '忽略文件', description: 'Globs of files never to check.' },
      import: IMPORT,
      overrides: {
        type: 'array',
        title: '按文件覆盖',
        description: 'Rule settings for files matching globs.',
        items: {
          type: 'object',
          required: ['files'],
          properties: {
            files: { ...globs, minItems: 1, title: '匹配文件', description: 'Globs relative to this file.' },
            ignores: { ...globs, title: '排除文件', description: 'Globs excluded from this override.' },
            rules: ruleMap,
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
    $defs: { severity: SEVERITY, ruleSetting: ruleSettingSchema(), fieldWords: FIELD_WORDS },
  };
}

/** An office's own words for the importer's fields (src/import/lexicon.ts): field id → words. */
const FIELD_WORDS = {
  type: 'object',
  title: '字段用词',
  description: 'Field id → extra words naming it.',
  properties: Object.fromEntries(
    FIELD_IDS.map((id) => [id, { type: 'array', items: { type: 'string', minLength: 1 }, title: FIELDS[id].zh, description: `Words for the ${FIELDS[id].en} field.` }]),
  ),
  additionalProperties: false,
};

/** `import`: how reports and ledgers are read, in the office's own words. */
const IMPORT = {
  type: 'object',
  title: '导入',
  description: 'How reports and ledgers are read: the office’s own labels and column headers.',
  properties: {
    fields: { $ref: '#/$defs/fieldWords', title: '字段名称', description: 'Extra labels naming each field, in prose (问题根源：…) and as column headers.' },
    columns: { $ref: '#/$defs/fieldWords', title: '表头名称', description: 'Extra column headers naming each field in a ledger (not read as labels in prose).' },
  },
  additionalProperties: false,
};
