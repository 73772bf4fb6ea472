import type { LocalDateTime } from '../dossier/schema';
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

/** Every time an office refused or sent the dossier back, with the reason the page gave. */
export function sendBacks(d: StoredDossier): { at: LocalDateTime; reason?: string }[] {
  return d.events
    .filter((e) => e.status === 'refused')
    .map((e) => (e.reason === undefined ? { at: e.at } : { at: e.at, reason: e.reason }));
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
