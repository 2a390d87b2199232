/**
 * Template filler is missing content: a field that still reads `（原因分析）`, `XXX`, `待填写` or `略` has not been
 * filled in, whatever it holds. One predicate for every rule that needs a field, so a skeleton from `rectlint init`,
 * a ledger template or a half-filled form is never judged complete.
 */
import { trimEndMatching } from '../../src/core/trim-end.js';

/**
 * The whole text one bracketed note, as templates write what belongs there: （原因分析）, (姓名), 【待补充】.
 * Not 《》 or 〈〉: a text that is one 《document title》 names a document.
 */
const BRACKETED = /^[（(【[〔［][^（）()【】[\]〔〕［］]*[）)】\]〕］]$/u;

/** Masks standing for a name or a number yet to be given: XXX, ××, ＸＸ, ○○, □□. (〇 is a digit: 二〇二二.) */
const MASK = /[Xx]{2,}|[Ｘｘ]{2,}|[×✕]{2,}|[○□]{2,}/u;

/** Words that say the field is empty: the whole text is one of them. */
const FILLER = new Set(['略', '无', '暂无', '空', '空白', '待定', '待填', '待填写', '待补充', '待完善', '待确定', '未填', '未填写', 'tbd', 'todo', 'n/a', 'na', 'none', 'null']);

/** What may follow a filler word: 略。 待定； */
const FILLER_CLOSING = /[\s。.，,；;：:！!]/u;

/** An instruction left in the field: 请填写…, 此处填写…, 在此输入…. */
const INSTRUCTION = /请(?:在此)?(?:填写|输入|补充|填入)|(?:此处|在此)(?:填写|输入|填入)/u;

/** Only punctuation and symbols: `/`, `—`, `……`, `-`. */
const NO_WORDS = /^[\p{P}\p{S}\s]+$/u;

/** Whether a text is template filler rather than content (an empty text is neither: it is simply empty). */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const bare = trimEndMatching(trimmed, FILLER_CLOSING);
  return BRACKETED.test(trimmed) || MASK.test(trimmed) || FILLER.has(bare.toLowerCase()) || INSTRUCTION.test(trimmed) || NO_WORDS.test(trimmed);
}

/** A field that says something: a string with text that is not a placeholder. */
export function hasContent(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !isPlaceholder(value);
}

/** A placeholder as a message quotes it: whole when short, else its start. */
export function quotedPlaceholder(text: string): string {
  const trimmed = text.trim();
  return [...trimmed].length <= 30 ? trimmed : `${[...trimmed].slice(0, 29).join('')}…`;
}
