/**
 * What a 审核意见书 says, worked out apart from how it is typeset: the findings the unit must fix (those not
 * accepted; infos are for the reviewer), each with its place; the reviewer's comments; what was accepted and why;
 * the decision and its opinion.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import { verdictText } from '../../core/verdict.js';
import type { Locale } from '../../rule-kit/types.js';
import type { FileResult } from '../../run/file-result.js';
import { isObject } from '../../rule-kit/helpers.js';
import { asText } from '../../formatters/report/as-text.js';
import { findingKey } from '../model/finding-key.js';
import type { UnitSummary } from '../model/summary.js';
import { gradeOf } from '../model/summary.js';
import type { UiLabels } from '../pages/labels.js';
import { placeText } from '../pages/place.js';
import type { Acceptance, Comment, DecisionRecord } from '../store/reviews.js';

export interface OpinionFinding {
  number: number;
  place: string;
  problemId: string;
  message: string;
  ruleId: string;
  severity: Diagnostic['severity'];
}

export interface Opinion {
  locale: Locale;
  roundName: string;
  unitName: string;
  documentTitle: string;
  version: number;
  receivedOn: string;
  score: string;
  grade: string;
  verdict: string;
  decision?: { label: string; opinion: string; returned: boolean };
  toFix: OpinionFinding[];
  comments: { about?: number; body: string }[];
  accepted: { finding: OpinionFinding; reason: string }[];
  date: string;
}

export interface OpinionInput {
  locale: Locale;
  labels: UiLabels;
  roundName: string;
  unitName: string;
  fileName: string;
  version: number;
  uploadedAt: string;
  result: FileResult;
  summary: UnitSummary;
  acceptances: readonly Acceptance[];
  comments: readonly Comment[];
  decision?: DecisionRecord;
  today: string;
}

export function opinionOf(input: OpinionInput): Opinion {
  const { result, labels, locale } = input;
  const en = locale === 'en';
  const accepted = new Map(input.acceptances.map((a) => [a.findingKey, a]));
  const numbered = result.diagnostics.map((d, i): [Diagnostic, OpinionFinding] => [
    d,
    { number: i + 1, place: placeText(d.range, labels), problemId: d.problemId ?? '', message: d.message, ruleId: d.ruleId, severity: d.severity },
  ]);
  const numberOfKey = new Map(numbered.map(([d, f]) => [findingKey(d), f.number]));
  const plan: unknown = result.plan;
  const report: Record<string, unknown> = isObject(plan) && isObject(plan.report) ? plan.report : {};
  const grade = gradeOf(input.summary.grade);
  return {
    locale,
    roundName: input.roundName,
    unitName: input.unitName,
    documentTitle: asText(report.title) || input.fileName,
    version: input.version,
    receivedOn: input.uploadedAt.slice(0, 10),
    score: input.summary.score.toFixed(1),
    grade: grade.label[en ? 'en' : 'zh'],
    verdict: verdictText(input.summary.verdict, en),
    ...(input.decision
      ? { decision: { label: labels.decisions[input.decision.decision], opinion: input.decision.opinion, returned: input.decision.decision === 'returned' } }
      : {}),
    toFix: numbered.filter(([d]) => d.severity !== 'info' && !accepted.has(findingKey(d))).map(([, f]) => f),
    comments: input.comments.map((c) => ({ ...(c.findingKey !== null && numberOfKey.has(c.findingKey) ? { about: numberOfKey.get(c.findingKey) } : {}), body: c.body })),
    accepted: numbered.filter(([d]) => accepted.has(findingKey(d))).map(([d, f]) => ({ finding: f, reason: accepted.get(findingKey(d))!.reason })),
    date: input.today,
  };
}
