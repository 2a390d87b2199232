import type { Span } from './span.js';

/** The fields section labels fill; `progress` is 整改情况 (what was done), `outcome` 整改成效. */
export type LabelField =
  | 'causes'
  | 'measures'
  | 'progress'
  | 'outcome'
  | 'status'
  | 'leader'
  | 'department'
  | 'person'
  | 'deadline'
  | 'evidence'
  | 'feedback';

/** Labels as reports print them (practice.md §5), longest first within a field so alternation prefers them. */
const VOCABULARY: Record<LabelField, readonly string[]> = {
  causes: ['原因分析', '问题原因', '产生原因', '原因剖析', '根源剖析', '深层次原因'],
  measures: ['整改措施', '具体措施', '整改举措', '工作措施'],
  progress: ['整改落实情况', '整改情况', '整改进展', '进展情况', '完成情况'],
  outcome: ['整改成效', '整改结果'],
  status: ['整改状态', '完成状态'],
  leader: ['责任领导', '牵头领导', '分管领导'],
  department: ['责任单位', '责任部门', '责任科室', '责任股室', '牵头单位', '牵头部门'],
  person: ['具体责任人', '责任人'],
  deadline: ['整改时限', '完成时限', '整改期限', '完成时间', '时间节点'],
  evidence: ['佐证材料', '佐证资料'],
  feedback: ['问题表现', '存在问题', '具体问题', '反馈问题', '问题描述'],
};

const FIELD_BY_LABEL = new Map<string, LabelField>(
  (Object.entries(VOCABULARY) as [LabelField, readonly string[]][]).flatMap(([field, labels]) => labels.map((label) => [label, field] as const)),
);
const ALTERNATION = [...FIELD_BY_LABEL.keys()].sort((a, b) => b.length - a.length).join('|');
// Bold markup around a label (**原因分析**：) is Markdown's; it is skipped like blanks.
const EMPHASIS = '[*_]{0,2}';
/** A label at the start of a line, with or without a colon. */
const AT_START = new RegExp(`^${EMPHASIS}\\s*(${ALTERNATION})\\s*${EMPHASIS}\\s*(:)?\\s*${EMPHASIS}\\s*`, 'u');
/** A further label on the same line: after a blank or a clause mark, and always with a colon. */
const FURTHER = new RegExp(`(?<=[\\s;,。])${EMPHASIS}(${ALTERNATION})${EMPHASIS}\\s*:\\s*${EMPHASIS}`, 'gu');

export interface LabelledField {
  field: LabelField;
  label: string;
  labelSpan: Span;
  /** What follows the label on its line, up to the next label; empty when the label stands alone. */
  content: Span;
}

/**
 * The labelled fields a (width-folded) line holds, or undefined when it does not start with a label.
 * `offset` is where the line starts in the report. A label without a colon counts only when it is the whole line.
 */
export function readLabels(folded: string, offset: number): LabelledField[] | undefined {
  const first = AT_START.exec(folded);
  if (!first) return undefined;
  if (!first[2] && first[0].length < folded.length) return undefined;
  const starts: { label: string; at: number; contentAt: number }[] = [{ label: first[1], at: first[0].indexOf(first[1]), contentAt: first[0].length }];
  FURTHER.lastIndex = first[0].length;
  for (let match = FURTHER.exec(folded); match; match = FURTHER.exec(folded)) {
    starts.push({ label: match[1], at: match.index + match[0].indexOf(match[1]), contentAt: match.index + match[0].length });
  }
  return starts.map((entry, i) => {
    const contentEnd = i + 1 < starts.length ? starts[i + 1].at : folded.length;
    return {
      field: FIELD_BY_LABEL.get(entry.label)!,
      label: entry.label,
      labelSpan: { start: offset + entry.at, end: offset + entry.at + entry.label.length },
      content: { start: offset + Math.min(entry.contentAt, contentEnd), end: offset + contentEnd },
    };
  });
}
