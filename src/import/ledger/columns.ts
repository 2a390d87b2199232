/**
 * What a table column holds, from its header. A ledger's columns are the plan's fields, named as the field lexicon
 * (../lexicon.ts, with the office's `import.fields` and `import.columns`) names them; the other tables the ledger
 * reader knows name what no problem has: a 汇总 table's counts (问题数, 已完成, 完成率), a meeting table's columns
 * (会议名称, 召开时间), and the group words over a two-level header (责任落实 over 责任领导/责任部门/责任人).
 */
import type { FieldId, Lexicon } from '../lexicon.js';
import { normalizeWord } from '../lexicon.js';

/** A column of a 汇总 table: a total the unit declares. */
export type CountField = 'count-problems' | 'count-measures' | 'count-completed' | 'count-inProgress' | 'count-basicallyDone' | 'count-ongoing' | 'count-notDone' | 'count-rate';

/** A column of a meeting table (会议情况统计表). */
export type MeetingField = 'meeting-name' | 'meeting-date' | 'meeting-attendees' | 'meeting-topics';

export type ColumnField = FieldId | CountField | MeetingField | 'group';

/** Header words of the tables that are not ledgers, by what they name. */
const OTHER_HEADERS: Readonly<Record<CountField | MeetingField | 'group', readonly string[]>> = {
  'count-problems': ['问题数', '问题个数', '反馈问题数', '问题总数', '问题数量'],
  'count-measures': ['整改措施数', '措施数', '整改措施条数'],
  'count-completed': ['已完成', '已完成数', '完成数', '已整改', '已整改数', '已销号'],
  'count-inProgress': ['正在推进', '正在整改', '整改中', '推进中'],
  'count-basicallyDone': ['基本完成'],
  'count-ongoing': ['持续整改', '长期坚持'],
  'count-notDone': ['未完成', '未整改'],
  'count-rate': ['完成率', '整改完成率', '整改率'],
  'meeting-name': ['会议名称', '会议', '活动名称', '会议内容'],
  'meeting-date': ['召开时间', '会议时间', '召开日期', '会议日期', '时间', '日期'],
  'meeting-attendees': ['参会人员', '参加人员', '出席人员', '参会范围'],
  'meeting-topics': ['研究议题', '议题', '会议议题', '主要内容', '研究内容'],
  group: ['责任落实', '责任分工', '整改责任', '责任主体及时限', '整改落实'],
};
const OTHER_BY_HEADER = new Map((Object.entries(OTHER_HEADERS) as [ColumnField, readonly string[]][]).flatMap(([field, words]) => words.map((word) => [word, field] as const)));

/** A header longer than this is a sentence, not a column name. */
const LONGEST_HEADER = 16;

/** A header's words as compared: widths folded, blanks, bracketed units (问题数（个）) and a closing colon left out. */
/**
 * A note in brackets, as in 完成时限（年月日）: the innermost pair, so that a cell of many unclosed brackets is
 * scanned once, not from each bracket to its end.
 */
const BRACKETED_NOTE = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/gu;

export function headerKey(text: string): string {
  return normalizeWord(text)
    .replace(BRACKETED_NOTE, '')
    .replace(/[*:：]/gu, '');
}

/** The field a column header names: a plan field by the lexicon, else a count, a meeting column or a group. */
export function columnField(text: string, lexicon: Lexicon): ColumnField | undefined {
  const key = headerKey(text);
  if (key === '' || key.length > LONGEST_HEADER) return undefined;
  return lexicon.fieldOfHeader(text) ?? lexicon.fieldOfHeader(key) ?? OTHER_BY_HEADER.get(key);
}

export const isPlanField = (field: ColumnField | undefined): field is FieldId =>
  field !== undefined && field !== 'group' && !field.startsWith('count-') && !field.startsWith('meeting-');
export const isCountField = (field: ColumnField | undefined): field is CountField => field?.startsWith('count-') ?? false;
