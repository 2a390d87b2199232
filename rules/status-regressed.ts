import { arrayOf, defineRule, isCompletedStatus, isIsoDate, isNonEmptyString, NOT_APPLICABLE, statusInfo, withSubItems } from '../src/rule-kit/index.js';
import type { Measure, Problem, Status } from '../src/types/plan.js';
import { counterpartTask } from './support/against-plan.js';

/** How far along a status is: a later document may stay or move up, never down. */
const PROGRESS: Record<Status, number> = {
  'not-started': 0,
  'in-progress': 1,
  'not-done': 1,
  postponed: 1,
  'basically-done': 2,
  ongoing: 2,
  done: 3,
  'done-ongoing': 3,
};

function hasEvidence(problem: Problem): boolean {
  return withSubItems(problem).some((p) => arrayOf(p.evidence).length > 0 || arrayOf<Measure>(p.measures).some((m) => arrayOf(m?.evidence).length > 0));
}

export default defineRule({
  meta: {
    id: 'status-regressed',
    scope: 'previous',
    type: 'problem',
    category: 'consistency',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '与所依据的方案相比，问题或任务的状态倒退（如“已完成”变回“正在推进”），或新标为已完成却没有完成日期和佐证材料',
        en: 'Compared with the plan it is based on, a problem’s or task’s status went backwards (done → in progress), or became completed with no completion date and evidence',
      },
      basis: '已整改须整改证据充分、适当 (L-lanshan); 对敷衍整改、虚假整改严肃问责 (C-3lists, L-liaocheng); 逐项收集佐证资料 (L-qianyang)',
    },
    messages: {
      regressed: {
        zh: '问题 {{id}} 的状态由方案的“{{before}}”（{{relatedPlace}}）退回“{{after}}”',
        en: 'problem {{id}} went back from "{{beforeEn}}" in the plan ({{relatedPlace}}) to "{{afterEn}}"',
      },
      measureRegressed: {
        zh: '整改任务 {{id}} 的状态由方案的“{{before}}”（{{relatedPlace}}）退回“{{after}}”',
        en: 'task {{id}} went back from "{{beforeEn}}" in the plan ({{relatedPlace}}) to "{{afterEn}}"',
      },
      completedUnproven: {
        zh: '问题 {{id}} 由方案的“{{before}}”（{{relatedPlace}}）改为“{{after}}”，但没有写明{{missing}}',
        en: 'problem {{id}} went from "{{beforeEn}}" in the plan ({{relatedPlace}}) to "{{afterEn}}" with no {{missingEn}}',
      },
    },
  },
  create(context) {
    const previous = context.previous!;
    const words = (before: unknown, after: unknown) => {
      const [b, a] = [statusInfo(before)!, statusInfo(after)!];
      return { before: b.zh, beforeEn: b.en, after: a.zh, afterEn: a.en };
    };
    return {
      problem(problem, path) {
        const counterpart = previous.counterpartOf(problem);
        const before = counterpart?.problem.status;
        if (!counterpart || !statusInfo(before) || !statusInfo(problem.status)) return NOT_APPLICABLE;
        const related = [{ in: previous, path: [...counterpart.path, 'status'] }];
        const data = { id: problem.id ?? '', ...words(before, problem.status) };
        if (PROGRESS[problem.status!] < PROGRESS[before!]) return void context.report({ path: [...path, 'status'], messageId: 'regressed', data, related });
        if (isCompletedStatus(before) || !isCompletedStatus(problem.status)) return undefined;
        const missing: [string, string][] = [];
        if (!isIsoDate(problem.completionDate)) missing.push(['完成日期', 'completion date']);
        if (!hasEvidence(problem)) missing.push(['佐证材料', 'evidence']);
        if (missing.length > 0) {
          context.report({ path: [...path, 'status'], messageId: 'completedUnproven', data: { ...data, missing: missing.map(([zh]) => zh).join('和'), missingEn: missing.map(([, en]) => en).join(' and ') }, related });
        }
        return undefined;
      },
      measure(measure, path, scope) {
        const counterpart = previous.counterpartOf(scope.problem);
        const planned = counterpart && isNonEmptyString(measure.id) ? counterpartTask(counterpart.problem, scope.problem, measure.id) : undefined;
        const before = planned?.measure.status;
        if (!planned || !statusInfo(before) || !statusInfo(measure.status)) return NOT_APPLICABLE;
        if (PROGRESS[measure.status!] < PROGRESS[before!]) {
          context.report({ path: [...path, 'status'], messageId: 'measureRegressed', data: { id: measure.id!, ...words(before, measure.status) }, related: [{ in: previous, path: [...counterpart!.path, 'measures', planned.index, 'status'] }] });
        }
        return undefined;
      },
    };
  },
});
