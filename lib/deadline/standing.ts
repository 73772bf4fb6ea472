import type { Dossier, LocalDateTime } from '../dossier/schema';
import { DEFAULT_OFFICE_DAY_END, type OfficeDayEnd } from '../time/office-day';
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
export const STANDING_RULES = [
  'overdue-open',
  'overdue-today',
  'finished-on-time',
  'finished-late',
  'finished-without-date',
  'due-today',
  'due-soon',
  'due-on-day-off',
  'on-time',
  'check-window',
  'paused-for-supplement',
  'returned-on-time',
  'returned-late',
  'returned-without-date',
  'refused',
  'withdrawn',
  'remaining-hint',
  'no-appointment',
] as const;
type StandingRule = (typeof STANDING_RULES)[number];

export interface Standing {
  status: StandingStatus;
  /** Signed working days from the as-of day to the appointment day: 0 due today, negative when late. */
  daysLeft: number | null;
  /** Working days after the appointment day through the as-of (open) or return (done) day. */
  daysLate: number;
  /** Handed over before the appointment day. */
  early?: boolean;
  /**
   * The apology letter with its new appointment is owed: NĐ 61/2018 Điều 19 wants it "chậm nhất 01
   * ngày trước ngày hết hạn", so from one working day before the appointment on (docs/rules.md §5).
   */
  apologyDue: boolean;
  /** The latest time to send that letter: the office's end of day on the working day before the appointment day. */
  apologyBy?: LocalDateTime;
  suggestedAppointment: LocalDateTime | null;
  /** End of the completeness-check window of a new dossier (receipt + checkWindowDays working days). */
  checkDeadline?: LocalDateTime;
  /** More than one supplement request: QĐ 766 counts the dossier as late. */
  repeatedSupplement?: boolean;
  rule: StandingRule;
}

export type AssessedDossier = Pick<
  Dossier,
  | 'status'
  | 'receivedAt'
  | 'dueAt'
  | 'dueDateOnly'
  | 'finishedAt'
  | 'finishedDateOnly'
  | 'returnedAt'
  | 'returnedDateOnly'
  | 'supplementRequests'
  | 'remainingHint'
>;


/**
 * The lowest due-soon threshold: with one working day left the apology is already due, so a dossier
 * must be flagged by then at the latest.
 */
export const APOLOGY_LEAD_DAYS = 1;
export { DEFAULT_OFFICE_DAY_END, OFFICE_DAY_ENDS, type OfficeDayEnd } from '../time/office-day';

interface AssessOptions {
  /** An open dossier with at most this many working days left is "due soon". */
  dueSoonDays?: number;
  /** Working days the desk has to check a new dossier's completeness. */
  checkWindowDays?: number;
  /** When the office day ends: the time of a date-only appointment, finish or hand-over. */
  officeDayEnd?: OfficeDayEnd;
  calendar?: Calendar;
}

/** A date-only value moved to the office's end of day (the reader stores 17:00 until told otherwise). */
const atDayEnd = (value: LocalDateTime | undefined, dateOnly: boolean | undefined, end: string): LocalDateTime | undefined =>
  value && dateOnly ? `${value.slice(0, 10)}T${end}` : value;

export function assessDossier(dossier: AssessedDossier, asOf: LocalDateTime, options: AssessOptions = {}): Standing {
  const calendar = options.calendar ?? defaultCalendar();
  const soon = Math.max(APOLOGY_LEAD_DAYS, options.dueSoonDays ?? 2);
  const dayEnd = options.officeDayEnd ?? DEFAULT_OFFICE_DAY_END;
  const now = parseDateTime(asOf);
  // One object of one shape, filled in place: assessing a 10,000-row list stays within a frame budget.
  const result: Standing = { status: 'unknown', daysLeft: null, daysLate: 0, apologyDue: false, suggestedAppointment: null, rule: 'no-appointment' };
  const done = (status: StandingStatus, rule: StandingRule): Standing => {
    result.status = status;
    result.rule = rule;
    return result;
  };
  if ((dossier.supplementRequests ?? 0) > 1) result.repeatedSupplement = true;
  const dueAt = atDayEnd(dossier.dueAt, dossier.dueDateOnly, dayEnd);
  const finishedAt = atDayEnd(dossier.finishedAt, dossier.finishedDateOnly, dayEnd);
  const returnedAt = atDayEnd(dossier.returnedAt, dossier.returnedDateOnly, dayEnd);

  /**
   * Processing ends at the first of "Đã xử lý xong" and "Đã trả kết quả" (QĐ 766/QĐ-TTg's formula):
   * a result finished on time and collected late is on time; one finished late is late by the
   * working days after the appointment day through the finish day.
   */
  const ended = (end: LocalDateTime, rules: readonly [StandingRule, StandingRule], handedOver: boolean): Standing => {
    const late = end > dueAt!;
    result.daysLate = daysLateBetween(dueAt!, end, calendar);
    result.early = parseDateTime(end).day < parseDateTime(dueAt!).day;
    // Late and not yet handed over: the citizen still waits, so the letter is still offered.
    result.apologyDue = late;
    if (late && !handedOver) result.suggestedAppointment = suggestAppointment(dueAt!, asOf, calendar);
    return late ? done('done-late', rules[1]) : done('done-on-time', rules[0]);
  };

  switch (dossier.status) {
    case 'refused':
    case 'withdrawn':
      return done('not-applicable', dossier.status);
    case 'waiting-additions':
      return done('paused', 'paused-for-supplement');
    case 'returned': {
      const end = finishedAt && returnedAt ? (finishedAt < returnedAt ? finishedAt : returnedAt) : (returnedAt ?? finishedAt);
      if (!dueAt || !end) return done('unknown', dueAt ? 'returned-without-date' : 'no-appointment');
      return ended(end, ['returned-on-time', 'returned-late'], true);
    }
    case 'finished':
      if (dueAt && finishedAt) return ended(finishedAt, ['finished-on-time', 'finished-late'], false);
      // Finished by now without a finish time: on time for sure while the appointment is ahead; after
      // it, on time and late cannot be told apart (as a return without its date).
      if (dueAt && asOf <= dueAt) return done('done-on-time', 'finished-on-time');
      if (dueAt) return done('unknown', 'finished-without-date');
      break;
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
    result.apologyDue = days <= APOLOGY_LEAD_DAYS;
    return done(days === 0 ? 'due-today' : days <= soon ? 'due-soon' : 'on-time', 'remaining-hint');
  }

  const due = parseDateTime(dueAt);
  const daysLeft = calendar.between(now.day, due.day);
  const sameDay = now.day === due.day;
  result.daysLeft = daysLeft;
  result.suggestedAppointment = suggestAppointment(dueAt, asOf, calendar);
  result.apologyDue = daysLeft <= APOLOGY_LEAD_DAYS;
  result.apologyBy = formatDateTime(calendar.add(due.day, -APOLOGY_LEAD_DAYS), Number(dayEnd.slice(0, 2)) * 60 + Number(dayEnd.slice(3)));
  if (asOf > dueAt) {
    result.daysLate = Math.max(0, -daysLeft); // never -0 on the appointment day itself
    result.apologyDue = true;
    return done('overdue', sameDay ? 'overdue-today' : 'overdue-open');
  }
  if (sameDay) return done('due-today', 'due-today');
  if (checkSoon) return done('check-soon', 'check-window');
  if (daysLeft <= soon) return done('due-soon', daysLeft === 0 ? 'due-on-day-off' : 'due-soon');
  return done('on-time', 'on-time');
}
