/**
 * What the importer took for aspects and problems, and why, kept on the plan as `x-layout`: so a reviewer can tell
 * a misread from a bad plan. Rule `import-layout` reports it when the reading was not certain: problems taken by
 * their level alone, problems with no label and no status, or items inside the problems that fit nowhere.
 */
import type { Layout } from './layout.js';

export interface LayoutNote {
  /** The marks the aspects were read from, e.g. （一）. */
  aspects: string;
  /** The marks the problems were read from, e.g. 1．. */
  problems: string;
  /** What made them problems, most frequent first (labels, status sentences, 一是 lists …). */
  basis: string[];
  /** Items inside the problems that fit nowhere (kept as unrecognised text). */
  unplaced: number;
  certain: boolean;
}

const STYLE_NAMES: Record<string, string> = {
  han: '一、',
  'paren-han': '（一）',
  arabic: '1．',
  'paren-arabic': '（1）',
  'half-paren': '1)',
  circled: '①',
  'circled-dark': '❶',
  wenti: '问题1：',
  named: '“针对/关于…问题”标题',
  fields: '重复出现的标签',
  root: '全文',
};

export function styleName(style: string | undefined): string {
  if (style === undefined) return '（无标题）';
  if (STYLE_NAMES[style]) return STYLE_NAMES[style];
  if (style.startsWith('di:')) return `第一${style.slice(3)}`;
  if (style.startsWith('h')) return `${style.slice(1)}级标题`;
  if (style.startsWith('bullet:')) return style.slice(7);
  if (style.startsWith('list:')) return '列表项';
  return style;
}

export function layoutNote(layout: Layout): LayoutNote | undefined {
  const problems = layout.aspects.flatMap((aspect) => aspect.problems);
  if (problems.length === 0) return undefined;
  const aspectStyles = new Set(layout.aspects.map((aspect) => styleName((aspect.node ?? aspect.section)?.style)));
  const problemStyles = new Set(problems.map((problem) => styleName(problem.node.style)));
  const counts = new Map<string, number>();
  const add = (basis: string) => counts.set(basis, (counts.get(basis) ?? 0) + 1);
  let weak = 0;
  for (const problem of problems) {
    const evidence = layout.evidence.get(problem.node);
    if (problem.by === 'level' || !evidence) {
      add('与同级问题并列');
      continue;
    }
    if (evidence.labels > 0) add('原因分析、整改措施等标签');
    if (evidence.status) add('“该问题已完成整改”等状态句');
    if (evidence.enumeration) add('“一是…二是…”措施');
    if (evidence.wrapper) add('“针对…问题”等问题标题');
    if (evidence.shortcoming) add('标题写明问题或不足');
    if (evidence.labels === 0 && !evidence.status) weak++;
  }
  const basis = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name}（${n}）`);
  const byLevel = problems.filter((problem) => problem.by === 'level').length;
  const certain = byLevel === 0 && layout.unplaced.length === 0 && weak * 3 <= problems.length;
  return { aspects: [...aspectStyles].join('、'), problems: [...problemStyles].join('、'), basis, unplaced: layout.unplaced.length, certain };
}

