import { z } from 'zod';
import { DaySchema, type Day } from '../dossier/schema';
import type { Params } from '../i18n/format';
import type { YearScheduleErrorCode } from '../i18n/calendar';
import { CalendarError } from './errors';
import { formatDay, isoWeekday, parseDay } from './days';

/**
 * A year's official schedule loaded by the office itself (settings → "Lịch nghỉ của năm", or the
 * administrator's managed policy), so a new year's notice of the Bộ Nội vụ / Văn phòng Chính phủ
 * applies the day it is published instead of waiting for a new version of Nhắc Hạn.
 * The officer pastes the notice's days once, one line each:
 *
 *   06/02/2027 - 14/02/2027 nghỉ Tết Nguyên đán
 *   20/02/2027 làm bù cho thứ Sáu 12/02/2027
 *
 * A loaded year replaces the shipped schedule of that year (`official-schedules.ts`) for every count,
 * converted by `loaded-schedule.ts`. This module holds the schema and the text form for the settings;
 * the calendar counts with a zod-free conversion, so the overlay carries no zod of its own.
 */
export const YearScheduleSchema = z.object({
  year: z.number().int().min(1900).max(2199),
  daysOff: z.array(z.object({ day: DaySchema, name: z.string().max(200) })).max(366),
  workingDays: z.array(z.object({ day: DaySchema, name: z.string().max(200) })).max(366),
  /** Where the days come from (the notice's number), as the officer wrote it. */
  source: z.string().max(300).default(''),
});
export type YearSchedule = z.output<typeof YearScheduleSchema>;

export interface YearScheduleLineError {
  /** 1-based line of the pasted text; 0 for the text as a whole. */
  line: number;
  code: YearScheduleErrorCode;
  params: Params;
}

export type YearScheduleResult = { ok: true; schedule: YearSchedule } | { ok: false; errors: YearScheduleLineError[] };

const DATE = String.raw`(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})`;
const LINE = new RegExp(String.raw`^${DATE}(?:\s*(?:-|–|—|đến(?: hết)?)\s*${DATE})?\s*[:,]?\s*(.*)$`, 'iu');
// `\b` knows only ASCII letters, so the word's end is spelled out.
const OFF = /^nghỉ(?=$|[\s:,-])\s*[:,-]?\s*/iu;
const WORK = /^(?:làm bù|làm việc|đi làm)(?=$|[\s:,-])\s*[:,-]?\s*/iu;

/** `dd/mm/yyyy` (or with dots) or `yyyy-mm-dd` → the JDN of a real day, else undefined. */
function readDay(text: string): number | undefined {
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text;
  try {
    return parseDay(iso);
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}

const show = (n: number) => {
  const [y, m, d] = formatDay(n).split('-');
  return `${d}/${m}/${y}`;
};

/**
 * Reads a pasted schedule for `year`. Every line is checked and every fault reported with its line
 * number; a schedule comes back only when no line is at fault, so bad input never half-applies.
 */
export function parseYearSchedule(year: number, text: string, source = ''): YearScheduleResult {
  const errors: YearScheduleLineError[] = [];
  const seen = new Map<number, number>();
  const daysOff: { day: Day; name: string }[] = [];
  const workingDays: { day: Day; name: string }[] = [];
  text
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const content = raw.trim();
      if (content === '' || content.startsWith('#')) return;
      const m = LINE.exec(content);
      const first = m ? readDay(m[1]!) : undefined;
      const last = m?.[2] ? readDay(m[2]) : first;
      if (!m || first === undefined || last === undefined) {
        errors.push({ line, code: 'not-a-date', params: { line, text: content.slice(0, 40) } });
        return;
      }
      const rest = m[3]!.trim();
      const kind = OFF.test(rest) ? 'off' : WORK.test(rest) ? 'work' : undefined;
      if (!kind) {
        errors.push({ line, code: 'no-kind', params: { line, text: content.slice(0, 40) } });
        return;
      }
      if (last < first) {
        errors.push({ line, code: 'reversed-range', params: { line, from: show(first), to: show(last) } });
        return;
      }
      const name = rest.replace(kind === 'off' ? OFF : WORK, '').trim();
      for (let d = first; d <= last; d++) {
        const dayYear = Number(formatDay(d).slice(0, 4));
        if (dayYear !== year) {
          errors.push({ line, code: 'other-year', params: { line, day: show(d), year, other: dayYear } });
          return;
        }
        const earlier = seen.get(d);
        if (earlier !== undefined) {
          errors.push({ line, code: 'duplicate', params: { line, day: show(d), first: earlier } });
          return;
        }
        // A make-up working day only means something on a rest day, and official swaps use Saturdays.
        if (kind === 'work' && isoWeekday(d) !== 6) {
          errors.push({ line, code: 'make-up-not-saturday', params: { line, day: show(d), weekday: isoWeekday(d) } });
          return;
        }
        seen.set(d, line);
      }
      for (let d = first; d <= last; d++) (kind === 'off' ? daysOff : workingDays).push({ day: formatDay(d), name });
    });
  if (errors.length > 0) return { ok: false, errors };
  if (daysOff.length + workingDays.length === 0) return { ok: false, errors: [{ line: 0, code: 'empty', params: { year } }] };
  return { ok: true, schedule: { year, daysOff, workingDays, source: source.trim() } };
}

/** The schedule written back as the lines `parseYearSchedule` reads, for editing it again. */
export function formatYearSchedule(schedule: YearSchedule): string {
  const line = (day: Day, kind: string, name: string) => `${show(parseDay(day))} ${kind}${name ? ` ${name}` : ''}`;
  return [...schedule.daysOff.map((d) => line(d.day, 'nghỉ', d.name)), ...schedule.workingDays.map((d) => line(d.day, 'làm bù', d.name))].join('\n');
}
