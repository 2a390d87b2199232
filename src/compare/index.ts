/** Two versions of one unit's plan compared (see README.md): problems and findings. Pure. */
import type { Diagnostic } from '../core/diagnostic.js';
import { matchProblems } from '../core/plan-match.js';
import type { Locale } from '../rule-kit/types.js';
import { diffFindings, type FindingDiff } from './findings.js';
import { diffProblems, type ProblemDiff, type VersionInput } from './problems.js';

export type { FindingDiff } from './findings.js';
export type { ComparedField, FieldChange, ProblemChange, ProblemDiff, ProblemMove, ProblemRef, VersionInput } from './problems.js';

export interface ComparedVersion extends VersionInput {
  diagnostics: readonly Diagnostic[];
}

export interface VersionDiff {
  problems: ProblemDiff;
  findings: FindingDiff;
}

export function compareVersions(before: ComparedVersion, after: ComparedVersion, locale: Locale = 'zh-CN'): VersionDiff {
  const match = matchProblems(before.plan, after.plan);
  return { problems: diffProblems(before, after, locale, match), findings: diffFindings(before.diagnostics, after.diagnostics, match) };
}
