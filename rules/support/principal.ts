import { splitList } from './lexicon.js';
import { wordList } from './options.js';

/**
 * Who counts as the unit's principal (主要负责人, 一把手): the secretary of its Party organisation. A 副书记 or a
 * 纪委书记 holds a 书记 title without being the principal, so those are excluded.
 */
export interface PrincipalLexicon {
  principalTitles: readonly string[];
  notPrincipalTitles: readonly string[];
}

export const PRINCIPAL_TITLES = ['书记', '主要负责人', '一把手'];
export const NOT_PRINCIPAL_TITLES = ['副书记', '纪委书记', '纪工委书记', '纪检委员', '纪检组长', '纪检监察组长', '副组长'];

export const principalOptionSchemas = {
  principalTitles: wordList(PRINCIPAL_TITLES, 'Titles that make a post the principal’s (党组书记, 党委书记 … all contain 书记).'),
  notPrincipalTitles: wordList(NOT_PRINCIPAL_TITLES, 'Titles that contain a principal title without being one (副书记, 纪委书记 …).'),
};

/** Whether one of the posts in a text such as 党组书记、局长 or 党组成员、副局长 李某 is the principal's. */
export function isPrincipalPost(text: string, lexicon: PrincipalLexicon): boolean {
  return splitList(text).some(
    (part) => lexicon.principalTitles.some((t) => part.includes(t)) && !lexicon.notPrincipalTitles.some((t) => part.includes(t)),
  );
}
