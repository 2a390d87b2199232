import type { OutlineNode } from './outline.js';
import { splitHeading, namesProblem } from './titles.js';

/**
 * What a top-level section (一、…) holds. Sections that organise the work (…组织推进情况) or plan it
 * (下一步工作计划) are not problem containers (practice.md E4); what is neither is reported as unrecognised.
 */
export type SectionKind = 'problems' | 'organization' | 'next-steps' | 'other';

const NEXT_STEPS = /下一步|工作计划|今后|努力方向|契机|巩固(?:提升|深化)?整改成果/u;
const ORGANIZATION = /组织(?:领导|推进|实施|落实|开展)|组织情况|主体责任|总体情况|基本情况|工作(?:开展|推进|落实)?情况$|统领|政治任务|高度重视|站位|思想认识|扛牢|压实/u;
const PROBLEMS = /问题|反馈意见|整改落实情况|整改情况/u;
/** Labels that only a problem carries. */
const PROBLEM_FIELDS = new Set(['causes', 'measures', 'status', 'progress', 'deadline', 'leader', 'department', 'person']);

export function classifySection(node: OutlineNode, text: string, folded: string): SectionKind {
  const title = node.heading ? folded.slice(node.heading.text.start, splitHeading(text, folded, node.heading.text).title.end) : '';
  if (NEXT_STEPS.test(title)) return 'next-steps';
  if (hasProblemStructure(node, text, folded)) return 'problems';
  if (ORGANIZATION.test(title)) return 'organization';
  if (PROBLEMS.test(title)) return 'problems';
  return 'other';
}

/** Whether anything below a node is labelled as a problem's part or headed as a problem. */
export function hasProblemStructure(node: OutlineNode, text: string, folded: string): boolean {
  for (const part of node.body) if (part.kind === 'field' && PROBLEM_FIELDS.has(part.field.field)) return true;
  for (const child of node.children) {
    if (child.heading && namesProblem(folded, splitHeading(text, folded, child.heading.text).title)) return true;
    if (hasProblemStructure(child, text, folded)) return true;
  }
  return false;
}
