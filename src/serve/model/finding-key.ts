/**
 * What makes a finding the same finding in the next version: the baseline's identity (rule, problem id, path
 * inside the problem), never its line, so an acceptance or a comparison survives edits elsewhere in the document.
 */
import { findingIdentity, identityKey } from '../../baseline/finding-identity.js';
import type { Diagnostic } from '../../core/diagnostic.js';

export function findingKey(diagnostic: Diagnostic): string {
  // Every version of a unit is one document, so the file takes no part in it.
  return identityKey({ ...findingIdentity('', diagnostic, ''), file: '' });
}
