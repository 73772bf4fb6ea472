import type { LocalDateTime } from '../dossier/schema';
import { defaultCalendar, type Calendar } from '../calendar/calendar';
import { formatDateTime, parseDateTime } from '../calendar/days';

/**
 * Working-day arithmetic between Vietnam local instants, shared by the standings and the monthly
 * report. Lateness is counted in whole working days after the appointment day (BLDS 2015 Art. 147:
 * the first day is not counted), so a result handed over later on the appointment day is late by 0 days.
 */

/** Working days after the appointment day through the day of `endAt`; 0 when `endAt` is not after `dueAt`. */
export function daysLateBetween(dueAt: LocalDateTime, endAt: LocalDateTime, calendar: Calendar = defaultCalendar()): number {
  const due = parseDateTime(dueAt);
  const end = parseDateTime(endAt);
  if (endAt <= dueAt) return 0;
  return Math.max(0, calendar.between(due.day, end.day));
}

/**
 * The earliest lawful new appointment: the next working day after the later of the as-of day and
 * the appointment day, at the appointment's time of day.
 */
export function suggestAppointment(dueAt: LocalDateTime, asOf: LocalDateTime, calendar: Calendar = defaultCalendar()): LocalDateTime {
  const due = parseDateTime(dueAt);
  const from = Math.max(due.day, parseDateTime(asOf).day);
  return formatDateTime(calendar.add(from, 1), due.minute);
}
