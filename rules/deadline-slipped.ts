import { defineRule, isIsoDate, isNonEmptyString, isObject, NOT_APPLICABLE, type JsonPath, type PreviousPlan } from '../src/rule-kit/index.js';
import type { Extension, Problem } from '../src/types/plan.js';
import { counterpartTask } from './support/against-plan.js';

/** What an extension lacks to count as approved: who approved it, when, and why. */
function missingApproval(extension: Extension): { zh: string; en: string } | undefined {
  const missing: [string, string][] = [];
  if (!isNonEmptyString(extension.approvedBy)) missing.push(['批准人', 'approver']);
  if (!isIsoDate(extension.approvalDate)) missing.push(['批准日期', 'approval date']);
  if (!isNonEmptyString(extension.reason)) missing.push(['理由', 'reason']);
  return missing.length === 0 ? undefined : { zh: missing.map(([zh]) => zh).join('、'), en: missing.map(([, en]) => en).join(', ') };
}

export default defineRule({
  meta: {
    id: 'deadline-slipped',
    scope: 'previous',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '报告中的整改时限晚于所依据方案的（或由日期改成“长期坚持”“持续整改”），却没有经批准的延期（extension：批准人、批准日期、理由）',
        en: 'A deadline later in the report than in the plan it is based on (or turned into 长期坚持/持续整改) without an approved extension (approver, approval date, reason)',
      },
      basis: '整改时限设置是否合理 (L-baoshan); 期限届满未整改即未整改 (L-lanshan); 申请延期整改 (practice §5)',
    },
    messages: {
      slipped: {
        zh: '问题 {{id}} 的整改时限由方案的 {{planned}}（{{relatedPlace}}）推迟到 {{now}}，没有经批准的延期',
        en: 'problem {{id}}’s deadline moved from {{planned}} in the plan ({{relatedPlace}}) to {{now}} with no approved extension',
      },
      openEnded: {
        zh: '问题 {{id}} 的整改时限由方案的 {{planned}}（{{relatedPlace}}）改为“{{now}}”，没有经批准的延期',
        en: 'problem {{id}}’s deadline {{planned}} in the plan ({{relatedPlace}}) became "{{now}}" with no approved extension',
      },
      unapproved: {
        zh: '问题 {{id}} 的整改时限由方案的 {{planned}}（{{relatedPlace}}）延至 {{now}}，但延期缺少{{missing}}',
        en: 'problem {{id}}’s deadline was extended from {{planned}} in the plan ({{relatedPlace}}) to {{now}}, but the extension gives no {{missingEn}}',
      },
      beyondExtension: {
        zh: '问题 {{id}} 的整改时限 {{now}} 晚于批准延期的 {{extended}}（方案为 {{planned}}，{{relatedPlace}}）',
        en: 'problem {{id}}’s deadline {{now}} is later than the approved extension to {{extended}} (the plan said {{planned}}, {{relatedPlace}})',
      },
      measureSlipped: {
        zh: '整改任务 {{id}} 的时限由方案的 {{planned}}（{{relatedPlace}}）推迟到 {{now}}，没有经批准的延期',
        en: 'task {{id}}’s deadline moved from {{planned}} in the plan ({{relatedPlace}}) to {{now}} with no approved extension',
      },
    },
  },
  create(context) {
    const previous: PreviousPlan = context.previous!;
    /**
     * Judges one deadline against the planned one; the problem's extension is the approval for both the problem
     * and its tasks. Reports and returns nothing when it has not slipped or the slip is approved.
     */
    const judge = (planned: unknown, now: unknown, holder: Problem, at: JsonPath, planAt: JsonPath, data: Record<string, string>, measure: boolean) => {
      if (!isIsoDate(planned)) return NOT_APPLICABLE;
      const extension = isObject(holder.extension) ? (holder.extension as Extension) : undefined;
      const extended = isIsoDate(extension?.deadline) ? extension!.deadline : undefined;
      // What the report now holds the item to: its own date, or an extension's when that is later.
      const target = isIsoDate(now) ? (extended && extended > now ? extended : now) : extended;
      const openEnded = !isIsoDate(now) && isNonEmptyString(now) && now !== '立行立改' && !extended;
      if (!openEnded && !(target && target > planned)) return undefined;
      const related = [{ in: previous, path: planAt }];
      const base = { ...data, planned };
      if (measure) return void context.report({ path: at, messageId: 'measureSlipped', data: { ...base, now: String(target ?? now) }, related });
      if (openEnded) return void context.report({ path: at, messageId: 'openEnded', data: { ...base, now: String(now) }, related });
      if (!extension || !extended) return void context.report({ path: at, messageId: 'slipped', data: { ...base, now: target! }, related });
      const missing = missingApproval(extension);
      const extensionAt = [...at.slice(0, -1), 'extension'];
      if (missing) return void context.report({ path: extensionAt, messageId: 'unapproved', data: { ...base, now: target!, missing: missing.zh, missingEn: missing.en }, related });
      if (target! > extended) context.report({ path: at, messageId: 'beyondExtension', data: { ...base, now: target!, extended }, related });
      return undefined;
    };
    return {
      problem(problem, path) {
        const counterpart = previous.counterpartOf(problem);
        if (!counterpart) return NOT_APPLICABLE;
        return judge(counterpart.problem.deadline, problem.deadline, problem, [...path, 'deadline'], [...counterpart.path, 'deadline'], { id: problem.id ?? '' }, false);
      },
      measure(measure, path, scope) {
        const counterpart = previous.counterpartOf(scope.problem);
        const planned = counterpart && isNonEmptyString(measure.id) ? counterpartTask(counterpart.problem, scope.problem, measure.id) : undefined;
        if (!counterpart || !planned) return NOT_APPLICABLE;
        // A task's date may pass its planned one within the problem's approved extension.
        const extension = scope.problem.extension;
        const approved = isObject(extension) && isIsoDate(extension.deadline) && !missingApproval(extension as Extension);
        if (approved && isIsoDate(measure.deadline) && measure.deadline <= (extension as Extension).deadline) return undefined;
        return judge(planned.measure.deadline, measure.deadline, {} as Problem, [...path, 'deadline'], [...counterpart.path, 'measures', planned.index, 'deadline'], { id: measure.id! }, true);
      },
    };
  },
});
