/**
 * Reads the date forms Vietnamese one-stop portals print (docs/portal-reference.md §2.3) into Vietnam local time
 * strings (`YYYY-MM-DDTHH:mm`), never through a `Date` in the browser's zone.
 *
 * Accepted, always day first for numeric dates:
 * - `20/05/2022`, `20-05-2022`, `20.05.2022`, `20/5/2022` (1-digit day/month);
 * - a time after (`20/05/2022 17:00`, `20-05-2022<br>09:15:00`, `20/05/2022 lúc 17:00`, 12-hour
 *   `03/06/2024 4:30:00 CH` with the vi-VN "SA"/"CH" or AM/PM designators) or before
 *   (`10:00:00 20/5/2024` from `toLocaleString('vi-VN')`, `09:15:00 ngày 13/05/2022`, `16:20, 20/05/2022`);
 * - a half-day window after the date (`20-05-2022 Từ 13:30 đến 16:00`): its END is taken, since the
 *   result is promised within the window;
 * - ISO `2024-05-20T10:00:00.000+0700`, `+07:00`, `Z`, `+0000` (converted to Vietnam time), or with
 *   no offset (read as Vietnam time); year-first `2022/05/20` (with `dateOrder` 'ymd' or 'auto').
 *
 * Date-only policy: a due, finished or returned date without a time gets 17:00, the end of office
 * hours (a result promised "on 20/05" may be handed over until closing time), and the caller marks
 * `dueDateOnly`; a received or submitted date without a time gets 00:00, the start of the day, so
 * it never claims a later hour than the page said.
 *
 * Countdown labels ("Còn 2 ngày", "Hôm nay") contain no numeric date and are never read as one.
 * Impossible dates (31/02/2022, 99/99/9999) are reported as `invalid`, never thrown.
 */
import type { LocalDateTime } from '../dossier/schema';
import { yearInWindow } from '../time/window';
import { memo } from './memo';

export type DateOrder = 'dmy' | 'ymd' | 'auto';

export interface FoundDate {
  /** Vietnam local time; for a date-only value, the day at 00:00 (see `withDayTime`). */
  value: LocalDateTime;
  dateOnly: boolean;
  /** The matched text, for diagnostics. */
  text: string;
}

export interface DateScan {
  dates: FoundDate[];
  /** Date-like texts that are not real calendar dates or times. */
  invalid: string[];
  /**
   * Of those, the real calendar dates whose year is outside the shared window (lib/time/window.ts):
   * a row dated 2200 is a misreading or a hostile value, so the row is unreadable rather than read
   * without the date.
   */
  outside: string[];
}

const T = String.raw`(\d{1,2})[:h](\d{2})(?::(\d{2}))?`;
/**
 * A 12-hour designator after a time: the vi-VN locale writes "SA" (sáng) / "CH" (chiều), after a
 * trailing time in .NET Framework's `dd/MM/yyyy h:mm:ss tt` (ASP.NET pages) and after a leading one
 * in ICU's `toLocaleString('vi-VN', { hour12: true })` ("4:30:00 CH 5/6/2024"); English cultures
 * write AM/PM. In MERIDIEM group 1 is morning, group 2 afternoon.
 */
const DESIGNATOR = String.raw`(?:SA|CH|AM|PM|am|pm)(?![\p{L}\d])`;
const MERIDIEM = /^[^\S\n]*(?:(SA|AM|am)|(CH|PM|pm))(?![\p{L}\d])/u;
const LEADING_MERIDIEM = /^\d{1,2}[:h]\d{2}(?::\d{2})?[^\S\n]*(?:(SA|AM|am)|(CH|PM|pm))(?![\p{L}\d])/u;
/** Spaces within one line: a time belongs to a date on its own line, or on the next line after it. */
const SP = String.raw`[^\S\n]*`;
/** A time followed on its line by another date is that date's leading time, not this one's trailing. */
const NOT_DATE_AHEAD = String.raw`(?!${SP}\d{1,2}[\/.-]\d)`;
const WINDOW = String.raw`\s*[-–(]?\s*từ\s+\d{1,2}[:h]\d{2}\s+đến\s+(\d{1,2})[:h](\d{2})`;
/** Groups: 1-3 time before, 4 day, 5 separator, 6 month, 7 year, 8-10 time after, 11-12 or 13-14 window end. */
const DMY = new RegExp(
  String.raw`(?:(?<![\d:])${T}(?:${SP}${DESIGNATOR})?${SP},?${SP}(?:ngày${SP})?)?(?<![\d.])(\d{1,2})([\/.-])(\d{1,2})\5(\d{4})(?!\d)` +
    String.raw`(?:${SP}\n?${SP},?${SP}(?:lúc${SP}|vào${SP})?(?<![\d:])${T}(?![\d:])${NOT_DATE_AHEAD}(?:${WINDOW})?|${WINDOW})?`,
  'giu',
);
/** Groups: 1 year, 3 month, 4 day, 5-7 time, 8 offset. */
const YMD = new RegExp(
  String.raw`(?<![\d.])(\d{4})([\/.-])(\d{1,2})\2(\d{1,2})(?!\d)(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`,
  'gi',
);


/** Cheap pre-checks so cells without a date skip the full patterns. */
const MAYBE_DATE = /\d[\/.-]\d/;
const MAYBE_YMD = /\d{4}[\/.-]\d/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A real calendar day (any year); the window is checked apart, see `DateScan.outside`. */
function isCalendarDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

