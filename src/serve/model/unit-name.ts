/**
 * Which unit a document is from. The unit a plan names (`inspection.inspectedUnit`) decides; a document that
 * names none is filed under its file name until a reviewer says otherwise. Names are matched folded (full-width
 * forms, spaces and case), since units type their own name in many ways.
 */
import { isObject } from '../../rule-kit/helpers.js';

export type UnitSource = 'document' | 'file-name' | 'reviewer';

const MAX_NAME = 200;

/** A unit name fit to show and store: one line, no control characters, at most MAX_NAME characters. */
export function cleanUnitName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_NAME);
}

/** The key two names of one unit share. */
export function unitKey(name: string): string {
  return cleanUnitName(name).normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The unit a checked plan names, if any. */
export function unitInPlan(plan: unknown): string | undefined {
  const inspection = isObject(plan) && isObject(plan.inspection) ? plan.inspection : undefined;
  const unit = typeof inspection?.inspectedUnit === 'string' ? cleanUnitName(inspection.inspectedUnit) : '';
  return unit || undefined;
}

/** A file's name without its folder and extension: what a document that names no unit is filed under. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return cleanUnitName(dot > 0 ? base.slice(0, dot) : base) || base;
}
