import type { DiagnosticSeverity, Locale } from '../rule-kit/types.js';

const WORDS = {
  'zh-CN': { error: '错误', warn: '警告', info: '提示', score: '得分' },
  en: { error: 'error', warn: 'warning', info: 'info', score: 'score' },
} as const;

export function words(locale: Locale) {
  return WORDS[locale];
}

export function severityWord(severity: DiagnosticSeverity, locale: Locale): string {
  return WORDS[locale][severity];
}
