import type { Calendar } from '../calendar/calendar';
import { noScheduleNotices, yearsWithoutSchedule } from '../calendar/schedule-notice';
import type { LocalDateTime } from '../dossier/schema';
import { deadlineMessages, type DeadlineKey } from '../i18n/deadline';
import { translate, type Language } from '../i18n/format';
import { DEFAULT_OFFICE_DAY_END, type AssessedDossier, type OfficeDayEnd, type Standing } from './standing';

/**
 * What the law of issue 13 adds to a standing's explanation: the badge words and rule line of a
 * dossier judged at its finish, by when the apology is due, the office's end of day for date-only
 * values, and the sentence for a year without an official schedule. Pure, so the overlay's own
 * describer only appends what this returns.
 */
interface LawExplanation {
  /** Replaces the badge words for the standings this module owns. */
  badge?: string;
  /** Replaces the tooltip's first (rule) line for those standings. */
  rule?: string;
  /** Lines to add to the tooltip. */
  lines: string[];
}

const OWN: Partial<Record<Standing['rule'], 'finished-on-time' | 'finished-late' | 'finished-undated'>> = {
  'finished-on-time': 'finished-on-time',
  'finished-late': 'finished-late',
  'finished-without-date': 'finished-undated',
};

/** `2022-05-19T17:00` → `17:00 19/05/2022`, as the portals print times. */
const show = (value: LocalDateTime) => `${value.slice(11, 16)} ${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;

export function explainLaw(
  dossier: AssessedDossier,
  standing: Standing,
  context: { asOf: LocalDateTime; language: Language; calendar?: Calendar; officeDayEnd?: OfficeDayEnd },
): LawExplanation {
  const t = (key: DeadlineKey, params?: Record<string, string | number>) => translate(deadlineMessages, context.language, key, params);
  const own = OWN[standing.rule];
  const days = standing.daysLate;
  const lines: string[] = [];
  const open = standing.status !== 'done-on-time' && standing.status !== 'done-late' && standing.status !== 'not-applicable';
  if (standing.apologyDue && standing.apologyBy && open) {
    lines.push(t(context.asOf > standing.apologyBy ? 'tip.apology-overdue' : 'tip.apology-by', { by: show(standing.apologyBy) }));
  }
  if (dossier.dueDateOnly || dossier.finishedDateOnly || dossier.returnedDateOnly) {
    lines.push(t('tip.day-end', { end: context.officeDayEnd ?? DEFAULT_OFFICE_DAY_END }));
  }
  // The dates that decided this standing: the appointment, the finish, and today's count.
  const deciding = [dossier.dueAt, standing.status.startsWith('done') ? (dossier.finishedAt ?? dossier.returnedAt) : context.asOf];
  lines.push(...noScheduleNotices(yearsWithoutSchedule(dossier.dueAt ? deciding : [], context.calendar), context.language));
  return {
    ...(own ? { badge: t(`badge.${own}`, { days }), rule: t(`tip.rule.${own}`, { days }) } : {}),
    lines,
  };
}
