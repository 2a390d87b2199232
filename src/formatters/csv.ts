import { verdictText } from '../core/verdict.js';
import type { Locale } from '../rule-kit/types.js';
import { whereText } from './place.js';
import { planLedger, type LedgerRow } from './report/ledger.js';
import { summarizePlan, type PlanSummary } from './report/plan-summary.js';
import type { Formatter } from './types.js';

/** Excel opens a UTF-8 file as the local code page unless it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Plan text is
 * untrusted, and a spreadsheet runs a cell that starts with = + - @ as a formula, so such text gets a leading
 * apostrophe (the OWASP advice), which spreadsheets show as plain text.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Column {
  zh: string;
  en: string;
  value: (row: LedgerRow, plan: PlanSummary, en: boolean) => string | number;
}

const COLUMNS: readonly Column[] = [
  { zh: '文件', en: 'file', value: (_, p) => p.name },
  { zh: '被巡察单位', en: 'inspected unit', value: (_, p) => p.unit },
  { zh: '方案得分', en: 'plan score', value: (_, p) => p.score },
  { zh: '方案等级', en: 'plan grade', value: (_, p, en) => p.grade.label[en ? 'en' : 'zh'] },
  { zh: '审核结论', en: 'verdict', value: (_, p, en) => verdictText(p.verdict, en) },
  { zh: '问题方面', en: 'aspect', value: (r) => r.aspect },
  { zh: '问题编号', en: 'problem id', value: (r) => r.id },
  { zh: '问题', en: 'problem', value: (r) => r.title },
  { zh: '责任领导', en: 'responsible leader', value: (r) => r.responsibleLeader },
  { zh: '责任部门', en: 'responsible department', value: (r) => r.responsibleDepartment },
  { zh: '责任人', en: 'responsible person', value: (r) => r.responsiblePerson },
  { zh: '整改时限', en: 'deadline', value: (r) => r.deadline },
  { zh: '延期至', en: 'extended to', value: (r) => r.extendedTo },
  { zh: '整改状态', en: 'status', value: (r) => r.statusLabel },
  { zh: '完成日期', en: 'completed on', value: (r) => r.completionDate },
  { zh: '措施数', en: 'measures', value: (r) => r.measureCount },
  {
    zh: '佐证材料',
    en: 'evidence',
    value: (r) => r.evidence.map((e) => [e.type && `[${e.type}]`, e.title, e.reference, e.date].filter(Boolean).join(' ')).join('\n'),
  },
  { zh: '问题得分', en: 'problem score', value: (r) => (r.score === undefined ? '' : r.score) },
  { zh: '发现数', en: 'findings', value: (r) => r.findings.length },
  {
    zh: '审核发现（行:列 规则 说明）',
    en: 'findings (line:column rule message)',
    value: (r, _plan, en) => r.findings.map((d) => `${whereText(d.range, en ? 'en' : 'zh-CN')} ${d.ruleId} ${d.message}`).join('\n'),
  },
];

function csvLine(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The 整改台账 of every plan as one sheet: a header, then one row per problem (sub-items included). */
export function ledgerCsv(results: Parameters<Formatter>[0], cwd: string, locale: Locale): string {
  const en = locale === 'en';
  let out = BOM + csvLine(COLUMNS.map((c) => (en ? c.en : c.zh)));
  for (const result of results) {
    const plan = summarizePlan(result, cwd);
    for (const row of planLedger(result, locale).rows) out += csvLine(COLUMNS.map((c) => c.value(row, plan, en)));
  }
  return out;
}

const csv: Formatter = (results, context) => ledgerCsv(results, context.cwd, context.locale);

export default csv;
