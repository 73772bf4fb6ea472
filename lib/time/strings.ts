import type { Day, LocalDateTime } from './shapes';

/**
 * Calendar-day checks and month arithmetic on `YYYY-MM-DD` strings. Working days belong to
 * lib/calendar; this only knows month lengths, so no value passes through a `Date`.
 */

/** A month key, `YYYY-MM`, the unit of the month indexes. */
export type Month = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;


/** True for a real date written `YYYY-MM-DD` (rejects 2022-13-45 and 2023-02-29). */
export function isValidDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real Vietnam local minute written `YYYY-MM-DDTHH:mm`. */
export function isValidLocalDateTime(value: string): boolean {
  const m = TIME.exec(value);
  return m !== null && isValidDay(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

export function isValidMonth(value: string): boolean {
  const m = MONTH.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function dayOf(time: LocalDateTime): Day {
  return time.slice(0, 10);
}

export function monthOf(dayOrTime: string): Month {
  return dayOrTime.slice(0, 7);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month of the Gregorian calendar (29 in February of 2024, 2000; 28 in 1900, 2100). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function makeDay(year: number, month: number, day: number): Day {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The month `delta` months after `month` (negative goes back). */
export function addMonths(month: Month, delta: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** Same day of the month `delta` months away, clamped to the month's length (31 March − 1 → 28/29 Feb). */
export function addMonthsToDay(day: Day, delta: number): Day {
  const month = addMonths(monthOf(day), delta);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return makeDay(year, m, Math.min(Number(day.slice(8, 10)), daysInMonth(year, m)));
}

export function lastDayOf(month: Month): Day {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return makeDay(year, m, daysInMonth(year, m));
}

/** Every month from `from` to `to` inclusive, in order; empty when `to` is before `from`. */
export function monthsFromTo(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}
