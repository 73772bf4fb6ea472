import { z } from 'zod';
import { DaySchema } from '../dossier/schema';
import { YearScheduleSchema } from './year-schedule';

/**
 * What an office can change about the working-day calendar (settings → "Lịch làm việc").
 * `createCalendar` layers these over the statutory holidays and the shipped official schedules.
 */
export const CalendarOptionsSchema = z.object({
  /** Apply the Prime Minister's yearly schedules for civil servants shipped in `official-schedules.ts`. */
  useOfficialSchedules: z.boolean().default(true),
  /** Extra days off decided locally (a provincial decision, a storm closure). */
  extraDaysOff: z.array(DaySchema).max(2000).default([]),
  /** Extra working days (a make-up Saturday the shipped data lacks). */
  extraWorkingDays: z.array(DaySchema).max(2000).default([]),
  /** Some centres count Saturdays as working days for deadlines; the safe default is not to. */
  saturdayIsWorkingDay: z.boolean().default(false),
  /**
   * Years' official schedules loaded by the office or its administrator's policy, one per year; a
   * loaded year wins over the shipped one (see `year-schedule.ts`).
   */
  yearSchedules: z
    .array(YearScheduleSchema)
    .max(20)
    .refine((list) => new Set(list.map((s) => s.year)).size === list.length, 'one schedule per year')
    .default([]),
});
export type CalendarOptions = z.input<typeof CalendarOptionsSchema>;
export type ResolvedCalendarOptions = z.output<typeof CalendarOptionsSchema>;