/** Not a date, a date outside the shared window (a row dated 2200 or 9999 is a misreading), or a date. */
function dayCheck(y: number, m: number, d: number): 'invalid' | 'outside' | 'ok' {
  if (!isCalendarDay(y, m, d)) return 'invalid';
  return yearInWindow(y) ? 'ok' : 'outside';
}

function isRealTime(h: number, min: number, s = 0): boolean {
  return h <= 23 && min <= 59 && s <= 59;
}

/** Shifts a wall-clock time at `offsetMinutes` from UTC to Vietnam time (UTC+7). */
function toVietnam(y: number, m: number, d: number, h: number, min: number, offsetMinutes: number): LocalDateTime {
  const t = new Date(Date.UTC(y, m - 1, d, h, min) + (7 * 60 - offsetMinutes) * 60_000);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

function parseOffset(s: string): number {
  if (s === 'Z' || s === 'z') return 0;
  const sign = s[0] === '-' ? -1 : 1;
  const digits = s.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

const scanners: Record<DateOrder, (text: string) => DateScan> = {
  dmy: memo((text) => scan(text, 'dmy')),
  ymd: memo((text) => scan(text, 'ymd')),
  auto: memo((text) => scan(text, 'auto')),
};

/** Every date in `text`, in order of appearance (results are shared: do not modify them). */
export function scanDates(text: string, order: DateOrder = 'auto'): DateScan {
  return scanners[order](text);
}

function scan(text: string, order: DateOrder): DateScan {
  const found: Array<{ at: number; date?: FoundDate; invalid?: string; outside?: boolean }> = [];
  if (!MAYBE_DATE.test(text)) return { dates: [], invalid: [], outside: [] };
  if (order !== 'ymd') {
    for (const m of text.matchAll(DMY)) {
      const day = Number(m[4]);
      const month = Number(m[6]);
      const year = Number(m[7]);
      let hour = num(m[11] ?? m[13] ?? m[8] ?? m[1]);
      const meridiem =
        m[8] !== undefined && m[11] === undefined && m[13] === undefined
          ? MERIDIEM.exec(text.slice(m.index + m[0].length))
          : m[8] === undefined && m[1] !== undefined && m[11] === undefined && m[13] === undefined ? LEADING_MERIDIEM.exec(m[0]) : null;
      if (meridiem && hour !== undefined && hour >= 1 && hour <= 12) hour = (hour % 12) + (meridiem[2] ? 12 : 0);
      const minute = num(m[12] ?? m[14] ?? m[9] ?? m[2]);
      const second = num(m[11] || m[13] ? undefined : (m[10] ?? m[3]));
      const checked = dayCheck(year, month, day);
      const ok = checked === 'ok' && (hour === undefined || isRealTime(hour, minute!, second));
      const at = m.index;
      if (!ok) found.push({ at, invalid: m[0], outside: checked === 'outside' });
      else
        found.push({
          at,
          date: {
            value: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour ?? 0)}:${pad(minute ?? 0)}`,
            dateOnly: hour === undefined,
            text: m[0],
          },
        });
    }
  }
  if (MAYBE_YMD.test(text) && (order !== 'dmy' || text.includes('T'))) {
    for (const m of text.matchAll(YMD)) {
      const at = m.index;
      if (found.some((f) => f.at <= at && at < f.at + (f.date?.text ?? f.invalid ?? '').length)) continue;
      const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const hour = num(m[5]);
      const minute = num(m[6]);
      const checked = dayCheck(year, month, day);
      const ok = checked === 'ok' && (hour === undefined || isRealTime(hour, minute!, num(m[7])));
      if (!ok) {
        found.push({ at, invalid: m[0], outside: checked === 'outside' });
        continue;
      }
      // Only an ISO timestamp (with 'T' or an offset) is trusted in 'dmy' mode.
      if (order === 'dmy' && !/T/i.test(m[0]) && !m[8]) continue;
      const value = m[8]
        ? toVietnam(year, month, day, hour!, minute!, parseOffset(m[8]))
        : `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour ?? 0)}:${pad(minute ?? 0)}`;
      found.push({ at, date: { value, dateOnly: hour === undefined, text: m[0] } });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const dates: FoundDate[] = [];
  const invalid: string[] = [];
  const outside: string[] = [];
  for (const f of found) {
    if (f.date) dates.push(f.date);
    else if (f.invalid) {
      invalid.push(f.invalid);
      if (f.outside) outside.push(f.invalid);
    }
  }
  return { dates, invalid, outside };
}

/** The first date in `text`, or why there is none. */
export function parseDate(text: string, order: DateOrder = 'auto'): FoundDate | { invalid: string } | undefined {
  const { dates, invalid } = scanDates(text, order);
  if (dates[0]) return dates[0];
  if (invalid[0]) return { invalid: invalid[0] };
  return undefined;
}

/** End of office hours: the time given to a date-only due, finished or returned date. */
export const END_OF_DAY = '17:00';
/** The time given to a date-only received or submitted date. */
export const START_OF_DAY = '00:00';

/** Applies the date-only policy: replaces the time of a date-only value. */
export function withDayTime(date: FoundDate, time: string): LocalDateTime {
  return date.dateOnly ? `${date.value.slice(0, 10)}T${time}` : date.value;
}
