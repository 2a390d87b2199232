/**
 * The fields a report or a ledger fills, and the words that name them: one table for labels in prose (原因分析：…)
 * and for a ledger's column headers (原因分析 | 整改措施 | …). An office extends it in the config for its own
 * template (`"import": { "fields": { "causes": ["问题根源"] } }`); everything that reads labels or headers asks a
 * `Lexicon`, so a synonym added once is understood everywhere.
 */
import { foldWidth } from './width.js';
import { trimEndMatching } from '../core/trim-end.js';

/** What a column header may end with besides its words: 完成时限： 责任人* */
const HEADER_CLOSING = /[:：*]/u;
/** What joins two fields' names in one header (问题及整改措施). */
const HEADER_JOINERS = '及和与、/';
/** Words after a field's name in a header that say only what form it takes: 佐证材料目录, 责任人姓名, 整改时限要求. */
const HEADER_FORM_WORDS: ReadonlySet<string> = new Set(['目录', '清单', '名称', '名录', '列表', '明细', '说明', '内容', '姓名', '要求', '及编号', '编号']);

export type FieldId =
  | 'sequence'
  | 'aspect'
  | 'feedback'
  | 'causes'
  | 'goal'
  | 'measures'
  | 'progress'
  | 'outcome'
  | 'status'
  | 'leader'
  | 'department'
  | 'cooperating'
  | 'person'
  | 'deadline'
  | 'completion'
  | 'evidence'
  | 'openReason'
  | 'nextSteps'
  | 'remarks';

/** The fields that say who carries a measure out and by when: what an aside or the labels after one measure name. */
export const OWNER_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['leader', 'department', 'cooperating', 'person', 'deadline']);

export interface FieldEntry {
  zh: string;
  en: string;
  /** Words that name the field as a label in prose and as a column header. */
  labels: readonly string[];
  /** Words that name it only as a column header (序号, 类别): in prose they are too common to be labels. */
  headers: readonly string[];
}

/** The built-in vocabulary (practice.md §5, and the labels published reports and office templates use). */
export const FIELDS: Readonly<Record<FieldId, FieldEntry>> = {
  sequence: { zh: '序号', en: 'number', labels: [], headers: ['序号', '编号', '问题序号', '问题编号', '序'] },
  aspect: {
    zh: '问题类别',
    en: 'aspect',
    labels: ['问题类别', '问题类型', '所属方面'],
    headers: ['类别', '方面', '问题分类', '类型', '问题方面', '反馈问题类别', '所属类别', '问题领域', '板块'],
  },
  feedback: {
    zh: '反馈问题',
    en: 'feedback',
    labels: ['问题表现', '存在问题', '具体问题', '反馈问题', '问题描述', '问题内容', '主要问题', '巡察反馈问题', '反馈意见', '具体表现', '主要表现', '问题清单', '问题'],
    headers: ['问题名称', '巡察发现问题', '整改问题'],
  },
  causes: {
    zh: '原因分析',
    en: 'causes',
    labels: ['原因分析', '问题原因', '产生原因', '原因剖析', '根源剖析', '深层次原因', '问题根源', '成因分析', '问题成因', '原因'],
    headers: [],
  },
  goal: { zh: '整改目标', en: 'goal', labels: ['整改目标', '整改标准', '整改要求', '目标要求', '完成标准', '预期目标'], headers: [] },
  measures: {
    zh: '整改措施',
    en: 'measures',
    labels: ['整改措施', '具体措施', '整改举措', '工作措施', '整改任务', '主要措施', '具体整改措施', '落实措施', '整改办法', '任务清单', '措施'],
    headers: [],
  },
  progress: {
    zh: '整改情况',
    en: 'progress',
    labels: ['整改落实情况', '整改完成情况', '整改情况', '整改进展', '整改进度', '进展情况', '落实情况', '推进情况', '工作进展', '目前进展', '进展', '办结情况', '销号情况', '完成进度'],
    headers: [],
  },
  outcome: { zh: '整改成效', en: 'outcome', labels: ['整改成效', '整改结果', '整改效果', '取得成效', '成效'], headers: [] },
  status: { zh: '整改状态', en: 'status', labels: ['整改状态', '完成状态', '办理状态', '完成情况', '状态'], headers: ['是否完成', '是否整改到位', '是否整改完成', '完成与否', '进展状态'] },
  leader: { zh: '责任领导', en: 'responsible leader', labels: ['责任领导', '牵头领导', '分管领导', '包保领导', '督办领导', '责任局领导', '牵头局领导', '包案领导', '责任清单'], headers: ['领导'] },
  department: {
    zh: '责任单位',
    en: 'responsible department',
    labels: ['责任单位', '责任部门', '责任科室', '责任股室', '责任处室', '牵头单位', '牵头部门', '牵头科室', '主责单位', '主责部门', '承办单位', '承办部门', '承办科室', '主责科室', '责任主体'],
    headers: ['主办单位'],
  },
  cooperating: { zh: '配合单位', en: 'cooperating units', labels: ['配合单位', '配合部门', '协办单位', '协同单位'], headers: [] },
  person: { zh: '责任人', en: 'responsible person', labels: ['具体责任人', '直接责任人', '整改责任人', '责任人员', '具体负责人', '责任人', '经办人'], headers: [] },
  deadline: {
    zh: '整改时限',
    en: 'deadline',
    labels: ['整改时限', '完成时限', '整改期限', '完成期限', '办结时限', '完成时间', '时间节点', '完成时间节点', '整改时间节点', '整改完成时限', '计划完成时间', '整改时间', '时限要求', '时间要求', '时限'],
    headers: ['截止时间', '截止日期', '期限'],
  },
  completion: {
    zh: '完成日期',
    en: 'completion date',
    labels: ['实际完成时间', '实际完成日期', '完成日期', '销号时间', '销号日期', '办结时间', '办结日期'],
    headers: [],
  },
  evidence: {
    zh: '佐证材料',
    en: 'evidence',
    labels: ['佐证材料', '佐证资料', '痕迹资料', '整改档案', '证明材料', '整改证据', '支撑材料', '印证材料', '佐证'],
    headers: [],
  },
  // Why an open problem stays open, and what comes next for it: a progress report's words on an unfinished problem.
  openReason: {
    zh: '未完成原因',
    en: 'reason still open',
    labels: ['未完成原因', '未完成的原因', '未整改到位原因', '未销号原因', '延期原因', '存在困难', '存在的困难', '困难和问题', '存在的困难和问题'],
    headers: [],
  },
  nextSteps: { zh: '下一步措施', en: 'next steps', labels: ['下一步措施', '下步措施', '下一步打算', '下步打算', '下一步工作', '下一步计划', '后续措施', '后续工作'], headers: [] },
  remarks: { zh: '备注', en: 'remarks', labels: ['备注'], headers: ['说明'] },
};

