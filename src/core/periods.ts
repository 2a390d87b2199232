import { daysInMonth, isoFromParts } from './dates.js';
import type { LocalizedText } from '../rule-kit/types.js';

export type PeriodUnit = 'month' | 'quarter' | 'half-year' | 'year';

export interface CalendarPeriod {
  start: string;
  /** Last day of the period, inclusive. */
  end: string;
  label: LocalizedText;
}

const MONTHS_PER: Readonly<Record<PeriodUnit, number>> = Object.assign(Object.create(null) as Record<PeriodUnit, number>, { month: 1, quarter: 3, 'half-year': 6, year: 12 });
const QUARTER_ZH = ['第一季度', '第二季度', '第三季度', '第四季度'];
/** ISO dates end with the year 9999: a period after it has no date to compare. */
const LAST_YEAR = 9999;

/** Whether a plan's `per` names a period the calendar knows (a plan may say anything, e.g. "week"). */
export function isPeriodUnit(value: unknown): value is PeriodUnit {
  return typeof value === 'string' && Object.hasOwn(MONTHS_PER, value);
}

function label(unit: PeriodUnit, year: number, month: number): LocalizedText {
  switch (unit) {
    case 'month':
      return { zh: `${year}年${month}月`, en: `${year}-${String(month).padStart(2, '0')}` };
    case 'quarter': {
      const q = Math.floor((month - 1) / 3);
      return { zh: `${year}年${QUARTER_ZH[q]}`, en: `${year} Q${q + 1}` };
    }
    case 'half-year':
      return month <= 6 ? { zh: `${year}年上半年`, en: `${year} H1` } : { zh: `${year}年下半年`, en: `${year} H2` };
    case 'year':
      return { zh: `${year}年`, en: `${year}` };
  }
}

/** Months since year 0 of an ISO date (year × 12 + month − 1): periods are counted in whole months, without Date. */
function monthIndex(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

/** The period of `unit` that starts at or contains the month `index`. */
function periodAt(index: number, unit: PeriodUnit): CalendarPeriod {
  const size = MONTHS_PER[unit];
  const first = Math.floor(index / size) * size;
  const last = first + size - 1;
  const [year, month] = [Math.floor(first / 12), (first % 12) + 1];
  const [endYear, endMonth] = [Math.floor(last / 12), (last % 12) + 1];
  return { start: isoFromParts(year, month, 1), end: isoFromParts(endYear, endMonth, daysInMonth(endYear, endMonth)), label: label(unit, year, month) };
}

/** The calendar period (Chinese practice: 第一季度 = Jan–Mar, 上半年 = Jan–Jun) containing a date. */
export function periodContaining(isoDate: string, unit: PeriodUnit): CalendarPeriod {
  return periodAt(monthIndex(isoDate), unit);
}

/**
 * The complete periods from `from` to `asOf`: a period counts once its last day is before `asOf`.
 * A period that began before `from` counts only when `includePartialFirst` is set. None for an unknown unit.
 */
export function completePeriods(from: string, asOf: string, unit: PeriodUnit, includePartialFirst = false): CalendarPeriod[] {
  const periods: CalendarPeriod[] = [];
  if (!isPeriodUnit(unit)) return periods;
  const size = MONTHS_PER[unit];
  let index = Math.floor(monthIndex(from) / size) * size;
  if (periodAt(index, unit).start !== from && !includePartialFirst) index += size;
  for (; Math.floor((index + size - 1) / 12) <= LAST_YEAR; index += size) {
    const period = periodAt(index, unit);
    if (period.end >= asOf) break;
    periods.push(period);
  }
  return periods;
}
