import type { Commitment } from '../types/plan.js';
import { COUNT, parseCount } from './chinese-numbers.js';
import type { Span } from './span.js';

type Per = Commitment['frequency']['per'];

const PERIODS: Record<string, Per> = { 年: 'year', 年度: 'year', 半年: 'half-year', 季度: 'quarter', 季: 'quarter', 月: 'month', 月度: 'month' };
const VERBS = '组织召开|组织开展|专题研究|召开|开展|组织|听取|完成|形成|举办|举行|进行|报送|上报|讲授|讲|撰写';
const UNIT = '(?:次|篇|期|场|轮|份|遍)';

/**
 * 每季度至少召开一次安全生产工作分析会, 每半年召开一次…, 每年至少两次…, 每年至少开展2次以上…, 每季度完成…报告:
 * period, bound, verb, count and what is held, on width-folded text. The activity runs to the end of the clause.
 */
const FREQUENCY = new RegExp(
  `每(半年|年度|年|季度|季|月度|月)(?:都|均)?(至少|不少于|最少)?(${VERBS})?(?:(${COUNT})${UNIT}(以上)?)?([^，,。；;、\\n]*)`,
  'gu',
);
const TRAILING_COUNT = new RegExp(`(${COUNT})${UNIT}(以上)?$`, 'u');

export interface FrequencyMention {
  /** From 每 to the end of the activity. */
  span: Span;
  frequency: Commitment['frequency'];
  /** The activity held, e.g. 安全生产工作分析会 (《》 left out): the meeting kind that satisfies it. */
  activity: string;
}

export function findFrequencies(folded: string, offset = 0): FrequencyMention[] {
  const found: FrequencyMention[] = [];
  FREQUENCY.lastIndex = 0;
  for (let match = FREQUENCY.exec(folded); match; match = FREQUENCY.exec(folded)) {
    const [whole, period, atLeast, verb, countText, orMore, rest] = match;
    let activity = rest.trim();
    let count = countText === undefined ? undefined : parseCount(countText);
    let more = orMore;
    // 每季度召开专题会议一次: the count after the activity.
    const trailing = count === undefined ? TRAILING_COUNT.exec(activity) : null;
    if (trailing) {
      count = parseCount(trailing[1]);
      more = trailing[2];
      activity = activity.slice(0, trailing.index).trim();
    }
    // Without a count, only a verb makes it a commitment (每季度完成…报告 means once a quarter).
    if (count === undefined && verb === undefined) continue;
    activity = activity.replace(/^的/u, '').replace(/[《》〈〉“”"]/gu, '').trim();
    if (activity === '' || count === 0) continue;
    const bound = atLeast || more ? ({ bound: 'at-least' } as const) : {};
    found.push({
      span: { start: offset + match.index, end: offset + match.index + whole.trimEnd().length },
      frequency: { count: count ?? 1, per: PERIODS[period], ...bound },
      activity,
    });
  }
  return found;
}
