import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { runCli } from '../cli/run-cli.js';
import { publishedBase, publishedRuleDocUrl } from '../../src/package-docs.js';
import pkg from '../../package.json' with { type: 'json' };

const SHARED = resolve(import.meta.dirname, '../../../shared/data');
const REPO_DOCS = resolve(import.meta.dirname, '../../docs/rules');
const CORE_RULES = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'];
const CONFIG = { extends: [], rules: Object.fromEntries(CORE_RULES.map((id) => [id, 'error'])) };

/** Problem 1.1 without causes (an error), problem 1.2 without causes but suppressed, and a status with `%`, `,` and a line break. */
function planWithFindings(): any {
  const plan: any = basePlan();
  const first = plan.aspects[0].problems[0];
  delete first.causes;
  const second = structuredClone(first);
  second.id = '1.2';
  second['x-rectlint'] = { disable: ['require-cause-analysis'], reason: '原因分析见党组会议纪要', approvedBy: '区委巡察办', until: '2022-12-31' };
  first.measures[0].status = '50%,\n完成';
  plan.aspects[0].problems.push(second);
  return plan;
}

function project() {
  return tempProject({ 'rectlint.config.json': CONFIG, 'plans/a.json': planWithFindings(), 'plans/broken.json': '{\n  "inspection": \n' });
}

async function formatted(root: string, format: string, extraArgs: string[] = []): Promise<string> {
  const out = join(root, `out.${format}`);
  const run = await runCli(['check', 'plans', '-f', `${format}:${out}`, ...extraArgs], root);
  expect(run.code).toBe(1);
  return readFileSync(out, 'utf8');
}

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function xmllint(file: string, schema?: string): { status: number | null; stderr: string } {
  const args = ['--noout', ...(schema ? ['--schema', schema] : []), file];
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0, describes every rule in Chinese and English with a help URI, and places each result', async () => {
    const root = project();
    const log = JSON.parse(await formatted(root, 'sarif'));
    // A CommonJS module: its class is the default export's `default` for TypeScript, itself at run time.
    const Ajv04 = ((Ajv04Module as any).default ?? Ajv04Module) as typeof Ajv04Module.default;
    const ajv = new Ajv04({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(SHARED, 'sarif/sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);

    const [run] = log.runs;
    const rules = run.tool.driver.rules;
    const ids = rules.map((r: any) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining([...CORE_RULES, 'parse', 'schema', 'duplicate-key', 'rule-error', 'suppression']));
    for (const rule of rules) {
      expect(rule.properties.description.zh, rule.id).toMatch(/[\u4e00-\u9fa5]/);
      expect(rule.properties.description.en, rule.id).toMatch(/[a-z]/);
      expect(rule.fullDescription.text).toContain(rule.properties.description.en);
      // The published page of this version, never a path on the machine that ran the check.
      if (rule.helpUri === undefined) continue;
      expect(rule.helpUri, rule.id).toBe(`https://github.com/rectlint/rectlint/blob/v${pkg.version}/docs/rules/${rule.id}.md`);
      expect(existsSync(join(REPO_DOCS, `${rule.id}.md`)), rule.id).toBe(true);
    }

    const text = toText(planWithFindings());
    const byRule = (id: string) => run.results.filter((r: any) => r.ruleId === id);
    for (const result of run.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
    const [cause, suppressed] = byRule('require-cause-analysis');
    expect(cause.level).toBe('error');
    expect(cause.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'plans/a.json', uriBaseId: 'SRCROOT', index: 0 });
    // A missing property is placed on its problem: from the opening brace, the line above, through its id.
    const id = positionOf(text, '"id": "1.1"');
    expect(cause.locations[0].physicalLocation.region).toMatchObject({ startLine: id.line - 1, startColumn: id.column - 2, endLine: id.line, endColumn: id.column + '"id": "1.1"'.length });
    expect(cause.suppressions).toBeUndefined();
    expect(suppressed.properties.problemId).toBe('1.2');
    expect(suppressed.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: '原因分析见党组会议纪要', properties: { approvedBy: '区委巡察办', until: '2022-12-31', path: '/aspects/0/problems/1' } },
    ]);
    const [parse] = byRule('parse');
    expect(parse.locations[0].physicalLocation.artifactLocation.uri).toBe('plans/broken.json');
    expect(parse.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 1 });
    expect(run.artifacts.map((a: any) => [a.location.uri, a.properties.score])).toEqual([
      ['plans/a.json', expect.any(Number)],
      ['plans/broken.json', 0],
    ]);
  });

  it('keeps fingerprints when lines move: an edit elsewhere changes regions, not partialFingerprints', async () => {
    const root = project();
    const before = JSON.parse(await formatted(root, 'sarif')).runs[0].results;
    const moved: any = planWithFindings();
    moved.inspection.team = '区委第一专项巡察组';
    moved.inspection['x-note'] = '插入的说明\n多占几行';
    const movedText = `\n\n\n${toText(moved)}`;
    const edited = tempProject({ 'rectlint.config.json': CONFIG, 'plans/a.json': movedText, 'plans/broken.json': '{\n  "inspection": \n' });
    const after = JSON.parse(await formatted(edited, 'sarif')).runs[0].results;
    const fingerprints = (results: any[]) => results.map((r) => r.partialFingerprints['rectlint/v1']);
    expect(fingerprints(after)).toEqual(fingerprints(before));
    expect(new Set(fingerprints(before)).size).toBe(before.length);
    const startLines = (results: any[]) => results.filter((r) => r.ruleId === 'require-cause-analysis').map((r) => r.locations[0].physicalLocation.region.startLine);
    expect(startLines(after)).toEqual([positionOf(movedText, '"id": "1.1"').line - 1, positionOf(movedText, '"id": "1.2"').line - 1]);
    expect(startLines(after)).not.toEqual(startLines(before));
  });
});

