import { addMonths, dayNumber, fromDayNumber, isoFromParts } from './dates.js';
import type { LocalizedText } from '../rule-kit/types.js';

export type PeriodUnit = 'month' | 'quarter' | 'half-year' | 'year';

export interface CalendarPeriod {
  start: string;
  /** Last day of the period, inclusive. */
  end: string;
  label: LocalizedText;
}

const MONTHS_PER: Record<PeriodUnit, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };
const QUARTER_ZH = ['第一季度', '第二季度', '第三季度', '第四季度'];

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

/** The calendar period (Chinese practice: 第一季度 = Jan–Mar, 上半年 = Jan–Jun) containing a date. */
export function periodContaining(isoDate: string, unit: PeriodUnit): CalendarPeriod {
  const [year, month] = isoDate.split('-').map(Number);
  const size = MONTHS_PER[unit];
  const firstMonth = Math.floor((month - 1) / size) * size + 1;
  const start = isoFromParts(year, firstMonth, 1);
  const end = fromDayNumber(dayNumber(addMonths(start, size)) - 1);
  return { start, end, label: label(unit, year, firstMonth) };
}

/**
 * The complete periods from `from` to `asOf`: a period counts once its last day is before `asOf`.
 * A period that began before `from` counts only when `includePartialFirst` is set.
 */
export function completePeriods(from: string, asOf: string, unit: PeriodUnit, includePartialFirst = false): CalendarPeriod[] {
  const periods: CalendarPeriod[] = [];
  let period = periodContaining(from, unit);
  if (period.start !== from && !includePartialFirst) period = periodContaining(addMonths(period.start, MONTHS_PER[unit]), unit);
  while (period.end < asOf) {
    periods.push(period);
    period = periodContaining(addMonths(period.start, MONTHS_PER[unit]), unit);
  }
  return periods;
}
