import type { Day } from '../dossier/schema';
import { CalendarError } from './errors';
import { daysInMonth } from '../time/strings';

/**
 * Day arithmetic on Julian Day Numbers with integer maths only, so no value passes through a
 * `Date` in the machine's time zone. A JDN names a whole civil day; Monday is JDN % 7 === 0.
 */

/** The lunar formulas are trusted over this span, and so is everything built on them. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError('out-of-range', { year: String(year), min: MIN_YEAR, max: MAX_YEAR });
  }
  return year;
}

/** Gregorian date to JDN (Fliegel–Van Flandern); valid for every year the calendar supports. */
export function jdn(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

export function fromJdn(n: number): { year: number; month: number; day: number } {
  const a = n + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

// Month lengths are a property of date strings, kept with them in lib/time.
export { daysInMonth };

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Lists repeat the same few hundred days; remembering them keeps a 10,000-row page cheap. */
const parsed = new Map<string, number>();

/** Parses and validates a `YYYY-MM-DD` day (a real date inside the supported years). */
export function parseDay(value: Day): number {
  const known = parsed.get(value);
  if (known !== undefined) return known;
  if (parsed.size >= 4096) parsed.clear();
  const n = validateDay(value);
  parsed.set(value, n);
  return n;
}

function validateDay(value: Day): number {
  const m = typeof value === 'string' ? DAY_RE.exec(value) : null;
  if (!m) throw new CalendarError('invalid-day', { value: String(value) });
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CalendarError('invalid-day', { value });
  }
  checkYear(year);
  return jdn(year, month, day);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const formatted = new Map<number, Day>();

export function formatDay(n: number): Day {
  const known = formatted.get(n);
  if (known) return known;
  if (formatted.size >= 4096) formatted.clear();
  const { year, month, day } = fromJdn(n);
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  formatted.set(n, text);
  return text;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  return (n % 7) + 1;
}

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

const parsedTimes = new Map<string, { day: number; minute: number }>();

/** Splits a Vietnam local `YYYY-MM-DDTHH:mm` into its day (JDN) and minute of the day. */
export function parseDateTime(value: string): { readonly day: number; readonly minute: number } {
  const known = parsedTimes.get(value);
  if (known) return known;
  if (parsedTimes.size >= 4096) parsedTimes.clear();
  const result = validateDateTime(value);
  parsedTimes.set(value, result);
  return result;
}

function validateDateTime(value: string): { day: number; minute: number } {
  const m = typeof value === 'string' ? DATE_TIME_RE.exec(value) : null;
  const hours = Number(m?.[2]);
  const minutes = Number(m?.[3]);
  if (!m || hours > 23 || minutes > 59) throw new CalendarError('invalid-date-time', { value: String(value) });
  try {
    return { day: parseDay(m[1]!), minute: hours * 60 + minutes };
  } catch (error) {
    if (error instanceof CalendarError && error.code === 'invalid-day') {
      throw new CalendarError('invalid-date-time', { value });
    }
    throw error;
  }
}

export function formatDateTime(day: number, minute: number): string {
  return `${formatDay(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
