/**
 * Problems a document lists without grouping them into aspects are kept under one aspect with this title and no
 * id (the importers write it; a plan's author may too). It is a container, not an aspect the document names.
 */
export const UNGROUPED_ASPECT_TITLE = '（未分方面）';

/** Whether `aspect` is that container. */
export function isUngroupedAspect(aspect: unknown): boolean {
  if (typeof aspect !== 'object' || aspect === null) return false;
  const { id, title } = aspect as { id?: unknown; title?: unknown };
  return id === undefined && (title === UNGROUPED_ASPECT_TITLE || title === undefined || title === '');
}