export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

/** Words an office adds for its template, per field: `fields` as labels and headers, `columns` as headers only. */
export interface LexiconExtension {
  fields?: Partial<Record<FieldId, readonly string[]>>;
  columns?: Partial<Record<FieldId, readonly string[]>>;
}

export interface LabelMatch {
  field: FieldId;
  /** The label as printed (its length is what the match covers). */
  label: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  field?: FieldId;
  label?: string;
}

/** Width-folded, blanks removed: how a label or header is compared (１．, full-width colons, 责 任 人). */
export function normalizeWord(word: string): string {
  return foldWidth(word).replace(/\s+/gu, '');
}

/**
 * The lexicon: which field a label or header names. Labels are looked up in a trie, so finding the longest label
 * at a position costs at most the longest label's length, whatever the number of synonyms.
 */
export class Lexicon {
  private readonly trie: TrieNode = { next: new Map() };
  private readonly byHeader = new Map<string, FieldId>();
  private readonly byField = new Map<FieldId, string[]>();
  /** The longest label, in UTF-16 units. */
  readonly longest: number;

  private constructor(extension: LexiconExtension) {
    let longest = 0;
    const own = (kind: 'fields' | 'columns', field: FieldId) => (extension[kind]?.[field] ?? []).map(normalizeWord);
    for (const field of FIELD_IDS) this.byField.set(field, unique([...own('fields', field), ...FIELDS[field].labels]));
    // The office's own words first, so a word it maps elsewhere than the built-in table goes where it says.
    const labelOrder: [string, FieldId][] = [
      ...FIELD_IDS.flatMap((field) => own('fields', field).map((label) => [label, field] as [string, FieldId])),
      ...FIELD_IDS.flatMap((field) => FIELDS[field].labels.map((label) => [label, field] as [string, FieldId])),
    ];
    for (const [label, field] of labelOrder) if (this.addLabel(label, field)) longest = Math.max(longest, label.length);
    const headerOrder: [string, FieldId][] = [
      ...FIELD_IDS.flatMap((field) => [...own('columns', field), ...own('fields', field)].map((header) => [header, field] as [string, FieldId])),
      ...labelOrder,
      ...FIELD_IDS.flatMap((field) => FIELDS[field].headers.map((header) => [normalizeWord(header), field] as [string, FieldId])),
    ];
    for (const [header, field] of headerOrder) if (header && !this.byHeader.has(header)) this.byHeader.set(header, field);
    this.longest = longest;
  }

