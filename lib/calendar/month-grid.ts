import type { Day } from '../dossier/schema';
import { defaultCalendar, type Calendar, type DayOffReason } from './calendar';
import { checkYear, daysInMonth, formatDay, isoWeekday, jdn } from './days';

/** One day of a month as a wall calendar shows it, judged by a calendar. */
interface MonthCell {
  day: Day;
  /** Day of the month, 1–31. */
  date: number;
  working: boolean;
  reason?: DayOffReason;
  /** The holiday, swap or make-up day's name, for a title. */
  name?: string;
  /** A working day on a Saturday or Sunday: a make-up day (ngày làm bù). */
  madeUp: boolean;
}

/** The month as weeks Monday → Sunday, `null` outside the month: the preview of a loaded schedule. */
export function monthGrid(year: number, month: number, calendar: Calendar = defaultCalendar()): (MonthCell | null)[][] {
  checkYear(year);
  const first = jdn(year, month, 1);
  const cells: (MonthCell | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let i = 0; i < daysInMonth(year, month); i++) {
    const n = first + i;
    const description = calendar.describe(n);
    cells.push({
      day: formatDay(n),
      date: i + 1,
      working: description.working,
      ...(description.reason ? { reason: description.reason } : {}),
      ...(description.name ? { name: description.name } : {}),
      madeUp: description.working && isoWeekday(n) >= 6,
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (MonthCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The months (1–12) that hold a day of the given list, in order. */
export function monthsOf(days: readonly Day[]): number[] {
  return [...new Set(days.map((d) => Number(d.slice(5, 7))))].sort((a, b) => a - b);
}
