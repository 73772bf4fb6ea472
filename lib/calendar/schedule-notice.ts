import { translate, type Language } from '../i18n/format';
import { calendarMessages } from '../i18n/calendar';
import { defaultCalendar, type Calendar } from './calendar';
import type { YearScheduleLineError } from './year-schedule';

/**
 * Years among the given days or times (`YYYY-MM-DD…`) whose official schedule the calendar lacks,
 * in order: wherever such a date decides something, the officer is told it was counted by the
 * labour code's defaults only (issue 13; docs/rules.md §3).
 */
export function yearsWithoutSchedule(dates: readonly (string | null | undefined)[], calendar: Calendar = defaultCalendar()): number[] {
  const years = new Set<number>();
  for (const date of dates) {
    const year = date ? Number(date.slice(0, 4)) : NaN;
    if (Number.isInteger(year) && !calendar.hasOfficialSchedule(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** One sentence per year, in the interface language. */
export function noScheduleNotices(years: readonly number[], language: Language): string[] {
  return years.map((year) => translate(calendarMessages, language, 'no-schedule', { year }));
}

/** A loaded schedule's line error in the interface language (the weekday named in it too). */
export function yearScheduleErrorText(error: YearScheduleLineError, language: Language): string {
  const weekday = error.params.weekday;
  const params =
    typeof weekday === 'number' ? { ...error.params, weekday: translate(calendarMessages, language, 'weekdays').split(',')[weekday - 1] ?? '' } : error.params;
  return translate(calendarMessages, language, `schedule.${error.code}`, params);
}
