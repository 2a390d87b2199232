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

/** The number of the period of `unit` containing a date, counted from year 0 (month 0 of year 0 is in period 0). */
export function periodNumber(isoDate: string, unit: PeriodUnit): number {
  return Math.floor(monthIndex(isoDate) / MONTHS_PER[unit]);
}

/** The period of `unit` with a number from periodNumber. */
export function periodOfNumber(number: number, unit: PeriodUnit): CalendarPeriod {
  return periodAt(number * MONTHS_PER[unit], unit);
}

/** Periods `first`, `first + 1` … `first + count − 1` of a unit. */
export interface PeriodSpan {
  unit: PeriodUnit;
  first: number;
  count: number;
}

/**
 * The complete periods from `from` to `asOf` (and up to `endBy`, inclusive, when given) as a span of period
 * numbers: a period counts once its last day is before `asOf`; one that began before `from` counts only when
 * `includePartialFirst` is set. A span, not a list: a monthly commitment since 1950 checked as of 9999 spans
 * 96 000 months, and a rule reads only the few it names. Empty for an unknown unit.
 */
export function completePeriodSpan(from: string, asOf: string, unit: PeriodUnit, { includePartialFirst = false, endBy }: { includePartialFirst?: boolean; endBy?: string } = {}): PeriodSpan {
  if (!isPeriodUnit(unit)) return { unit, first: 0, count: 0 };
  let first = periodNumber(from, unit);
  if (periodOfNumber(first, unit).start !== from && !includePartialFirst) first++;
  // The period holding `asOf` has not ended by it; every one before it has.
  let last = periodNumber(asOf, unit) - 1;
  if (endBy !== undefined) {
    const ending = periodNumber(endBy, unit);
    last = Math.min(last, periodOfNumber(ending, unit).end <= endBy ? ending : ending - 1);
  }
  return { unit, first, count: Math.max(0, last - first + 1) };
}

/** The complete periods from `from` to `asOf`, listed (see completePeriodSpan). */
export function completePeriods(from: string, asOf: string, unit: PeriodUnit, includePartialFirst = false): CalendarPeriod[] {
  const span = completePeriodSpan(from, asOf, unit, { includePartialFirst });
  return Array.from({ length: span.count }, (_, i) => periodOfNumber(span.first + i, unit));
}
