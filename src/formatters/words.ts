import type { DiagnosticSeverity, Locale } from '../rule-kit/types.js';

const WORDS = {
  'zh-CN': { error: '错误', warn: '警告', info: '提示', score: '得分', plans: '份方案', problems: '个问题', errors: '个错误', warnings: '个警告', infos: '个提示', average: '平均得分', clean: '未发现问题' },
  en: { error: 'error', warn: 'warning', info: 'info', score: 'score', plans: 'plan(s)', problems: 'findings', errors: 'errors', warnings: 'warnings', infos: 'infos', average: 'average score', clean: 'no findings' },
} as const;

export function words(locale: Locale) {
  return WORDS[locale];
}

export function severityWord(severity: DiagnosticSeverity, locale: Locale): string {
  return WORDS[locale][severity];
}
