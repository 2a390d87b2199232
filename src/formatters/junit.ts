import type { FileResult } from '../run/file-result.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { problemKeyOf } from '../core/problem-key.js';
import { verdictText } from '../core/verdict.js';
import { whereText } from './place.js';
import { displayName } from './report/plan-summary.js';
import type { Formatter, FormatterContext } from './types.js';
import { severityWord } from './words.js';
import { escapeXml } from './xml-escape.js';

/**
 * JUnit XML for GitLab and Jenkins test reports: a testsuite per plan file, a testcase per problem and one for
 * the plan-level checks; a case fails on its error and warning findings (all of them in one <failure>), a file
 * that cannot be read or a rule that crashed is an <error>. Valid against both the Jenkins xUnit schema and
 * the strict Ant schema (hence the fixed package, id, hostname and a timestamp from the as-of date).
 */

interface Case {
  name: string;
  findings: Diagnostic[];
}

const PLAN_LEVEL = { 'zh-CN': '方案整体', en: 'plan-level checks' } as const;

function line(d: Diagnostic, context: FormatterContext): string {
  return `${whereText(d.range, context.locale)} ${severityWord(d.severity, context.locale)} ${d.message} [${d.ruleId}]`;
}

/** The plan-level case, then one per problem: those the score checked, in plan order, and any other a finding names. */
function casesOf(result: FileResult, context: FormatterContext): Case[] {
  const planLevel: Case = { name: PLAN_LEVEL[context.locale], findings: [] };
  const byProblem = new Map<string, Case>();
  const problemCase = (key: string, problemId: string | undefined) => {
    if (!byProblem.has(key)) byProblem.set(key, { name: `${context.locale === 'en' ? 'problem' : '问题'} ${problemId ?? key}`, findings: [] });
    return byProblem.get(key)!;
  };
  for (const problem of result.score.byProblem) problemCase(problem.path.join('/'), problem.problemId);
  for (const d of result.diagnostics) {
    if (d.severity === 'info') continue;
    const key = problemKeyOf(d.path);
    (key === undefined ? planLevel : problemCase(key, d.problemId)).findings.push(d);
  }
  return [planLevel, ...byProblem.values()];
}

function testcase(test: Case, classname: string, context: FormatterContext): string {
  const open = `    <testcase name="${escapeXml(test.name)}" classname="${escapeXml(classname)}" time="0"`;
  if (test.findings.length === 0) return `${open}/>`;
  const broken = test.findings.some((d) => d.fatal || d.internal);
  const element = broken ? 'error' : 'failure';
  const types = [...new Set(test.findings.map((d) => d.ruleId))].join(',');
  const message = test.findings.length === 1 ? test.findings[0].message : `${test.findings[0].message} (+${test.findings.length - 1})`;
  const body = test.findings.map((d) => escapeXml(line(d, context))).join('&#10;');
  return `${open}>\n      <${element} message="${escapeXml(message)}" type="${escapeXml(types)}">${body}</${element}>\n    </testcase>`;
}

/** The first case of every suite: the plan's verdict, failing when the plan is returned, so the report agrees with the gate. */
function verdictCase(result: FileResult, classname: string, en: boolean): string {
  const open = `    <testcase name="${en ? 'verdict' : '审核结论'}" classname="${escapeXml(classname)}" time="0"`;
  if (result.verdict.key === 'accepted') return `${open}/>`;
  const text = escapeXml(verdictText(result.verdict, en));
  return `${open}>\n      <failure message="${text}" type="verdict">${text}</failure>\n    </testcase>`;
}

function testsuite(result: FileResult, id: number, context: FormatterContext): string {
  const name = displayName(result.filePath, context.cwd);
  const cases = casesOf(result, context);
  const failed = (test: Case) => test.findings.length > 0;
  const errors = cases.filter((test) => failed(test) && test.findings.some((d) => d.fatal || d.internal)).length;
  const failures = cases.filter(failed).length - errors + (result.verdict.key === 'returned' ? 1 : 0);
  const notes = [
    ...result.diagnostics.filter((d) => d.severity === 'info').map((d) => line(d, context)),
    ...(result.suppressed ?? []).map((d) => `${line(d, context)} — ${context.locale === 'en' ? 'suppressed' : '已豁免'}: ${d.suppression!.reason}`),
  ];
  const en = context.locale === 'en';
  const properties = [
    ['score', String(result.score.score)],
    ['grade', result.score.grade.label[en ? 'en' : 'zh']],
    ['verdict', result.verdict.key],
    ['verdictText', verdictText(result.verdict, en)],
    ['passMark', String(result.verdict.passMark)],
    ['asOf', result.asOf],
  ];
  return [
    `  <testsuite name="${escapeXml(name)}" package="rectlint" id="${id}" timestamp="${result.asOf}T00:00:00" hostname="rectlint" tests="${cases.length + 1}" failures="${failures}" errors="${errors}" skipped="0" time="0">`,
    '    <properties>',
    ...properties.map(([key, value]) => `      <property name="${key}" value="${escapeXml(value)}"/>`),
    '    </properties>',
    verdictCase(result, name, en),
    ...cases.map((test) => testcase(test, name, context)),
    `    <system-out>${notes.map(escapeXml).join('&#10;')}</system-out>`,
    '    <system-err></system-err>',
    '  </testsuite>',
  ].join('\n');
}

const junit: Formatter = (results, context) =>
  ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...results.map((result, id) => testsuite(result, id, context)), '</testsuites>', ''].join('\n');

export default junit;
