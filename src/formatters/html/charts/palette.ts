import type { Grade } from '../../../core/score.js';
import type { DiagnosticSeverity } from '../../../rule-kit/types.js';

/** Muted colours that stay apart in print and for common colour-vision deficiencies (paired with labels). */
export const GRADE_COLORS: Record<Grade['key'], string> = {
  excellent: '#2f7d4f',
  good: '#2d6aa3',
  pass: '#c27c0e',
  fail: '#b83232',
};

export const SEVERITY_COLORS: Record<DiagnosticSeverity, string> = {
  error: '#b83232',
  warn: '#d59a1f',
  info: '#4a86c5',
};

export const STATUS_COLORS: Record<string, string> = {
  done: '#2f7d4f',
  'done-ongoing': '#3f9d8c',
  'basically-done': '#8cbf6e',
  'in-progress': '#2d6aa3',
  ongoing: '#7a5bb5',
  'not-started': '#9aa5b1',
  'not-done': '#b83232',
  postponed: '#d9772b',
  '': '#cfd6de',
};

export const TIMELINE_COLORS = { due: '#d9772b', completed: '#2f7d4f', asOf: '#6b7785' };
