import type { DossierStatus, LocalDateTime } from '../dossier/schema';
import type { StoredDossier } from './records';

/**
 * What the history can tell about a dossier from its snapshot and status changes alone: when it was
 * completed, whether it was sent back, whether it ran past its appointment. Minute precision is
 * enough here because the appointment carries a time; days late are counted by lib/deadline's `daysLateBetween`.
 */

export type DossierOutcome = 'open' | 'overdue' | 'paused' | 'done-on-time' | 'done-late' | 'refused' | 'withdrawn';
export const DOSSIER_OUTCOMES: readonly DossierOutcome[] = [
  'open',
  'overdue',
  'paused',
  'done-on-time',
  'done-late',
  'refused',
  'withdrawn',
];

/** When processing ended: the finish time if known, else the hand-over, else when a change showed it. */
export function completedAt(d: StoredDossier): LocalDateTime | undefined {
  return (
    d.snapshot.finishedAt ??
    d.snapshot.returnedAt ??
    d.events.find((e) => e.status === 'finished' || e.status === 'returned')?.at
  );
}

/** Statuses an office may count as "trả lại" in its monthly report; refusal is the default. */
export const RETURN_LIKE_STATUSES = ['refused', 'withdrawn', 'waiting-additions'] as const satisfies readonly DossierStatus[];
export type ReturnLikeStatus = (typeof RETURN_LIKE_STATUSES)[number];

/**
 * Every time the dossier entered one of `statuses` (refused or sent back by default), with the
 * reason the page gave and whether `at` is only when a page showed it. Two records of one dossier
 * merged into one timeline may both hold the change: consecutive entries count once, the earliest.
 */
export function sendBacks(
  d: StoredDossier,
  statuses: readonly DossierStatus[] = ['refused'],
): { at: LocalDateTime; reason?: string; seenOnly: boolean }[] {
  const out: { at: LocalDateTime; reason?: string; seenOnly: boolean }[] = [];
  let previous: DossierStatus | undefined;
  for (const e of d.events) {
    if (statuses.includes(e.status) && e.status !== previous) {
      // The history dates a refusal with the page's own date only when it has one (events.ts).
      const back = { at: e.at, seenOnly: e.at === e.seenAt };
      out.push(e.reason === undefined ? back : { ...back, reason: e.reason });
    }
    previous = e.status;
  }
  return out;
}

/** True when the completion time is only when a page showed the dossier finished, not a date it printed. */
export function completionSeenOnly(d: StoredDossier): boolean {
  if (d.snapshot.finishedAt !== undefined || d.snapshot.returnedAt !== undefined) return false;
  const event = d.events.find((e) => e.status === 'finished' || e.status === 'returned');
  return event !== undefined && event.at === event.seenAt;
}

/** Refused or withdrawn dossiers have no result to be late with. */
export function isClosedWithoutResult(d: StoredDossier): boolean {
  return d.snapshot.status === 'refused' || d.snapshot.status === 'withdrawn';
}

/** True when the dossier was completed after its appointment. */
export function wasDoneLate(d: StoredDossier): boolean {
  const done = completedAt(d);
  return d.snapshot.dueAt !== undefined && done !== undefined && done > d.snapshot.dueAt;
}

export function outcomeOf(d: StoredDossier, asOf: LocalDateTime): DossierOutcome {
  if (d.snapshot.status === 'refused') return 'refused';
  if (d.snapshot.status === 'withdrawn') return 'withdrawn';
  const done = completedAt(d);
  if (done !== undefined) return wasDoneLate(d) ? 'done-late' : 'done-on-time';
  if (d.snapshot.status === 'waiting-additions') return 'paused';
  return d.snapshot.dueAt !== undefined && asOf > d.snapshot.dueAt ? 'overdue' : 'open';
}
