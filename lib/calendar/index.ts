export { CalendarError, CALENDAR_MESSAGES, type CalendarErrorCode } from './errors';
export { MIN_YEAR, MAX_YEAR } from './days';
export { lunarNewYear, lunarToSolar, solarToLunar, type LunarDate } from './lunar';
export { HOLIDAY_LAWS, HOLIDAY_NAMES, type HolidayKey } from './holidays';
export { OFFICIAL_SCHEDULES, type OfficialSchedule } from './official-schedules';
export {
  Calendar,
  createCalendar,
  defaultCalendar,
  describeDay,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
  type DayDescription,
  type DayOffReason,
} from './calendar';
export type { CalendarOptions, ResolvedCalendarOptions } from './options';
