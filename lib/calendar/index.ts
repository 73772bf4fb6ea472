export { CalendarError, CALENDAR_MESSAGES, type CalendarErrorCode } from './errors';
export { MIN_YEAR, MAX_YEAR } from './days';
export { lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar';
export { CULTURE_DAY, HOLIDAY_LAWS, HOLIDAY_NAMES, type HolidayKey } from './holidays';
// The loaded year's schema and text form (zod) are imported from './year-schedule' where they are
// used (settings, options page); this index stays zod-free, so the overlay's calendar carries none.
export type { YearSchedule, YearScheduleErrorCode, YearScheduleLineError, YearScheduleResult } from './year-schedule';
export { OFFICIAL_SCHEDULES, type OfficialSchedule } from './official-schedules';
export {
  Calendar,
  createCalendar,
  defaultCalendar,
  describeDay,
  isWorkingDay,
  hasOfficialSchedule,
  addWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
  type DayDescription,
  type DayOffReason,
} from './calendar';
export type { CalendarOptions, ResolvedCalendarOptions } from './options';
export { yearsWithoutSchedule, noScheduleNotices, yearScheduleErrorText } from './schedule-notice';
export { monthGrid, monthsOf, type MonthCell } from './month-grid';
