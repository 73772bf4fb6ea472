export { CalendarError } from './errors';
export { lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
// The loaded year's schema and text form (zod) are imported from './year-schedule' where they are
// used (settings, options page); this index stays zod-free, so the overlay's calendar carries none.
export type { YearScheduleResult } from './year-schedule';
export { Calendar, createCalendar, describeDay, isWorkingDay, hasOfficialSchedule, addWorkingDays, workingDaysBetween, nextWorkingDay } from './calendar';
export { yearsWithoutSchedule, noScheduleNotices, yearScheduleErrorText } from './schedule-notice';
export { monthGrid, monthsOf } from './month-grid';
