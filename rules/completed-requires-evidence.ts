import { arrayOf, defineRule, isCompletedStatus, isIsoDate, statusInfo, withSubItems, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import type { Evidence, Measure } from '../src/types/plan.js';
import { isPlaceholder, quotedPlaceholder } from './support/placeholder.js';

/** Evidence that is there: an item whose title is not template filler (（佐证材料）, 待补充). */
const counts = (evidence: unknown) => !(typeof (evidence as Evidence | undefined)?.title === 'string' && isPlaceholder((evidence as Evidence).title));

export default defineRule({
  meta: {
    id: 'completed-requires-evidence',
    type: 'problem',
    category: 'verifiability',
    defaultSeverity: 'error',
    weight: 3,
    docs: {
      description: { zh: '标为已完成的问题或措施必须有佐证材料，且材料日期不晚于报告日期', en: 'A completed problem or measure has evidence, dated no later than the report' },
      basis: '对照问题整改“三单”，逐项收集佐证资料 (千阳县, L-qianyang); 已整改须整改证据充分、适当 (L-lanshan)',
    },
    messages: {
      problemWithoutEvidence: { zh: '问题 {{id}} 标为“{{status}}”，但没有佐证材料', en: 'problem {{id}} is marked "{{statusEn}}" but has no evidence' },
      measureWithoutEvidence: { zh: '措施标为“{{status}}”，但没有佐证材料', en: 'the measure is marked "{{statusEn}}" but has no evidence' },
      placeholder: { zh: '佐证材料还是占位文字“{{text}}”，尚未填写', en: 'the evidence is still the placeholder "{{text}}"' },
      evidenceAfterReport: { zh: '佐证材料日期 {{date}} 晚于{{limitName}} {{limit}}', en: 'evidence dated {{date}}, after the {{limitNameEn}} {{limit}}' },
    },
  },
  create(context) {
    const reportDate = context.plan.report?.date;
    const limit = isIsoDate(reportDate) && reportDate < context.asOf ? reportDate : context.asOf;
    const limitNames = limit === reportDate ? { limitName: '报告日期', limitNameEn: 'report date' } : { limitName: '检查基准日', limitNameEn: 'as-of date' };
    return {
      problem(problem, path) {
        if (!isCompletedStatus(problem.status)) return NOT_APPLICABLE;
        // Evidence anywhere under the problem counts: its own, its measures', its sub-items'.
        const evidenceCount = withSubItems(problem).reduce(
          (n, p) => n + arrayOf(p.evidence).filter(counts).length + arrayOf<Measure>(p.measures).reduce((m, measure) => m + arrayOf(measure?.evidence).filter(counts).length, 0),
          0,
        );
        if (evidenceCount === 0) {
          const { zh: status, en: statusEn } = statusInfo(problem.status)!;
          context.report({ path: [...path, problem.evidence ? 'evidence' : 'status'], messageId: 'problemWithoutEvidence', data: { id: problem.id ?? '', status, statusEn } });
        }
      },
      measure(measure, path) {
        if (!isCompletedStatus(measure.status)) return NOT_APPLICABLE;
        if (arrayOf(measure.evidence).filter(counts).length === 0) {
          const { zh: status, en: statusEn } = statusInfo(measure.status)!;
          context.report({ path: [...path, measure.evidence ? 'evidence' : 'status'], messageId: 'measureWithoutEvidence', data: { status, statusEn } });
        }
      },
      evidence(evidence, path) {
        if (typeof evidence.title === 'string' && isPlaceholder(evidence.title)) {
          context.report({ path: [...path, 'title'], messageId: 'placeholder', data: { text: quotedPlaceholder(evidence.title) } });
          return undefined;
        }
        if (!isIsoDate(evidence.date)) return NOT_APPLICABLE;
        if (evidence.date > limit) context.report({ path: [...path, 'date'], messageId: 'evidenceAfterReport', data: { date: evidence.date, limit, ...limitNames } });
      },
    };
  },
});
