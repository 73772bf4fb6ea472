import { z } from 'zod';
import { isWorkingDay, nextWorkingDay, type Calendar } from '../calendar';
import type { Day, LocalDateTime } from '../dossier/schema';
import type { StoredDossier } from '../history/records';
import { outcomeOf } from '../history/outcome';

/**
 * The morning reminder: at the office's start time on working days, one notification sums up what
 * the history says is overdue, due today and due on the next working day. Pure: the background
 * schedules it and shows it (entrypoints/background/morning.ts).
 */

/** Stored under its own key: turning it on asks the browser for permissions, so it acts at once, not on Save. */
export const MORNING_REMINDER_KEY = 'morningReminder';

const MorningReminderSchema = z.object({
  enabled: z.boolean().default(false),
  /** The office's start time, Vietnam local `HH:mm` (many one-stop desks open at 07:30). */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm')
    .default('07:30'),
});
export type MorningReminder = z.infer<typeof MorningReminderSchema>;

/** The stored value, or the defaults (off) when nothing or something broken is stored. */
export function readMorningReminder(stored: unknown): MorningReminder {
  const parsed = MorningReminderSchema.safeParse(stored ?? {});
  if (!parsed.success) console.warn('[Nhắc Hạn] the morning reminder setting is damaged; it is off until set again', parsed.error.issues);
  return parsed.success ? parsed.data : MorningReminderSchema.parse({});
}

/** The next reminder strictly after `now`: today at `time` if today is a working day and it is not yet `time`, else the next working day. */
export function nextReminderAt(now: LocalDateTime, time: string, calendar: Calendar): LocalDateTime {
  const today: Day = now.slice(0, 10);
  if (isWorkingDay(today, calendar) && now.slice(11, 16) < time) return `${today}T${time}`;
  return `${nextWorkingDay(today, calendar)}T${time}`;
}

export interface MorningSummary {
  at: LocalDateTime;
  /** The next working day after `at`'s day: "tomorrow" on a Friday is Monday. */
  nextDay: Day;
  overdue: StoredDossier[];
  dueToday: StoredDossier[];
  dueNext: StoredDossier[];
  /** When the oldest of these dossiers was last seen on the portal: the summary is as of then. */
  seenSince?: LocalDateTime;
}

const byDue = (a: StoredDossier, b: StoredDossier) => (a.snapshot.dueAt! < b.snapshot.dueAt! ? -1 : a.snapshot.dueAt! > b.snapshot.dueAt! ? 1 : 0);

/** What the history says at `at`: open dossiers past their appointment, due on `at`'s day, due on the next working day. */
export function morningSummary(dossiers: readonly StoredDossier[], at: LocalDateTime, calendar: Calendar): MorningSummary {
  const today = at.slice(0, 10);
  const nextDay = nextWorkingDay(today, calendar);
  const summary: MorningSummary = { at, nextDay, overdue: [], dueToday: [], dueNext: [] };
  for (const d of dossiers) {
    const due = d.snapshot.dueAt;
    if (due === undefined) continue;
    const standing = outcomeOf(d, at);
    if (standing === 'overdue') summary.overdue.push(d);
    else if (standing !== 'open') continue;
    else if (due.slice(0, 10) === today) summary.dueToday.push(d);
    else if (due.slice(0, 10) > today && due.slice(0, 10) <= nextDay) summary.dueNext.push(d);
    else continue;
    if (summary.seenSince === undefined || d.lastSeen < summary.seenSince) summary.seenSince = d.lastSeen;
  }
  summary.overdue.sort(byDue);
  summary.dueToday.sort(byDue);
  summary.dueNext.sort(byDue);
  return summary;
}

export const summaryCount = (s: MorningSummary) => s.overdue.length + s.dueToday.length + s.dueNext.length;
