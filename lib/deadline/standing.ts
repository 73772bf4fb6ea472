import type { Dossier, LocalDateTime } from '../dossier/schema';
import { defaultCalendar, type Calendar } from '../calendar/calendar';
import { parseDateTime } from '../calendar/days';
import { addWorkingDaysAt, daysLateBetween, suggestAppointment, workingDaysLeft } from './lateness';

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
  parseDateTime(asOf);
  const base = {
    daysLate: 0,
    apologyDue: false,
    suggestedAppointment: null,
    ...((dossier.supplementRequests ?? 0) > 1 ? { repeatedSupplement: true } : {}),
  };
  const { dueAt } = dossier;

  switch (dossier.status) {
    case 'refused':
    case 'withdrawn':
      return { ...base, status: 'not-applicable', daysLeft: null, rule: dossier.status };
    case 'waiting-additions':
      return { ...base, status: 'paused', daysLeft: null, rule: 'paused-for-supplement' };
    case 'returned': {
      const end = dossier.returnedAt ?? dossier.finishedAt;
      if (!dueAt || !end) return { ...base, status: 'unknown', daysLeft: null, rule: dueAt ? 'returned-without-date' : 'no-appointment' };
      const daysLate = daysLateBetween(dueAt, end, calendar);
      const late = end > dueAt;
      return {
        ...base,
        status: late ? 'done-late' : 'done-on-time',
        daysLeft: null,
        daysLate,
        early: parseDateTime(end).day < parseDateTime(dueAt).day,
        apologyDue: late,
        rule: late ? 'returned-late' : 'returned-on-time',
      };
    }
    default:
      break;
  }

  const checkDeadline =
    dossier.status === 'new' && dossier.receivedAt
      ? addWorkingDaysAt(dossier.receivedAt, options.checkWindowDays ?? 3, calendar)
      : undefined;
  const checkSoon = checkDeadline !== undefined && workingDaysLeft(asOf, checkDeadline, calendar) <= soon;
  const withCheck = checkDeadline ? { checkDeadline } : {};

  if (!dueAt) {
    if (checkSoon) return { ...base, ...withCheck, status: 'check-soon', daysLeft: null, rule: 'check-window' };
    const hint = dossier.remainingHint;
    if (hint && (hint.kind === 'today' || hint.days !== undefined)) {
      const days = hint.kind === 'today' ? 0 : hint.days!;
      if (hint.kind === 'overdue') {
        return { ...base, status: 'overdue', daysLeft: -days, daysLate: days, apologyDue: true, rule: 'remaining-hint' };
      }
      const status = days === 0 ? 'due-today' : days <= soon ? 'due-soon' : 'on-time';
      return { ...base, ...withCheck, status, daysLeft: days, rule: 'remaining-hint' };
    }
    return { ...base, ...withCheck, status: 'unknown', daysLeft: null, rule: 'no-appointment' };
  }

  const daysLeft = workingDaysLeft(asOf, dueAt, calendar);
  const sameDay = parseDateTime(asOf).day === parseDateTime(dueAt).day;
  const finished = dossier.status === 'finished';
  const open = { ...base, ...withCheck, daysLeft, suggestedAppointment: suggestAppointment(dueAt, asOf, calendar) };
  if (asOf > dueAt) {
    return {
      ...open,
      status: 'overdue',
      daysLate: -daysLeft,
      apologyDue: true,
      rule: finished ? 'finished-awaiting-return' : sameDay ? 'overdue-today' : 'overdue-open',
    };
  }
  if (sameDay) return { ...open, status: 'due-today', rule: finished ? 'finished-awaiting-return' : 'due-today' };
  if (checkSoon) return { ...open, status: 'check-soon', rule: 'check-window' };
  if (daysLeft <= soon) {
    return { ...open, status: 'due-soon', rule: finished ? 'finished-awaiting-return' : daysLeft === 0 ? 'due-on-day-off' : 'due-soon' };
  }
  return { ...open, status: 'on-time', rule: finished ? 'finished-awaiting-return' : 'on-time' };
}
