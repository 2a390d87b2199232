import type { Inspection, Organization, Person } from '../types/plan.js';
import type { ImportContext } from './context.js';
import { findDates, type DateMention } from './dates.js';
import type { Span } from './span.js';

/** Facts about the inspection and the unit's leading group, from the opening paragraphs (practice.md §2). */
export interface InspectionFacts {
  inspection: Partial<Inspection> & { period?: Inspection['period'] & { 'x-text'?: string } };
  organization: Organization;
  /** Where facts were found, so the opening's other paragraphs can be told apart. */
  used: Span[];
}

const TEAM = /(中央|省委|市委|州委|盟委|区委|县委|旗委|工委|党委|党组)?第([一二三四五六七八九十\d]{1,3})(专项|机动|提级)?(巡[察视])组/u;
const UNIT_INSPECTED = /巡[察视]组(?:于[^,。;:对]{0,24})?对([^,。;:、]{2,30}?)(?:开展|进行|实施|反馈|作了?反馈)了?/u;
const UNIT_FED_BACK = /巡[察视]组[^,。;:]{0,12}?向([^,。;:、向]{2,24}?(?:党组|党委|党工委|党总支|党支部|委员会))(?:反馈|作了?反馈|进行了?反馈)/u;
const UNIT_SUBJECT = /(?:^|[,。;:])([^,。;:、对向“”《》\s]{2,20}?(?:党组|党委|党工委|党总支|党支部))/u;
const TOPIC = /(?:开展|进行)了?([^,。;:、]{2,20}?领域)专项巡[察视]/u;
const ROUND = /([^,。;:、\s]{0,8}届[^,。;:、\s]{0,6}第[一二三四五六七八九十\d]{1,3}轮)/u;
const LEADER = /(?:由([^,。;:由]{2,24}?)|以([^,。;:以]{2,24}?)为|([^,。;:]{2,24}?))(?:担任|任|为)(?:[^,。;:]{0,16}?领导小组)?组长/u;
// 成立以党组书记…为组长的整改工作领导小组: the name is what follows the last 的.
const GROUP_NAME = /成立(?:了)?(?:[^,。;:]{0,40}的)?([^,。;:的]{0,20}?领导小组)/u;
const MEMBERS = /成员由([^,。;:]{2,30}?)组成|([^,。;:]{2,30}?)为成员/u;
const FIRST_RESPONSIBLE = /([^,。;:]{2,30}?)(?:切实|认真|带头|主动)?(?:履行|担任|是|为|作为)(?:巡察)?(?:整改工作)?(?:的)?第一责任人/u;
const POST_THEN_NAME = /^(.*(?:书记|局长|主任|部长|院长|校长|县长|区长|市长|镇长|乡长|主席|经理|董事长|处长|科长|所长|站长|队长|行长|社长|馆长))([\u4e00-\u9fa5]{2,4})$/u;

const POST_ONLY = /(?:书记|局长|主任|部长|院长|校长|县长|区长|市长|镇长|乡长|主席|经理|董事长|处长|科长|所长|站长|队长|行长|社长|馆长|负责人|负责同志|班子成员)$/u;

/** 党组书记刘德林 → name and post; a post alone (党组书记、局长), as reports often print, is a post. */
export function personOf(words: string): Person {
  const match = POST_THEN_NAME.exec(words);
  if (match) return { name: match[2], post: match[1] };
  return POST_ONLY.test(words) ? { post: words } : { name: words };
}

