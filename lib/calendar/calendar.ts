import type { Day } from '../dossier/schema';
import { CalendarError } from './errors';
import { checkYear, formatDay, fromJdn, isoWeekday, jdn, MAX_YEAR, MIN_YEAR, parseDay } from './days';
import { HOLIDAY_NAMES, statutoryHolidays, type HolidayKey } from './holidays';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import type { CalendarOptions, ResolvedCalendarOptions } from './options';
import { toOfficialSchedule } from './loaded-schedule';
import type { OfficialSchedule } from './official-schedules';

/**
 * The working-day calendar: statutory holidays, then the PM's official schedules, then the office's
 * own overrides. Each year is classified once, lazily, into a table of day codes with cumulative
 * working-day counts, so counting and adding working days cost a lookup per year spanned.
 */

export type DayOffReason = 'weekend' | 'holiday' | 'compensatory' | 'official-day-off' | 'user-day-off';

interface DayDescription {
  working: boolean;
  reason?: DayOffReason;
  /** Vietnamese label for the tooltip: the holiday, the swap, or the make-up working day. */
  name?: string;
  holiday?: HolidayKey;
}

const REASONS: readonly (DayOffReason | undefined)[] = [undefined, 'weekend', 'holiday', 'compensatory', 'official-day-off', 'user-day-off'];
const [WORKING, WEEKEND, HOLIDAY, COMPENSATORY, OFFICIAL, USER] = [0, 1, 2, 3, 4, 5] as const;

interface YearTable {
  start: number;
  codes: Uint8Array;
  labels: Map<number, { name: string; holiday?: HolidayKey }>;
  /** cum[i] = working days among the year's first i days. */
  cum: Int32Array;
  /** JDNs of the year's working days, in order. */
  work: Int32Array;
}

export class Calendar {
  readonly options: Readonly<ResolvedCalendarOptions>;
  private readonly tables = new Map<number, YearTable>();
  private readonly overrides = new Map<number, { off: number[]; work: number[] }>();
  private readonly loaded = new Map<number, OfficialSchedule>();

  constructor(options: CalendarOptions = {}) {
    this.options = {
      useOfficialSchedules: options.useOfficialSchedules ?? true,
      extraDaysOff: [...(options.extraDaysOff ?? [])],
      extraWorkingDays: [...(options.extraWorkingDays ?? [])],
      saturdayIsWorkingDay: options.saturdayIsWorkingDay ?? false,
      yearSchedules: [...(options.yearSchedules ?? [])].map((s) => ({ ...s, source: s.source ?? '' })),
    };
    for (const schedule of this.options.yearSchedules) this.loaded.set(schedule.year, toOfficialSchedule(schedule));
    const group = (days: readonly Day[], kind: 'off' | 'work') => {
      for (const day of days) {
        const n = parseDay(day);
        const year = fromJdn(n).year;
        const entry = this.overrides.get(year) ?? { off: [], work: [] };
        entry[kind].push(n);
        this.overrides.set(year, entry);
      }
    };
    group(this.options.extraDaysOff, 'off');
    group(this.options.extraWorkingDays, 'work');
  }

  /** The classified year; throws `out-of-range` outside the supported years. */
  table(year: number): YearTable {
    const cached = this.tables.get(year);
    if (cached) return cached;
    const start = jdn(checkYear(year), 1, 1);
    const length = jdn(year + 1, 1, 1) - start;
    const codes = new Uint8Array(length);
    const labels: YearTable['labels'] = new Map();
    const isRest = (d: number) => isoWeekday(d) === 7 || (isoWeekday(d) === 6 && !this.options.saturdayIsWorkingDay);
    const set = (d: number, code: number, name?: string, holiday?: HolidayKey) => {
      const i = d - start;
      if (i < 0 || i >= length) return;
      codes[i] = code;
      if (name) labels.set(d, { name, holiday });
      else labels.delete(d);
    };
    for (let d = start; d < start + length; d++) if (isRest(d)) codes[d - start] = WEEKEND;

    const schedule = this.schedule(year);
    for (const h of statutoryHolidays(year, isRest, schedule)) {
      const name = HOLIDAY_NAMES.vi[h.key];
      set(h.day, h.compensatory ? COMPENSATORY : HOLIDAY, h.compensatory ? `Nghỉ bù ${name}` : name, h.key);
    }
    for (const off of schedule?.daysOff ?? []) {
      const d = parseDay(off.day);
      if (codes[d - start] === WORKING) set(d, OFFICIAL, off.name);
    }
    for (const work of schedule?.workingDays ?? []) set(parseDay(work.day), WORKING, work.name);
    const own = this.overrides.get(year);
    for (const d of own?.work ?? []) set(d, WORKING, 'Ngày làm việc do cơ quan bổ sung');
    for (const d of own?.off ?? []) set(d, USER, 'Ngày nghỉ do cơ quan bổ sung');

    const cum = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + (codes[i] === WORKING ? 1 : 0);
    const work = new Int32Array(cum[length]!);
    for (let i = 0, k = 0; i < length; i++) if (codes[i] === WORKING) work[k++] = start + i;
    const table = { start, codes, labels, cum, work };
    this.tables.set(year, table);
    return table;
  }

