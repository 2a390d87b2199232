import { defineRule, isObject, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import type { Declared } from '../src/types/plan.js';

type StatusKey = 'completed' | 'inProgress' | 'basicallyDone' | 'ongoing' | 'notDone';

const PARTS: readonly { key: StatusKey; zh: string; en: string }[] = [
  { key: 'completed', zh: '已完成', en: 'done' },
  { key: 'inProgress', zh: '正在推进', en: 'in progress' },
  { key: 'basicallyDone', zh: '基本完成', en: 'basically done' },
  { key: 'ongoing', zh: '持续整改', en: 'continuing' },
  { key: 'notDone', zh: '未完成', en: 'not done' },
];

const RATE = /^(\d+)(?:\.(\d+))?%$/u;

/** completed ÷ total as a percentage rounded to the printed decimals, e.g. 688/697 at 2 decimals → "98.71". */
export function expectedRate(completed: number, total: number, decimals: number): string {
  const scale = 10 ** decimals;
  // Integers throughout, so 0.5 rounds up exactly as people round.
  const scaled = Math.round((completed * 100 * scale) / total);
  return decimals === 0 ? String(scaled) : `${Math.floor(scaled / scale)}.${String(scaled % scale).padStart(decimals, '0')}`;
}

export default defineRule({
  meta: {
    id: 'declared-arithmetic',
    type: 'problem',
    category: 'consistency',
    defaultSeverity: 'error',
    weight: 2,
    docs: {
      description: { zh: '申报的各状态数相加等于总数，完成率等于已完成数 ÷ 总数（按所印位数四舍五入）', en: 'Declared status counts add up to the total, and the completion rate equals completed ÷ total as printed' },
      basis: 'B2 (688+4+5=697, T-01; 19+6=25, T-02) and B3 (688/697 → 98.71%, T-01; 19/25 = 76%, T-02)',
    },
    messages: {
      sum: {
        zh: '各状态数之和 {{sum}}（{{parts}}）与申报总数 {{total}} 不符',
        en: 'the status counts add up to {{sum}} ({{partsEn}}), not the declared total {{total}}',
      },
      exceeds: { zh: '已完成 {{completed}} 项，超过申报总数 {{total}}', en: '{{completed}} done is more than the declared total {{total}}' },
      rate: {
        zh: '完成率 {{printed}} 与 {{completed}} ÷ {{total}} = {{expected}}% 不符',
        en: 'the completion rate {{printed}} does not equal {{completed}} ÷ {{total}} = {{expected}}%',
      },
    },
  },
  create(context) {
    return {
      plan(plan) {
        if (!isObject(plan.declared)) return NOT_APPLICABLE;
        const declared: Declared = plan.declared;
        const parts = PARTS.filter((part) => Number.isInteger(declared[part.key]));
        const sum = parts.reduce((n, part) => n + declared[part.key]!, 0);
        // The status counts count problems unless the report says they count its 整改任务 or 整改措施.
        const unit = declared.statusOf === 'tasks' || declared.statusOf === 'measures' ? declared.statusOf : 'problems';
        const declaredTotal = Number.isInteger(declared[unit]) ? (declared[unit] as number) : undefined;
        // Without a declared total, two or more status counts make one.
        const total = declaredTotal ?? (parts.length >= 2 ? sum : undefined);
        const rate = typeof declared.completionRate === 'string' ? RATE.exec(declared.completionRate) : null;
        const completed = Number.isInteger(declared.completed) ? declared.completed! : undefined;
        const checksSum = declaredTotal !== undefined && parts.length >= 2;
        const checksRate = rate !== null && completed !== undefined && total !== undefined && total > 0;
        const checksExceeds = declaredTotal !== undefined && completed !== undefined && parts.length === 1;
        if (!checksSum && !checksRate && !checksExceeds) return NOT_APPLICABLE;

        if (checksSum && sum !== declaredTotal) {
          context.report({
            path: ['declared', unit],
            messageId: 'sum',
            data: {
              sum,
              total: declaredTotal,
              parts: parts.map((part) => `${part.zh} ${declared[part.key]}`).join(' + '),
              partsEn: parts.map((part) => `${declared[part.key]} ${part.en}`).join(' + '),
            },
          });
        }
        if (checksExceeds && completed! > declaredTotal!) context.report({ path: ['declared', 'completed'], messageId: 'exceeds', data: { completed: completed!, total: declaredTotal! } });
        if (checksRate) {
          const decimals = rate[2]?.length ?? 0;
          const expected = expectedRate(completed, total, decimals);
          const printed = `${rate[1]}${rate[2] ? `.${rate[2]}` : ''}`;
          if (printed !== expected) {
            context.report({ path: ['declared', 'completionRate'], messageId: 'rate', data: { printed: declared.completionRate!, completed, total, expected } });
          }
        }
        return undefined;
      },
    };
  },
});
