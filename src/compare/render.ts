/** `rectlint diff`'s two outputs: a terminal summary (stylish) and the whole comparison (json). */
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceRange } from '../core/source-range.js';
import type { Styles } from '../formatters/styles.js';
import type { Locale } from '../rule-kit/types.js';
import type { VersionDiff } from './index.js';
import type { ComparedField, ProblemRef } from './problems.js';

/** What the outputs say of each version besides the comparison. */
export interface VersionSummary {
  name: string;
  score: number;
  verdict: string;
}

export const FIELD_WORDS: Record<ComparedField, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  deadline: { zh: '整改时限', en: 'deadline' },
  status: { zh: '状态', en: 'status' },
  responsibleLeader: { zh: '责任领导', en: 'responsible leader' },
  responsibleDepartment: { zh: '责任部门', en: 'responsible department' },
  responsiblePerson: { zh: '责任人', en: 'responsible person' },
  measures: { zh: '措施条数', en: 'measures' },
};

const at = (range: SourceRange | undefined) => (range ? `${range.start.line}:${range.start.column}` : '');
const problem = (p: ProblemRef) => `${p.id} ${p.title}`.trim();

export function renderStylish(diff: VersionDiff, versions: [VersionSummary, VersionSummary], locale: Locale, styles: Styles): string {
  const en = locale === 'en';
  const [before, after] = versions;
  const { problems, findings } = diff;
  const lines = [styles.bold(`${before.name} → ${after.name}`), ''];
  lines.push(
    en
      ? `problems: ${problems.added.length} added · ${problems.dropped.length} dropped · ${problems.moved.length} moved · ${problems.changed.length} changed`
      : `问题：新增 ${problems.added.length} · 删去 ${problems.dropped.length} · 移动 ${problems.moved.length} · 修改 ${problems.changed.length}`,
  );
  for (const p of problems.added) lines.push(`  ${styles.green('+')} ${problem(p)}  ${styles.dim(`${after.name}:${at(p.range)}`)}`);
  for (const p of problems.dropped) lines.push(`  ${styles.red('-')} ${problem(p)}  ${styles.dim(`${before.name}:${at(p.range)}`)}`);
  for (const m of problems.moved) {
    const how = m.by === 'title' ? (en ? ` (matched by title, ${Math.round((m.similarity ?? 0) * 100)}%)` : `（按标题对应，相似度 ${Math.round((m.similarity ?? 0) * 100)}%）`) : '';
    const where = m.fromAspect !== undefined ? (en ? `, from “${m.fromAspect}” to “${m.toAspect}”` : `，由“${m.fromAspect}”移至“${m.toAspect}”`) : '';
    lines.push(`  ${styles.yellow('↷')} ${m.from.id} → ${problem(m.to)}${how}${where}`);
  }
  for (const { problem: p, changes } of problems.changed) {
    for (const c of changes) lines.push(`  ${styles.yellow('~')} ${p.id} ${FIELD_WORDS[c.field][en ? 'en' : 'zh']}${en ? ':' : '：'}${c.from || '—'} → ${c.to || '—'}`);
  }
  lines.push('');
  lines.push(
    en
      ? `findings: ${findings.fixed.length} fixed · ${findings.new.length} new · ${findings.remaining.length} remaining · ${findings.goneWithProblem.length} gone with their problem`
      : `审核发现：已整改 ${findings.fixed.length} · 新增 ${findings.new.length} · 仍存在 ${findings.remaining.length} · 随问题删去 ${findings.goneWithProblem.length}`,
  );
  const finding = (mark: string, d: Diagnostic, name: string) => `  ${mark} ${styles.dim(`${name}:${at(d.range)}`)}  ${d.message}  ${styles.dim(d.ruleId)}`;
  for (const d of findings.fixed) lines.push(finding(styles.green('✔'), d, before.name));
  for (const d of findings.new) lines.push(finding(styles.red('✖'), d, after.name));
  lines.push('');
  const delta = Math.round((after.score - before.score) * 10) / 10;
  lines.push(en ? `score ${before.score} → ${after.score} (${delta >= 0 ? '+' : ''}${delta}) · ${before.verdict} → ${after.verdict}` : `得分 ${before.score} → ${after.score}（${delta >= 0 ? '+' : ''}${delta}） · 结论 ${before.verdict} → ${after.verdict}`);
  return `${lines.join('\n')}\n`;
}

function placed(d: Diagnostic) {
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, line: d.range.start.line, column: d.range.start.column, path: d.path, ...(d.problemId !== undefined ? { problemId: d.problemId } : {}) };
}

function placedProblem(p: ProblemRef) {
  return { id: p.id, title: p.title, path: p.path, ...(p.range ? { line: p.range.start.line, column: p.range.start.column } : {}) };
}

export function renderJson(diff: VersionDiff, versions: [VersionSummary, VersionSummary]): string {
  const { problems, findings } = diff;
  const output = {
    before: versions[0],
    after: versions[1],
    problems: {
      added: problems.added.map(placedProblem),
      dropped: problems.dropped.map(placedProblem),
      moved: problems.moved.map((m) => ({ ...m, from: placedProblem(m.from), to: placedProblem(m.to) })),
      changed: problems.changed.map((c) => ({ problem: placedProblem(c.problem), changes: c.changes })),
    },
    findings: { fixed: findings.fixed.map(placed), new: findings.new.map(placed), remaining: findings.remaining.map(placed), goneWithProblem: findings.goneWithProblem.map(placed) },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