  /** The year's official schedule: the office's loaded one, else the shipped one (when enabled). */
  private schedule(year: number): OfficialSchedule | undefined {
    return this.loaded.get(year) ?? (this.options.useOfficialSchedules ? OFFICIAL_SCHEDULES[year] : undefined);
  }

  /**
   * Whether the Prime Minister's schedule of `year` (Tết days, the 2/9 companion, swaps) is known to
   * this calendar. Without it the year runs on the labour code's defaults, and every place where a
   * date of that year decides something says so (docs/rules.md §3).
   */
  hasOfficialSchedule(year: number): boolean {
    return this.schedule(year) !== undefined;
  }

  /** Whether `year`'s schedule was loaded by the office rather than shipped. */
  hasLoadedSchedule(year: number): boolean {
    return this.loaded.has(year);
  }

  /** Working days on or before `n` within its own year. */
  rankInYear(n: number): { year: number; rank: number; table: YearTable } {
    const year = fromJdn(n).year;
    const table = this.table(year);
    return { year, rank: table.cum[n - table.start + 1]!, table };
  }

  isWorking(n: number): boolean {
    const { table } = this.rankInYear(n);
    return table.codes[n - table.start] === WORKING;
  }

  describe(n: number): DayDescription {
    const { table } = this.rankInYear(n);
    const code = table.codes[n - table.start]!;
    const label = table.labels.get(n);
    return {
      working: code === WORKING,
      ...(REASONS[code] ? { reason: REASONS[code] } : {}),
      ...(label ? { name: label.name } : {}),
      ...(label?.holiday ? { holiday: label.holiday } : {}),
    };
  }

  /** Working days d with from < d ≤ to (negative when to < from). */
  between(from: number, to: number): number {
    if (to < from) return -this.between(to, from);
    const a = this.rankInYear(from);
    const b = this.rankInYear(to);
    let count = b.rank - a.rank;
    for (let y = a.year; y < b.year; y++) count += this.table(y).work.length;
    return count;
  }

  /** The n-th working day after `from` (n > 0) or before it (n < 0). */
  add(from: number, n: number): number {
    if (n === 0) return from;
    let { year, rank, table } = this.rankInYear(from);
    if (n < 0 && table.codes[from - table.start] === WORKING) rank -= 1;
    // 1-based position of the target among the working days of `year`.
    let target = n > 0 ? rank + n : rank + n + 1;
    while (target > table.work.length) {
      target -= table.work.length;
      table = this.nonEmpty(++year);
    }
    while (target < 1) {
      table = this.nonEmpty(--year);
      target += table.work.length;
    }
    return table.work[target - 1]!;
  }

  /** A year with no working day would make searches run to the end of the range: refuse it early. */
  private nonEmpty(year: number): YearTable {
    if (year < MIN_YEAR || year > MAX_YEAR) throw new CalendarError('out-of-range', { year, min: MIN_YEAR, max: MAX_YEAR });
    const table = this.table(year);
    if (table.work.length === 0) throw new CalendarError('no-working-day', { year });
    return table;
  }
}

export function createCalendar(options: CalendarOptions = {}): Calendar {
  return new Calendar(options);
}

let standard: Calendar | undefined;
/** Statutory rules plus the shipped official schedules. */
export function defaultCalendar(): Calendar {
  return (standard ??= new Calendar());
}

/** See `Calendar.hasOfficialSchedule`; the shipped calendar unless another is given. */
export function hasOfficialSchedule(year: number, calendar: Calendar = defaultCalendar()): boolean {
  return calendar.hasOfficialSchedule(year);
}

export function isWorkingDay(day: Day, calendar: Calendar = defaultCalendar()): boolean {
  return calendar.isWorking(parseDay(day));
}

export function describeDay(day: Day, calendar: Calendar = defaultCalendar()): DayDescription {
  return calendar.describe(parseDay(day));
}

export function workingDaysBetween(from: Day, to: Day, calendar: Calendar = defaultCalendar()): number {
  return calendar.between(parseDay(from), parseDay(to));
}

export function addWorkingDays(day: Day, n: number, calendar: Calendar = defaultCalendar()): Day {
  const start = parseDay(day);
  if (!Number.isInteger(n)) throw new CalendarError('invalid-number', { value: String(n) });
  return formatDay(calendar.add(start, n));
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: Day, calendar: Calendar = defaultCalendar()): Day {
  return formatDay(calendar.add(parseDay(day), 1));
}
