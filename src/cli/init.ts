import { access, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAME } from '../config/load-config.js';
import { PACKAGE_ROOT } from '../package-docs.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';

const STARTER_CONFIG = {
  extends: 'rectlint:recommended',
  files: ['**/*.json'],
  ignores: [],
  rules: {},
};

const SKELETON_PLAN = {
  inspection: { team: '区委第一巡察组', kind: '巡察', mode: '常规', inspectedUnit: '（被巡察单位）党组', period: { start: '2026-01-01', end: '2026-02-28' }, feedbackDate: '2026-03-15' },
  report: { kind: 'plan', title: '关于落实区委第一巡察组反馈意见的整改方案', date: '2026-03-31' },
  organization: { leadingGroup: { leader: { name: '（姓名）', post: '党组书记' } }, firstResponsible: { name: '（姓名）', post: '党组书记' } },
  aspects: [
    {
      id: '1',
      title: '（反馈意见的第一个方面）',
      problems: [
        {
          id: '1.1',
          title: '（问题标题）',
          feedback: '（巡察组反馈原文）',
          causes: ['（原因分析）'],
          responsibleLeader: '（责任领导）',
          responsibleDepartment: '（责任部门）',
          responsiblePerson: '（责任人）',
          deadline: '2026-06-30',
          measures: [{ text: '（整改措施：做什么、由谁做、何时完成）' }],
          status: 'not-started',
        },
      ],
    },
  ],
  commitments: [],
  meetings: [],
};

export const INIT_HELP = `rectlint init [--force] [--locale zh-CN|en]
rectlint init --ledger [FILE] [--force]

在当前目录写入起步配置 rectlint.config.json 和方案骨架 plan.json；文件已存在时不覆盖，除非给出 --force。
两个文件的 $schema 指向本机安装的 rectlint 所带的 JSON Schema，编辑器据此提示和校验。
骨架中的占位文字（如“（原因分析）”）在填写前都会被报告为缺少内容。

--ledger 写入 Excel 整改台账模板（默认 整改台账模板.xlsx）：表头各列即导入时识别的字段，整改状态为下拉列表，
整改时限与完成日期有日期校验，示例行为占位文字，原样交回的模板不会被判为合格。

Writes a starter rectlint.config.json and a skeleton plan.json here (never over existing files without --force);
their $schema points at the schemas of the installed rectlint. The skeleton's placeholders are reported as
missing content until they are filled in. --ledger writes the .xlsx 整改台账 template an office sends out instead
(default 整改台账模板.xlsx): every column one the importer reads, a status drop-down, date checks, an example row of
placeholders.
`;

/** The file `rectlint init --ledger` writes when no name is given. */
export const LEDGER_TEMPLATE_FILE = '整改台账模板.xlsx';

/**
 * Where an editor finds a schema from `dir`: the installed package's file, relative when it can be (as
 * ./node_modules/rectlint/schemas/… in a project that installed rectlint), else the schema's own address.
 */
export function schemaReference(dir: string, schema: 'config' | 'plan', { packageRoot }: { packageRoot?: string } = { packageRoot: PACKAGE_ROOT }): string {
  const file = `${schema}.schema.json`;
  if (!packageRoot) return `https://rectlint.dev/schemas/${file}`;
  const path = relative(dir, join(packageRoot, 'schemas', file));
  if (isAbsolute(path)) return join(packageRoot, 'schemas', file);
  const posix = path.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}

/**
 * `rectlint init`: a starter config and a skeleton plan; `rectlint init --ledger [FILE]`: the 整改台账 template an
 * office sends out (.xlsx). Never overwrites without --force.
 */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { force: { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ledger: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return EXIT.ok;
  }
  const en = chooseLocale(values.locale, io.env) === 'en';
  if (positionals.length > (values.ledger ? 1 : 0)) throw new UsageError(`rectlint init 不接受参数 ${positionals.join(' ')} (unexpected arguments; a file name goes with --ledger)`);
  if (values.ledger) return writeLedgerTemplate(positionals[0] ?? LEDGER_TEMPLATE_FILE, io, { force: values.force, en });
  const files = [
    [join(io.cwd, CONFIG_FILE_NAME), { $schema: schemaReference(io.cwd, 'config'), ...STARTER_CONFIG }],
    [join(io.cwd, 'plan.json'), { $schema: schemaReference(io.cwd, 'plan'), ...SKELETON_PLAN }],
  ] as const;
  for (const [file] of files) {
    const exists = await access(file).then(() => true, () => false);
    if (exists && !values.force) throw new UsageError(en ? `${file} exists; use --force to overwrite` : `${file} 已存在；用 --force 覆盖 (exists; use --force to overwrite)`);
  }
  for (const [file, content] of files) {
    await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
    io.stdout.write(en ? `wrote ${file}\n` : `已写入 ${file}\n`);
  }
  io.stdout.write(
    en
      ? 'Fill in plan.json (every （…） is a placeholder), then run: rectlint check\n'
      : '请填写 plan.json（带括号的“（…）”都是占位文字），然后运行：rectlint check\n',
  );
  return EXIT.ok;
}

async function writeLedgerTemplate(name: string, io: CliIo, options: { force?: boolean; en: boolean }): Promise<number> {
  if (!name.toLowerCase().endsWith('.xlsx')) throw new UsageError(`台账模板须为 .xlsx 文件：${name} (the ledger template is an .xlsx file)`);
  const file = resolve(io.cwd, name);
  const exists = await access(file).then(() => true, () => false);
  if (exists && !options.force) throw new UsageError(options.en ? `${file} exists; use --force to overwrite` : `${file} 已存在；用 --force 覆盖 (exists; use --force to overwrite)`);
  const { ledgerTemplate } = await import('./ledger-template.js');
  await writeFile(file, await ledgerTemplate());
  io.stdout.write(options.en ? `wrote ${file}\nSend it to the units; check what they return with: rectlint check FILE.xlsx\n` : `已写入 ${file}\n下发各单位填写，收回后运行：rectlint check 文件.xlsx\n`);
  return EXIT.ok;
}