describe('junit', () => {
  it('has a testsuite per file and a testcase per problem plus one for plan-level checks; failures carry the findings', async () => {
    const xml = await formatted(project(), 'junit');
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)"[^>]* tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)].map((m) => m.slice(1));
    // a.json: the verdict (returned: failed), plan-level, 1.1 (failed), 1.2 (its finding is suppressed);
    // broken.json: the verdict (failed) and the plan-level case, an error.
    expect(suites).toEqual([
      ['plans/a.json', '4', '2', '0'],
      ['plans/broken.json', '2', '1', '1'],
    ]);
    expect(xml).toContain('<testcase name="审核结论" classname="plans/a.json" time="0">\n      <failure message="退回修改（2 个错误）" type="verdict">退回修改（2 个错误）</failure>');
    expect(xml).toContain('<property name="verdict" value="returned"/>');
    expect(xml).toContain('<testcase name="问题 1.1" classname="plans/a.json" time="0">');
    expect(xml).toMatch(/<failure message="问题 1\.1 缺少原因分析(?: \(\+\d+\))?" type="[^"]*require-cause-analysis/);
    expect(xml).toContain('<testcase name="问题 1.2" classname="plans/a.json" time="0"/>');
    expect(xml).toMatch(/<error message="[^"]+" type="parse">3:1 错误 /);
    expect(xml).toContain('已豁免: 原因分析见党组会议纪要');
  });

  it.skipIf(!hasXmllint)('validates against the Jenkins xUnit schema and the strict Ant schema (xmllint)', async () => {
    const root = project();
    await formatted(root, 'junit');
    for (const schema of ['jenkins-xunit-junit-10.xsd', 'windyroad-ant-JUnit.xsd']) {
      const result = xmllint(join(root, 'out.junit'), join(SHARED, 'junit', schema));
      expect(result, schema).toMatchObject({ status: 0 });
    }
  });
});