export function readInspectionFacts(ctx: ImportContext, lines: readonly Span[], allLines: readonly Span[]): InspectionFacts {
  const facts: InspectionFacts = { inspection: {}, organization: {}, used: [] };
  const found = (path: (string | number)[], start: number, length: number): Span => {
    const range = { start, end: start + length };
    ctx.spans.set(path, range);
    facts.used.push(range);
    return range;
  };
  const first = <T>(source: readonly Span[], read: (folded: string, offset: number) => T | undefined): T | undefined => {
    for (const line of source) {
      const value = read(ctx.folded.slice(line.start, line.end), line.start);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const { inspection, organization } = facts;

  // The team is named in the opening, or anywhere (report-b names it only in a document title).
  first([...lines, ...allLines], (folded, offset) => {
    const match = TEAM.exec(folded);
    if (!match) return undefined;
    inspection.team = ctx.text.slice(offset + match.index, offset + match.index + match[0].length);
    found(['inspection', 'team'], offset + match.index, match[0].length);
    inspection.kind = match[4] as '巡察' | '巡视';
    found(['inspection', 'kind'], offset + match.index, match[0].length);
    if (match[3]) {
      inspection.mode = match[3] as Inspection['mode'];
      found(['inspection', 'mode'], offset + match.index, match[0].length);
    }
    return true;
  });
  const capture = (key: 'inspectedUnit' | 'topic' | 'round', patterns: RegExp[]) =>
    first(lines, (folded, offset) => {
      for (const pattern of patterns) {
        const match = pattern.exec(folded);
        const value = match?.slice(1).find((group) => group !== undefined);
        if (!match || !value) continue;
        const at = offset + match.index + match[0].indexOf(value);
        inspection[key] = ctx.text.slice(at, at + value.length);
        found(['inspection', key], at, value.length);
        return true;
      }
      return undefined;
    });
  capture('inspectedUnit', [UNIT_INSPECTED]) ?? capture('inspectedUnit', [UNIT_FED_BACK]) ?? capture('inspectedUnit', [UNIT_SUBJECT]);
  capture('topic', [TOPIC]);
  capture('round', [ROUND]);

  // A line's dates are found once, for the feedback date and the period both.
  const datesOf = new Map<string, DateMention[]>();
  const lineDates = (line: Span, folded = ctx.folded.slice(line.start, line.end)) => {
    const key = `${line.start}:${line.end}`;
    let dates = datesOf.get(key);
    if (!dates) datesOf.set(key, (dates = findDates(folded, line.start)));
    return dates;
  };
  first(lines, (folded, offset) => {
    const date = feedbackDate(ctx, folded, offset, lineDates({ start: offset, end: offset + folded.length }, folded));
    if (!date) return undefined;
    inspection.feedbackDate = date.iso;
    found(['inspection', 'feedbackDate'], date.span.start, date.span.end - date.span.start);
    return true;
  });
  readPeriod(ctx, lines, lineDates, facts, found);
  readLeadingGroup(ctx, lines, organization, found);
  return facts;
}

/** 2021年10月中旬至2021年12月中旬: the stretch the team was stationed, ends taken as the ten-day's first and last days. */
function readPeriod(ctx: ImportContext, lines: readonly Span[], lineDates: (line: Span) => DateMention[], facts: InspectionFacts, found: (path: (string | number)[], start: number, length: number) => Span): void {
  for (const line of lines) {
    const dates = lineDates(line);
    for (let i = 0; i + 1 < dates.length; i++) {
      const [from, to] = [dates[i], dates[i + 1]];
      const between = ctx.folded.slice(from.span.end, to.span.start);
      const after = ctx.folded.slice(to.span.end, to.span.end + 40);
      if (!/^\s*(?:至|到|—|-|~)\s*$/u.test(between) || !/巡[察视]|进驻/u.test(after)) continue;
      const start = ctx.years.iso(from as DateMention, 'start');
      const end = ctx.years.iso(to as DateMention, 'end');
      if (!start || !end) continue;
      const text = ctx.text.slice(from.span.start, to.span.end);
      facts.inspection.period = { start, end, 'x-text': text };
      for (const key of [[], ['start'], ['end'], ['x-text']]) found(['inspection', 'period', ...key], from.span.start, to.span.end - from.span.start);
      return;
    }
  }
}

function readLeadingGroup(ctx: ImportContext, lines: readonly Span[], organization: Organization, found: (path: (string | number)[], start: number, length: number) => Span): void {
  const group: NonNullable<Organization['leadingGroup']> = {};
  for (const line of lines) {
    const folded = ctx.folded.slice(line.start, line.end);
    const at = (match: RegExpExecArray, value: string) => line.start + match.index + match[0].indexOf(value);
    const name = GROUP_NAME.exec(folded);
    if (name && group.name === undefined) {
      group.name = ctx.text.slice(at(name, name[1]), at(name, name[1]) + name[1].length);
      found(['organization', 'leadingGroup', 'name'], at(name, name[1]), name[1].length);
    }
    const leader = LEADER.exec(folded);
    const leaderWords = leader?.[1] ?? leader?.[2] ?? leader?.[3];
    if (leader && leaderWords && group.leader === undefined) {
      // 成立由党组书记、局长周立新任组长: the person is what follows the last 由 or 以.
      const lead = Math.max(leaderWords.lastIndexOf('由'), leaderWords.lastIndexOf('以')) + 1;
      const who = leaderWords.slice(lead);
      const from = at(leader, leaderWords) + lead;
      group.leader = personOf(ctx.text.slice(from, from + who.length));
      for (const key of [[], ['name'], ['post']]) found(['organization', 'leadingGroup', 'leader', ...key], from, who.length);
    }
    const members = MEMBERS.exec(folded);
    const membersWords = members?.[1] ?? members?.[2];
    if (members && membersWords && group.membersText === undefined) {
      group.membersText = ctx.text.slice(at(members, membersWords), at(members, membersWords) + membersWords.length);
      found(['organization', 'leadingGroup', 'membersText'], at(members, membersWords), membersWords.length);
    }
    const first = FIRST_RESPONSIBLE.exec(folded);
    if (first && organization.firstResponsible === undefined) {
      organization.firstResponsible = personOf(ctx.text.slice(at(first, first[1]), at(first, first[1]) + first[1].length));
      for (const key of [[], ['name'], ['post']]) found(['organization', 'firstResponsible', ...key], at(first, first[1]), first[1].length);
    }
  }
  // 党委书记履行第一责任人职责 and 以党委书记赵文涛为组长: the same post, so the same person.
  const first = organization.firstResponsible;
  if (first && first.name === undefined && first.post && group.leader?.name && group.leader.post?.includes(first.post.replace(/^.*?(?=党[组委工])/u, ''))) {
    first.name = group.leader.name;
  }
  if (Object.keys(group).length > 0) {
    organization.leadingGroup = group;
    ctx.spans.setDefault(['organization', 'leadingGroup'], ctx.spans.get(['organization', 'leadingGroup', Object.keys(group)[0]])!);
  }
  const any = ctx.spans.get(['organization', 'leadingGroup']) ?? ctx.spans.get(['organization', 'firstResponsible']);
  if (any) ctx.spans.setDefault(['organization'], any);
}

/** A line's sentences (cut at 。！？), with their offsets in the line. */
export function sentences(folded: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || '。!?'.includes(folded[i])) {
      if (i > start) out.push({ text: folded.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  return out;
}

/**
 * The day the team gave its feedback: the nearest full date before an act of feedback in the same sentence
 * (2022年1月20日，…向局党组反馈了巡察意见 / 并于2023年8月29日反馈了巡视意见 / 召开巡察反馈会), not a date after
 * it (巡察反馈会后，局党组于1月24日召开…) nor one before 研究反馈意见.
 */
function feedbackDate(ctx: ImportContext, folded: string, offset: number, lineDates: readonly DateMention[]): { iso: string; span: { start: number; end: number } } | undefined {
  const days = lineDates.filter((m) => m.form === 'day' && !m.since);
  // Dates, sentences and 反馈 all go left to right, so one walk over each (a date never spans a sentence's end).
  let next = 0;
  for (const sentence of sentences(folded)) {
    const start = offset + sentence.start;
    while (next < days.length && days[next].span.start < start) next++;
    let before: DateMention | undefined;
    for (let at = sentence.text.indexOf('反馈'); at >= 0; at = sentence.text.indexOf('反馈', at + 2)) {
      while (next < days.length && days[next].span.end <= start + at) before = days[next++];
      if (!before || !isFeedbackAct(sentence.text, at)) continue;
      const iso = ctx.years.iso(before);
      if (iso) return { iso, span: before.span };
    }
  }
  return undefined;
}

/** 反馈了…, 作了反馈, 向…反馈, 反馈会, 反馈巡察意见: the team giving feedback, not 反馈会后 or 研究反馈意见. */
function isFeedbackAct(text: string, at: number): boolean {
  const after = text.slice(at + 2, at + 6);
  if (/^(?:后|以来|之后|会后|意见后|会上|以后)/u.test(after)) return false;
  if (/^(?:了|会|巡[察视]|情况|问题|[,，。])/u.test(after) || at + 2 >= text.length) return true;
  const before = text.slice(Math.max(0, at - 24), at);
  if (/(?:作了?|作出|进行了?|给予|集中)$/u.test(before)) return true;
  // 向局党组反馈意见: the feedback given to someone.
  return /向[^,，。;；]{1,20}$/u.test(before);
}
