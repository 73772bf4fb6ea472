import { workingDaysBetween, type Calendar } from '../calendar';
import type { LocalDateTime } from '../dossier/schema';
import { dayOf } from './days';

/**
 * Working days a dossier ran past its appointment: those after the appointment's day up to the day
 * it was completed (or the day the report looks at). The one place the history asks the calendar.
 */
export function workingDaysLate(dueAt: LocalDateTime, until: LocalDateTime, calendar?: Calendar): number {
  if (until <= dueAt) return 0;
  return Math.max(0, workingDaysBetween(dayOf(dueAt), dayOf(until), calendar));
}
