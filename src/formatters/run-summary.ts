/**
 * The line a run closes with (stylish, markdown): whether the gate passed and why not, how many plans were
 * accepted and returned, the findings by severity and the average score. It is worded from the same gate as
 * the exit code, so a run that exits 1 or 2 never closes with ✔.
 */
import type { FileResult } from '../run/file-result.js';
import { judgeRun, type GateFailure, type RunGate } from '../run/gate.js';
import type { FormatterContext } from './types.js';

function failureText(failure: GateFailure, en: boolean): string {
  switch (failure.kind) {
    case 'unmatched':
      return en ? `no plan file matches "${failure.pattern}"` : `没有整改方案文件匹配 “${failure.pattern}”`;
    case 'nothing-checked':
      return en ? 'no plan was checked' : '没有检查任何方案';
    case 'internal-error':
      return en ? `a rule crashed on ${count(failure.plans, 'plan')}` : `${failure.plans} 份方案检查时规则出错`;
    case 'returned':
      return en ? `${count(failure.plans, 'plan')} returned` : `${failure.plans} 份方案退回修改`;
    case 'max-warnings':
      return en ? `${count(failure.warnings, 'warning')}, more than --max-warnings ${failure.maxWarnings}` : `警告 ${failure.warnings} 个，超过 --max-warnings ${failure.maxWarnings}`;
  }
}

/** "1 plan", "2 plans": English counts agree with their noun. */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

export interface RunSummary {
  text: string;
  passed: boolean;
}

export function runSummary(results: readonly FileResult[], context: Pick<FormatterContext, 'locale' | 'gate'>): RunSummary {
  const en = context.locale === 'en';
  const gate: RunGate = context.gate ?? judgeRun(results, { allowNothing: true });
  const passed = gate.code === 0;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const infos = results.reduce((n, r) => n + r.infoCount, 0);
  const accepted = results.filter((r) => r.verdict.key === 'accepted').length;
  // An accepted plan whose verdict has limits is counted apart, so the closing line never says more than was checked.
  const acceptedWithLimits = results.filter((r) => r.verdict.key === 'accepted' && r.verdict.limits).length;
  const head = passed
    ? en ? '✔ passed' : '✔ 通过'
    : `✖ ${en ? 'failed' : '未通过'}${en ? ': ' : '：'}${gate.failures.map((f) => failureText(f, en)).join(en ? '; ' : '；')}`;
  const parts = [head];
  if (results.length === 0) {
    if (!gate.failures.some((f) => f.kind === 'nothing-checked')) parts.push(failureText({ kind: 'nothing-checked' }, en));
    return { text: parts.join(' · '), passed };
  }
  const total = errors + warnings + infos;
  const average = Math.round((10 * results.reduce((n, r) => n + r.score.score, 0)) / results.length) / 10;
  if (en) {
    parts.push(
      `${count(results.length, 'plan')}, ${accepted} accepted${acceptedWithLimits > 0 ? ` (${acceptedWithLimits} with no problem checked item by item)` : ''}`,
      `${count(total, 'finding')} (${count(errors, 'error')}, ${count(warnings, 'warning')}, ${infos} info)`,
      `average score ${average}`,
    );
  } else {
    parts.push(
      `${results.length} 份方案，${accepted} 份通过${acceptedWithLimits > 0 ? `（其中 ${acceptedWithLimits} 份未逐条核对任何问题）` : ''}`,
      `审核发现 ${total} 条（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`,
      `平均得分 ${average}`,
    );
  }
  return { text: parts.join(' · '), passed };
}
