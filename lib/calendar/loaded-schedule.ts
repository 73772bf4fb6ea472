import { formatDay, jdn, parseDay } from './days';
import { lunarNewYear } from './lunar';
import type { OfficialSchedule } from './official-schedules';
import type { YearSchedule } from './year-schedule';

/**
 * The loaded schedule in the shape of the shipped ones: days off around Tết become the Tết break
 * (its weekdays are the five Tết days, BLLĐ Điều 112(3)), a day off beside 2/9 is its companion day,
 * everything else is an extra day off; the statutory days and their compensatory days still apply.
 * Zod-free (the schema's type only): the calendar, and with it the overlay, counts with it.
 */
export function toOfficialSchedule(schedule: YearSchedule): OfficialSchedule {
  const tet = parseDay(lunarNewYear(schedule.year));
  const sep2 = jdn(schedule.year, 9, 2);
  const nearTet = schedule.daysOff.map((d) => parseDay(d.day)).filter((d) => Math.abs(d - tet) <= 12);
  const companion = schedule.daysOff.map((d) => parseDay(d.day)).find((d) => d === sep2 - 1 || d === sep2 + 1);
  const inBreak = (d: number) => nearTet.length > 0 && d >= Math.min(...nearTet) && d <= Math.max(...nearTet);
  return {
    ...(nearTet.length > 0 ? { tetBreak: [formatDay(Math.min(...nearTet)), formatDay(Math.max(...nearTet))] as const } : {}),
    ...(companion !== undefined ? { nationalDayExtra: formatDay(companion) } : {}),
    daysOff: schedule.daysOff
      .filter((d) => !inBreak(parseDay(d.day)) && parseDay(d.day) !== companion)
      .map((d) => ({ day: d.day, name: d.name || 'Ngày nghỉ theo lịch năm đã nạp' })),
    workingDays: schedule.workingDays.map((d) => ({ day: d.day, name: d.name || 'Ngày làm bù theo lịch năm đã nạp' })),
    sources: [schedule.source || 'Lịch năm do cơ quan nạp'],
  };
}
