import Holidays from 'date-holidays';
import { CalendarVietnamese } from 'date-chinese';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError, lunarNewYear, lunarToSolar, solarToLunar } from '../../../lib/calendar';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const hungKings = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });

/** date-chinese's CalendarVietnamese (the engine under date-holidays' VN data): lunar date of a solar day. */
function independentLunar(day: string): { month: number; leap: boolean; day: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const cal = new CalendarVietnamese();
  cal.fromGregorian(y, m, d);
  const [, , month, leap, date] = cal.get();
  return { month, leap, day: date };
}

describe('Tết and Giỗ Tổ against date-holidays (VN), 1968–2100', () => {
  const hd = new Holidays('VN');
  const table = years(1968, 2100).map((year) => {
    const list = hd.getHolidays(year);
    const find = (rule: string) => list.find((h) => h.rule === rule)?.date.slice(0, 10);
    return { year, tet: find('vietnamese 1-0-1'), hungKings: find('vietnamese 3-0-10') };
  });

  it.each(table)('Tết $year is $tet', ({ year, tet }) => {
    expect(lunarNewYear(year)).toBe(tet);
  });

  it.each(table)('Giỗ Tổ $year', ({ year, hungKings: expected }) => {
    const ours = hungKings(year);
    if (ours === expected) return;
    // date-holidays' date handling disagrees with its own lunar engine in a few years (2050, 2083):
    // there the engine must confirm that our day is 10/3.
    expect(independentLunar(ours)).toEqual({ month: 3, leap: false, day: 10 });
    expect(independentLunar(expected!)).not.toEqual({ month: 3, leap: false, day: 10 });
  });
});

describe('lunar calendar over 1900–2199 against date-chinese CalendarVietnamese', () => {
  // The short Meeus series put the new moons of Jan 2175 and Jan 2199 within two minutes of
  // midnight, below their precision; Hồ Ngọc Đức's tables share that limit.
  const nearMidnight = new Set([2175, 2199]);
  it.each(years(1900, 2199).filter((y) => !nearMidnight.has(y)))('Tết and Giỗ Tổ %i', (year) => {
    expect(independentLunar(lunarNewYear(year))).toEqual({ month: 1, leap: false, day: 1 });
    expect(independentLunar(hungKings(year))).toEqual({ month: 3, leap: false, day: 10 });
  });
});

describe('Vietnam versus China (UTC+7 versus UTC+8)', () => {
  it.each([
    [1968, '1968-01-29'],
    [1969, '1969-02-16'],
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
    [2053, '2053-02-18'],
  ])('Tết %i is %s in Vietnam', (year, day) => expect(lunarNewYear(year)).toBe(day));

  it.each([
    [2009, '2009-04-04'],
    [2037, '2037-04-24'],
    [2038, '2038-04-13'],
  ])('Giỗ Tổ %i is %s in Vietnam', (year, day) => expect(hungKings(year)).toBe(day));
});

describe('solar ↔ lunar', () => {
  it('knows leap months: 2023 repeats month 2', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it('puts the leap month of 2033 after month 11, as Vietnamese almanacs print it', () => {
    expect(solarToLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(solarToLunar('2033-10-23')).toMatchObject({ month: 10, leap: false });
  });

  it('finds the month start when the mean lunation overshoots (1939-04-19 is 30/2)', () => {
    expect(solarToLunar('1939-04-19')).toEqual({ year: 1939, month: 2, day: 30, leap: false });
  });

  it('round-trips every day (property)', () => {
    const day = fc.integer({ min: 0, max: 109_000 }).map((i) => new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10));
    fc.assert(fc.property(day, (d) => lunarToSolar(solarToLunar(d)) === d), { numRuns: 2000 });
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(CalendarError);
    expect(() => lunarToSolar({ year: 2024, month: 13, day: 1, leap: false })).toThrow(CalendarError);
    expect(() => lunarToSolar({ year: 0, month: 1, day: 1, leap: false })).toThrow(CalendarError);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: Number.NaN, leap: false })).toThrow(CalendarError);
  });

  it('refuses a 30th day in a 29-day month', () => {
    // Month 12 of Ất Tỵ has 29 days: Tết Bính Ngọ follows 29 Chạp (2026-02-16).
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(CalendarError);
  });
});
