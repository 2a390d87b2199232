import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAME } from '../config/load-config.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

const STARTER_CONFIG = {
  $schema: './node_modules/rectlint/schemas/config.schema.json',
  extends: 'rectlint:recommended',
  files: ['**/*.json'],
  ignores: [],
  rules: {},
};

const SKELETON_PLAN = {
  $schema: './node_modules/rectlint/schemas/plan.schema.json',
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

/** `rectlint init`: a starter config and a skeleton plan; never overwrites without --force. */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { force: { type: 'boolean' } }, strict: true });
  const files = [
    [join(io.cwd, CONFIG_FILE_NAME), STARTER_CONFIG],
    [join(io.cwd, 'plan.json'), SKELETON_PLAN],
  ] as const;
  for (const [file] of files) {
    const exists = await access(file).then(() => true, () => false);
    if (exists && !values.force) throw new UsageError(`${file} 已存在；用 --force 覆盖 (exists; use --force to overwrite)`);
  }
  for (const [file, content] of files) {
    await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
    io.stdout.write(`wrote ${file}\n`);
  }
  return EXIT.ok;
}
