import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, dayNumber, daysBetween, fromDayNumber, isIsoDate } from '../../src/core/dates.js';
import { completePeriods, periodContaining } from '../../src/core/periods.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

describe('calendar periods as Chinese practice counts them', () => {
  it('labels quarters, halves, months and years', () => {
    expect(periodContaining('2022-05-17', 'quarter')).toEqual({ start: '2022-04-01', end: '2022-06-30', label: { zh: '2022年第二季度', en: '2022 Q2' } });
    expect(periodContaining('2022-07-01', 'half-year')).toEqual({ start: '2022-07-01', end: '2022-12-31', label: { zh: '2022年下半年', en: '2022 H2' } });
    expect(periodContaining('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29', label: { zh: '2024年2月', en: '2024-02' } });
    expect(periodContaining('2023-12-31', 'year').label.zh).toBe('2023年');
  });

  it('lists complete periods from a start to the as-of date', () => {
    expect(completePeriods('2022-01-01', '2022-10-01', 'quarter').map((p) => p.label.zh)).toEqual(['2022年第一季度', '2022年第二季度', '2022年第三季度']);
    expect(completePeriods('2022-02-18', '2022-10-01', 'quarter').map((p) => p.label.zh)).toEqual(['2022年第二季度', '2022年第三季度']);
    expect(completePeriods('2022-02-18', '2022-10-01', 'quarter', true)).toHaveLength(3);
    expect(completePeriods('2022-01-01', '2022-06-30', 'half-year')).toEqual([]);
  });

  it('periods tile the calendar: each starts the day after the previous ends', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.constantFrom('month', 'quarter', 'half-year', 'year' as const), (date, unit) => {
        const iso = date.toISOString().slice(0, 10);
        const period = periodContaining(iso, unit);
        const next = periodContaining(addMonths(period.start, { month: 1, quarter: 3, 'half-year': 6, year: 12 }[unit]), unit);
        expect(period.start <= iso && iso <= period.end).toBe(true);
        expect(daysBetween(period.end, next.start)).toBe(1);
      }),
    );
  });

  it('validates ISO dates strictly', () => {
    expect(['2022-02-28', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2022-02-29', '2022-13-01', '2022-1-01', '2022年2月18日', 20220218].some(isIsoDate)).toBe(false);
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    // Years 0–99 are years 0–99 (Date.UTC would read them as 1900–1999): 0000 is a leap year, 1900 is not.
    expect([isIsoDate('0000-02-29'), isIsoDate('0100-02-29'), isIsoDate('0004-02-29')]).toEqual([true, false, true]);
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(daysBetween('1999-12-31', '2000-03-01')).toBe(61);
    expect(['2022-02-1a', '２０２２-02-18', '2022-02-18 ', ' 2022-02-18'].some(isIsoDate)).toBe(false);
  });

  it('accepts exactly the strings JSON Schema’s date format does (it replaces ajv-formats’ check in the plan validator)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const nearDate = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.constantFrom('-', '/', ''), fc.constantFrom('', ' ', '\n', 'Z', '1'))
      .map(([y, m, d, separator, tail]) => `${y.join('')}-${m.join('')}${separator}${d.join('')}${tail}`);
    const ajvDate = fullFormats.date as { validate: (value: string) => boolean };
    fc.assert(fc.property(fc.oneof(nearDate, fc.string({ maxLength: 12 })), (text) => isIsoDate(text) === ajvDate.validate(text)), { numRuns: 5000 });
  });

  it('numbers days as the calendar of Date does, over all four-digit years', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        return isIsoDate(iso) && dayNumber(iso) === Math.floor(date.getTime() / 86_400_000) && fromDayNumber(dayNumber(iso)) === iso;
      }),
      { numRuns: 2000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2022-0x-01')).toBeNaN();
  });
});