describe('checkstyle', () => {
  it('lists each finding under its file, with rectlint.<rule> as source, and escapes plan text', async () => {
    const root = project();
    const xml = await formatted(root, 'checkstyle');
    expect(xml).toContain(`<file name="${join(root, 'plans/a.json')}">`);
    expect(xml).toMatch(/<error line="\d+" column="\d+" severity="error" message="问题 1\.1 缺少原因分析 \(require-cause-analysis\)" source="rectlint\.require-cause-analysis"\/>/);
    expect(xml).toContain('50%,&#10;完成');
    if (hasXmllint) expect(xmllint(join(root, 'out.checkstyle')).status).toBe(0);
  });
});

describe('github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50%\r\n完成')).toBe('50%25%0D%0A完成');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('writes one workflow command per finding, located, with the message escaped', async () => {
    const lines = (await formatted(project(), 'github')).trimEnd().split('\n');
    const id = positionOf(toText(planWithFindings()), '"id": "1.1"');
    const [line, col] = [id.line - 1, id.column - 2];
    expect(lines).toContain(`::error file=plans/a.json,line=${line},endLine=${id.line},col=${col},endColumn=${id.column + '"id": "1.1"'.length},title=rectlint require-cause-analysis::问题 1.1 缺少原因分析`);
    expect(lines.some((line) => line.startsWith('::error file=plans/broken.json,line=3,') && line.includes('title=rectlint parse::'))).toBe(true);
    const schemaLine = lines.find((line) => line.includes('rectlint schema'))!;
    expect(schemaLine).toContain('50%25,%0A完成');
    expect(lines.every((line) => line.startsWith('::'))).toBe(true);
  });
});

describe('markdown', () => {
  it('is a summary table per plan with findings folded underneath, cells escaped', async () => {
    const md = await formatted(project(), 'markdown');
    expect(md).toContain('| 方案 | 得分 | 等级 | 结论 | 错误 | 警告 | 提示 | 已豁免 |');
    expect(md).toMatch(/\| plans\/a\.json \| [\d.]+ \| 不合格 \| 退回修改（2 个错误） \| 2 \| 0 \| 0 \| 1 \|/);
    expect(md).toContain('| plans/broken.json | 0 | 不合格 | 退回修改（文件无法作为整改方案读取） | 1 | 0 | 0 | 0 |');
    expect(md).toContain('✖ 未通过：2 份方案退回修改 · 2 份方案，0 份通过 · 审核发现 3 条（3 个错误，0 个警告，0 个提示） · 平均得分');
    expect(md).toContain('<details><summary>plans/a.json：2 条审核发现</summary>');
    expect(md).toContain('| 3:1 | 错误 |');
    expect(md).toMatch(/50%,\s完成/);
    const english = await formatted(project(), 'markdown', ['--locale', 'en']);
    expect(english).toContain('| plan | score | grade | verdict | errors | warnings | infos | suppressed |');
    expect(english).toContain('<details><summary>plans/a.json: 2 findings</summary>');
  });
});

describe('where a rule is documented, for a reader on another machine', () => {
  it('is the page of this version in the repository package.json names; the installed file only without one', () => {
    expect(publishedBase('git+https://github.com/rectlint/rectlint.git', '1.2.3')).toBe('https://github.com/rectlint/rectlint/blob/v1.2.3/');
    expect(publishedBase({ type: 'git', url: 'https://gitlab.example.org/office/rectlint' }, '0.1.0')).toBe('https://gitlab.example.org/office/rectlint/blob/v0.1.0/');
    expect(publishedBase('github:office/rectlint', '2.0.0')).toBe('https://github.com/office/rectlint/blob/v2.0.0/');
    expect(publishedBase(undefined, '0.1.0')).toBeUndefined();
    const meta = { id: 'overdue', docs: { description: { zh: '', en: '' } } } as any;
    expect(publishedRuleDocUrl('overdue', meta)).toBe(`https://github.com/rectlint/rectlint/blob/v${pkg.version}/docs/rules/overdue.md`);
    expect(publishedRuleDocUrl('overdue', meta, null)).toBe(pathToFileURL(join(REPO_DOCS, 'overdue.md')).href);
    expect(publishedRuleDocUrl('overdue', { ...meta, docs: { ...meta.docs, url: 'https://plugin.example/overdue' } })).toBe('https://plugin.example/overdue');
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });
});
