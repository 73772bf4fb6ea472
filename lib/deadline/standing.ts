import type { Dossier, LocalDateTime } from '../dossier/schema';
import { defaultCalendar, type Calendar } from '../calendar/calendar';
import { formatDateTime, parseDateTime } from '../calendar/days';
import { daysLateBetween, suggestAppointment } from './lateness';

/**
 * Where a dossier stands against its appointment (ngày hẹn trả) at a given Vietnam local time.
 * The appointment printed by the portal is the source of truth; it is never recomputed from the
 * procedure's duration. docs/rules.md states every rule below for a non-programmer to check.
 */

export const STANDING_STATUSES = [
  'overdue',
  'due-today',
  'due-soon',
  'check-soon',
  'on-time',
  'paused',
  'done-on-time',
  'done-late',
  'not-applicable',
  'unknown',
] as const;
export type StandingStatus = (typeof STANDING_STATUSES)[number];

/** Which rule decided the standing: the key of the tooltip's explanation. */
export type StandingRule =
  | 'overdue-open'
  | 'overdue-today'
  | 'finished-awaiting-return'
  | 'due-today'
  | 'due-soon'
  | 'due-on-day-off'
  | 'on-time'
  | 'check-window'
  | 'paused-for-supplement'
  | 'returned-on-time'
  | 'returned-late'
  | 'returned-without-date'
  | 'refused'
  | 'withdrawn'
  | 'remaining-hint'
  | 'no-appointment';

export interface Standing {
  status: StandingStatus;
  /** Signed working days from the as-of day to the appointment day: 0 due today, negative when late. */
  daysLeft: number | null;
  /** Working days after the appointment day through the as-of (open) or return (done) day. */
  daysLate: number;
  /** Handed over before the appointment day. */
  early?: boolean;
  apologyDue: boolean;
  suggestedAppointment: LocalDateTime | null;
  /** End of the completeness-check window of a new dossier (receipt + checkWindowDays working days). */
  checkDeadline?: LocalDateTime;
  /** More than one supplement request: QĐ 766 counts the dossier as late. */
  repeatedSupplement?: boolean;
  rule: StandingRule;
}

export type AssessedDossier = Pick<
  Dossier,
  'status' | 'receivedAt' | 'dueAt' | 'dueDateOnly' | 'finishedAt' | 'returnedAt' | 'supplementRequests' | 'remainingHint'
>;

export interface AssessOptions {
  /** An open dossier with at most this many working days left is "due soon". */
  dueSoonDays?: number;
  /** Working days the desk has to check a new dossier's completeness. */
  checkWindowDays?: number;
  calendar?: Calendar;
}

export function assessDossier(dossier: AssessedDossier, asOf: LocalDateTime, options: AssessOptions = {}): Standing {
  const calendar = options.calendar ?? defaultCalendar();
  const soon = options.dueSoonDays ?? 2;
  const now = parseDateTime(asOf);
  // One object of one shape, filled in place: assessing a 10,000-row list stays within a frame budget.
  const result: Standing = { status: 'unknown', daysLeft: null, daysLate: 0, apologyDue: false, suggestedAppointment: null, rule: 'no-appointment' };
  const done = (status: StandingStatus, rule: StandingRule): Standing => {
    result.status = status;
    result.rule = rule;
    return result;
  };
  if ((dossier.supplementRequests ?? 0) > 1) result.repeatedSupplement = true;
  const { dueAt } = dossier;

  switch (dossier.status) {
    case 'refused':
    case 'withdrawn':
      return done('not-applicable', dossier.status);
    case 'waiting-additions':
      return done('paused', 'paused-for-supplement');
    case 'returned': {
      const end = dossier.returnedAt ?? dossier.finishedAt;
      if (!dueAt || !end) return done('unknown', dueAt ? 'returned-without-date' : 'no-appointment');
      const late = end > dueAt;
      result.daysLate = daysLateBetween(dueAt, end, calendar);
      result.early = parseDateTime(end).day < parseDateTime(dueAt).day;
      result.apologyDue = late;
      return late ? done('done-late', 'returned-late') : done('done-on-time', 'returned-on-time');
    }
    default:
      break;
  }

  let checkSoon = false;
  if (dossier.status === 'new' && dossier.receivedAt) {
    const received = parseDateTime(dossier.receivedAt);
    const checkDay = calendar.add(received.day, options.checkWindowDays ?? 3);
    result.checkDeadline = formatDateTime(checkDay, received.minute);
    checkSoon = calendar.between(now.day, checkDay) <= soon;
  }

  if (!dueAt) {
    if (checkSoon) return done('check-soon', 'check-window');
    const hint = dossier.remainingHint;
    if (!hint || (hint.kind !== 'today' && hint.days === undefined)) return result;
    const counted = hint.kind === 'today' ? 0 : hint.days!;
    // A countdown is in calendar days unless the page said working days (issue 11): never trusted
    // as working days, it is laid on the calendar from the as-of day and counted again in working days.
    const days =
      hint.unit === 'working' || counted === 0
        ? counted
        : hint.kind === 'overdue'
          ? calendar.between(now.day - counted, now.day)
          : calendar.between(now.day, now.day + counted);
    if (hint.kind === 'overdue') {
      result.daysLeft = -days;
      result.daysLate = days;
      result.apologyDue = true;
      return done('overdue', 'remaining-hint');
    }
    result.daysLeft = days;
    return done(days === 0 ? 'due-today' : days <= soon ? 'due-soon' : 'on-time', 'remaining-hint');
  }

  const due = parseDateTime(dueAt);
  const daysLeft = calendar.between(now.day, due.day);
  const sameDay = now.day === due.day;
  const finished = dossier.status === 'finished';
  result.daysLeft = daysLeft;
  result.suggestedAppointment = suggestAppointment(dueAt, asOf, calendar);
  if (asOf > dueAt) {
    result.daysLate = Math.max(0, -daysLeft); // never -0 on the appointment day itself
    result.apologyDue = true;
    return done('overdue', finished ? 'finished-awaiting-return' : sameDay ? 'overdue-today' : 'overdue-open');
  }
  if (sameDay) return done('due-today', finished ? 'finished-awaiting-return' : 'due-today');
  if (checkSoon) return done('check-soon', 'check-window');
  if (daysLeft <= soon) return done('due-soon', finished ? 'finished-awaiting-return' : daysLeft === 0 ? 'due-on-day-off' : 'due-soon');
  return done('on-time', finished ? 'finished-awaiting-return' : 'on-time');
}
