/**
 * What the importer took for aspects and problems, and why, kept on the plan as `x-layout`: so a reviewer can tell
 * a misread from a bad plan. Rule `import-layout` reports it when the reading was not certain: problems taken by
 * their level alone, problems with no label and no status, or numbered items inside the problems that fit nowhere.
 */
import type { Layout } from './layout.js';

export type Basis = 'labels' | 'status' | 'measures' | 'heading' | 'shortcoming' | 'level';

export interface LayoutNote {
  /** The mark styles the aspects were read from (`paren-han` for （一）, `h2` for a level-2 heading …). */
  aspects: string[];
  /** The mark styles the problems were read from. */
  problems: string[];
  /** How many problems each kind of evidence made. */
  basis: Partial<Record<Basis, number>>;
  /** Items inside the problems that fit nowhere (kept as unrecognised text). */
  unplaced: number;
  certain: boolean;
}

export function layoutNote(layout: Layout): LayoutNote | undefined {
  const problems = layout.aspects.flatMap((aspect) => aspect.problems);
  if (problems.length === 0) return undefined;
  const basis: Partial<Record<Basis, number>> = {};
  const add = (key: Basis) => {
    basis[key] = (basis[key] ?? 0) + 1;
  };
  let weak = 0;
  for (const problem of problems) {
    const evidence = layout.evidence.get(problem.node);
    if (problem.by === 'level' || !evidence) {
      add('level');
      continue;
    }
    if (evidence.labels > 0) add('labels');
    if (evidence.status) add('status');
    if (evidence.enumeration) add('measures');
    if (evidence.wrapper) add('heading');
    if (evidence.shortcoming) add('shortcoming');
    if (evidence.labels === 0 && !evidence.status) weak++;
  }
  const unique = (styles: (string | undefined)[]) => [...new Set(styles.map((style) => style ?? 'none'))];
  const certain = basis.level === undefined && layout.unplaced.length === 0 && weak * 3 <= problems.length;
  return {
    aspects: unique(layout.aspects.map((aspect) => (aspect.node ?? aspect.section)?.style)),
    problems: unique(problems.map((problem) => problem.node.style)),
    basis,
    unplaced: layout.unplaced.length,
    certain,
  };
}