  private static readonly cache = new Map<string, Lexicon>();

  /** The built-in lexicon, or one extended by an office's words (built once per distinct extension). */
  static of(extension: LexiconExtension = {}): Lexicon {
    const key = JSON.stringify([extension.fields ?? {}, extension.columns ?? {}]);
    let lexicon = Lexicon.cache.get(key);
    if (!lexicon) {
      lexicon = new Lexicon(extension);
      Lexicon.cache.set(key, lexicon);
    }
    return lexicon;
  }

  /** Adds a label unless another field already claimed it; returns whether it was added. */
  private addLabel(label: string, field: FieldId): boolean {
    if (label === '') return false;
    let node = this.trie;
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) {
        next = { next: new Map() };
        node.next.set(code, next);
      }
      node = next;
    }
    if (node.field !== undefined) return false;
    node.field = field;
    node.label = label;
    return true;
  }

  /** Whether some label starts with this character (a quick test before `labelAt`). */
  startsLabel(code: number): boolean {
    return this.trie.next.has(code);
  }

  /** The longest label starting at `at` in width-folded text, if any. */
  labelAt(folded: string, at: number): LabelMatch | undefined {
    let node: TrieNode | undefined = this.trie;
    let found: LabelMatch | undefined;
    for (let i = at; i < folded.length && i - at < this.longest; i++) {
      node = node.next.get(folded.charCodeAt(i));
      if (!node) break;
      if (node.field !== undefined) found = { field: node.field, label: node.label! };
    }
    return found;
  }

  /** The field a whole label names (原因分析, 整改措施：), or undefined. */
  fieldOfLabel(word: string): FieldId | undefined {
    const key = normalizeWord(word).replace(/[:：]$/u, '');
    const match = this.labelAt(key, 0);
    return match && match.label.length === key.length ? match.field : undefined;
  }

  /**
   * The field a column header names: the header as a whole (labels and header words), else without a note in
   * brackets (整改时限（年月）), else the longest label it ends with (具体整改措施 → measures), else a label it
   * starts with, followed by a word that only says what form the field takes (佐证材料目录, 责任领导姓名).
   */
  fieldOfHeader(header: string): FieldId | undefined {
    const key = trimEndMatching(normalizeWord(header), HEADER_CLOSING);
    const exact = this.byHeader.get(key);
    if (exact) return exact;
    const joined = this.joinedOfKey(key)?.[0];
    if (joined) return joined;
    const bare = key.replace(/\([^()]*\)$/u, '');
    if (bare !== key && this.byHeader.has(bare)) return this.byHeader.get(bare);
    for (let start = 1; start < bare.length; start++) {
      const match = this.labelAt(bare, start);
      if (match && start + match.label.length === bare.length && match.label.length >= 2) return match.field;
    }
    const lead = this.labelAt(bare, 0);
    if (lead && lead.label.length >= 2 && HEADER_FORM_WORDS.has(bare.slice(lead.label.length))) return lead.field;
    return undefined;
  }

  /**
   * The two fields a header joins by 及/和/与/、//, or undefined for a header naming one. Such a header names the
   * first (问题及整改措施); its cells tell the second, under its label (问题：… 措施：…) or after the first's words
   * (责任领导及责任单位: 局长 杨帆、办公室), which the ledger reader reads from them.
   */
  joinedFields(header: string): [FieldId, FieldId] | undefined {
    return this.joinedOfKey(trimEndMatching(normalizeWord(header), HEADER_CLOSING));
  }

  private joinedOfKey(key: string): [FieldId, FieldId] | undefined {
    const first = this.labelAt(key, 0);
    if (!first || !HEADER_JOINERS.includes(key.charAt(first.label.length))) return undefined;
    const rest = key.slice(first.label.length + 1);
    const second = this.byHeader.get(rest) ?? this.labelAt(rest, 0)?.field;
    return second !== undefined && second !== first.field ? [first.field, second] : undefined;
  }

  /** The labels of a field, the office's own first. */
  labels(field: FieldId): readonly string[] {
    return this.byField.get(field) ?? [];
  }
}

function unique(words: string[]): string[] {
  return [...new Set(words.filter((word) => word !== ''))];
}
