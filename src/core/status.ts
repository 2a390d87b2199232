import type { Status } from '../types/plan.js';
import { trimEndMatching } from './trim-end.js';

/** The controlled status vocabulary: stable keys, the labels reports print, and what each means. */
export interface StatusInfo {
  key: Status;
  zh: string;
  en: string;
  /** Other labels reports use for the same status. */
  aliases: string[];
  completed: boolean;
}

export const STATUSES: readonly StatusInfo[] = [
  { key: 'not-started', zh: '未启动', en: 'not started', aliases: ['尚未启动'], completed: false },
  { key: 'in-progress', zh: '正在推进', en: 'in progress', aliases: ['正在整改', '整改中', '推进中', '部分整改'], completed: false },
  { key: 'basically-done', zh: '基本完成', en: 'basically done', aliases: ['阶段性完成', '取得阶段性成效'], completed: false },
  { key: 'done', zh: '已完成', en: 'done', aliases: ['已完成整改', '完成整改', '已整改', '整改到位', '已整改到位', '已整改销号'], completed: true },
  { key: 'done-ongoing', zh: '已完成并长期坚持', en: 'done, upheld long-term', aliases: ['已完成,长期坚持', '已完成整改并建立长效机制'], completed: true },
  { key: 'ongoing', zh: '持续整改', en: 'continuing', aliases: ['长期坚持', '需长期坚持', '长期整改', '常态化推进'], completed: false },
  { key: 'not-done', zh: '未完成', en: 'not done', aliases: ['未整改', '整改不到位'], completed: false },
  { key: 'postponed', zh: '申请延期', en: 'postponed', aliases: ['延期'], completed: false },
];

const BY_KEY = new Map(STATUSES.map((status) => [status.key, status]));

export function statusInfo(key: unknown): StatusInfo | undefined {
  return BY_KEY.get(key as Status);
}

export function isCompletedStatus(key: unknown): boolean {
  return statusInfo(key)?.completed ?? false;
}

const BY_LABEL = new Map(STATUSES.flatMap((s) => [s.zh, ...s.aliases].map((label) => [label, s.key] as const)));

const CLOSING = /[。.，,；;\s]/u;

/** The text without the punctuation and blanks it ends with. */
const withoutClosing = (text: string) => trimEndMatching(text, CLOSING);

/** The status key for a label as a report prints it (已完成并长期坚持 → done-ongoing). */
export function statusFromLabel(label: string): Status | undefined {
  return BY_LABEL.get(withoutClosing(label.trim()).replace(/，/g, ','));
}
