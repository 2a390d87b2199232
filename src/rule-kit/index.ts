export * from './types.js';
export * from './define.js';
export * from './helpers.js';
export * from '../core/status.js';
export * from '../core/dates.js';
export * from '../core/periods.js';
export * from './sub-items.js';
export { titleSimilarity } from '../core/plan-match.js';
export { isUngroupedAspect, UNGROUPED_ASPECT_TITLE } from '../core/ungrouped.js';
