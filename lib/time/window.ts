import { vietnamYear } from './vietnam';

/**
 * The one window of dates the extension accepts, shared by the reader, the calendar's callers and
 * the history: from 1 January 1990 (before any one-stop office and any electronic portal; Quyết định
 * 181/2003/QĐ-TTg set up the one-stop mechanism) to 31 December ten years after the real clock's year
 * (appointments lie days or months ahead, never decades). A date outside it is a misreading or a
 * hostile value: the row is unreadable, the record refused. Bounding it also bounds every loop over
 * dates (at most ~600 months), where a year 9999 once made a month loop run for ever.
 */
const DATE_WINDOW_FIRST_YEAR = 1990;
const DATE_WINDOW_YEARS_AHEAD = 10;

interface DateWindow {
  /** First day accepted, `YYYY-MM-DD`. */
  from: string;
  /** Last day accepted, `YYYY-MM-DD`. */
  to: string;
  firstYear: number;
  lastYear: number;
}

/** The window as of the real clock (`now` in epoch milliseconds; never the as-of override). */
export function dateWindow(now: number = Date.now()): DateWindow {
  const lastYear = vietnamYear(now) + DATE_WINDOW_YEARS_AHEAD;
  return { from: `${DATE_WINDOW_FIRST_YEAR}-01-01`, to: `${lastYear}-12-31`, firstYear: DATE_WINDOW_FIRST_YEAR, lastYear };
}

/** True when `year` lies in the window. */
export function yearInWindow(year: number, now?: number): boolean {
  return Number.isInteger(year) && year >= DATE_WINDOW_FIRST_YEAR && year <= vietnamYear(now) + DATE_WINDOW_YEARS_AHEAD;
}

/** True when a `YYYY-MM-DD…` value (a day or a local time) starts with a year inside the window. */
export function inDateWindow(value: string, now?: number): boolean {
  return /^\d{4}-/.test(value) && yearInWindow(Number(value.slice(0, 4)), now);
}

/** A value outside the window (or not a date at all) where one inside it was required. */
export class DateWindowError extends RangeError {
  constructor(readonly value: string, now?: number) {
    const { from, to } = dateWindow(now);
    super(`${value} is not a date from ${from} to ${to}`);
    this.name = 'DateWindowError';
  }
}
