import type { FileResult } from '../../run/file-result.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { statusInfo } from '../../core/status.js';
import { arrayOf, isObject } from '../../rule-kit/helpers.js';
import type { JsonPath, Locale } from '../../rule-kit/types.js';
import { asText } from './as-text.js';
import { problemKeyOf } from '../../core/problem-key.js';

export interface LedgerEvidence {
  type: string;
  title: string;
  date: string;
  reference: string;
}

/** One row of a 整改台账: a problem (or a sub-item) with who answers for it, by when, how far, on what evidence. */
export interface LedgerRow {
  key: string;
  path: JsonPath;
  /** 0 for a problem, 1 for its sub-items, and so on. */
  depth: number;
  aspect: string;
  id: string;
  title: string;
  responsibleLeader: string;
  responsibleDepartment: string;
  responsiblePerson: string;
  /** An ISO date or a marker such as 长期坚持, as the plan gives it. */
  deadline: string;
  /** The approved extension's deadline, when there is one. */
  extendedTo: string;
  /** A status key, or '' when the plan gives none (or an unknown one). */
  status: string;
  statusLabel: string;
  completed: boolean;
  completionDate: string;
  measureCount: number;
  evidence: LedgerEvidence[];
  /** The problem's own score (its checks, its measures' and its evidence's), when it has checks. */
  score?: number;
  findings: Diagnostic[];
}

export interface PlanLedger {
  rows: LedgerRow[];
  /** Findings outside every problem: the plan's header, commitments, meetings, parse and schema errors. */
  planFindings: Diagnostic[];
}

function evidenceOf(value: unknown): LedgerEvidence[] {
  return arrayOf<unknown>(value)
    .filter(isObject)
    .map((e) => ({ type: asText(e.type), title: asText(e.title), date: asText(e.date), reference: asText(e.reference) }));
}

function rowFor(problem: Record<string, unknown>, path: JsonPath, depth: number, aspect: string, locale: Locale): LedgerRow {
  const info = statusInfo(problem.status);
  const measures = arrayOf<unknown>(problem.measures);
  const extension = isObject(problem.extension) ? problem.extension : undefined;
  return {
    key: path.join('/'),
    path,
    depth,
    aspect,
    id: asText(problem.id),
    title: asText(problem.title),
    responsibleLeader: asText(problem.responsibleLeader),
    responsibleDepartment: asText(problem.responsibleDepartment),
    responsiblePerson: asText(problem.responsiblePerson),
    deadline: asText(problem.deadline),
    extendedTo: asText(extension?.deadline),
    status: info?.key ?? '',
    // A status the vocabulary does not know still prints, as the plan wrote it.
    statusLabel: info ? info[locale === 'en' ? 'en' : 'zh'] : asText(problem.statusText ?? problem.status),
    completed: info?.completed ?? false,
    completionDate: asText(problem.completionDate),
    measureCount: measures.length,
    evidence: [
      ...evidenceOf(problem.evidence),
      ...measures.filter(isObject).flatMap((measure) => evidenceOf(measure.evidence)),
    ],
    findings: [],
  };
}

/** The plan's problems in document order (sub-items after their problem), each with its findings. */
export function planLedger(result: FileResult, locale: Locale): PlanLedger {
  const rows: LedgerRow[] = [];
  const walk = (problem: unknown, path: JsonPath, depth: number, aspect: string) => {
    if (!isObject(problem)) return;
    rows.push(rowFor(problem, path, depth, aspect, locale));
    arrayOf<unknown>(problem.items).forEach((item, i) => walk(item, [...path, 'items', i], depth + 1, aspect));
  };
  arrayOf<unknown>(result.plan?.aspects).forEach((aspect, a) => {
    if (!isObject(aspect)) return;
    arrayOf<unknown>(aspect.problems).forEach((problem, p) => walk(problem, ['aspects', a, 'problems', p], 0, asText(aspect.title)));
  });

  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const problem of result.score.byProblem) {
    const row = byKey.get(problem.path.join('/'));
    if (row) row.score = problem.score;
  }
  const planFindings: Diagnostic[] = [];
  for (const diagnostic of result.diagnostics) {
    const key = problemKeyOf(diagnostic.path);
    const row = key === undefined ? undefined : byKey.get(key);
    if (row) row.findings.push(diagnostic);
    else planFindings.push(diagnostic);
  }
  return { rows, planFindings };
}
