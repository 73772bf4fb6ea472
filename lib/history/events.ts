import type { Dossier, DossierStatus, LocalDateTime } from '../dossier/schema';
import { MAX_EVENTS_PER_DOSSIER, type HistoryEvent } from './records';

/**
 * The status changes of a dossier. A change is appended only when the status differs from the last
 * one, and it is dated with the dossier's own date for that status when the page shows one.
 */

function dateFor(d: Dossier, status: DossierStatus): LocalDateTime | undefined {
  switch (status) {
    case 'new':
    case 'processing':
      return d.receivedAt;
    case 'finished':
      return d.finishedAt;
    case 'returned':
      return d.returnedAt;
    default:
      return undefined;
  }
}

function event(status: DossierStatus, at: LocalDateTime, seenAt: LocalDateTime, reason?: string): HistoryEvent {
  return reason === undefined ? { status, at, seenAt } : { status, at, seenAt, reason };
}

/**
 * Events for an observed snapshot. When the page shows a dossier for the first time or jumps
 * straight to "returned", the dates it carries tell of the steps we did not watch: receipt, finish.
 */
export function appendStatus(events: readonly HistoryEvent[], d: Dossier, seenAt: LocalDateTime): HistoryEvent[] {
  const last = events.at(-1);
  if (last?.status === d.status) return [...events];
  const next = [...events];
  // A receipt means the desk accepted the dossier for processing; dated so, two officers' records
  // of it merge into one change.
  if (events.length === 0 && d.receivedAt !== undefined && d.status !== 'new' && d.status !== 'processing') {
    next.push(event('processing', d.receivedAt, seenAt));
  }
  if (d.status === 'returned' && d.finishedAt !== undefined && !events.some((e) => e.status === 'finished')) {
    next.push(event('finished', d.finishedAt, seenAt));
  }
  const ownDate = events.length === 0 || d.status === 'finished' || d.status === 'returned' ? dateFor(d, d.status) : undefined;
  const reason = d.status === 'refused' || d.status === 'waiting-additions' || d.status === 'withdrawn' ? d.reason : undefined;
  next.push(event(d.status, ownDate ?? seenAt, seenAt, reason));
  return next;
}

const eventKey = (e: HistoryEvent) => `${e.at}\u0000${e.status}\u0000${e.reason ?? ''}`;

/** Two officers' histories of one dossier: every change once, in time order. */
export function unionEvents(a: readonly HistoryEvent[], b: readonly HistoryEvent[]): HistoryEvent[] {
  const byKey = new Map<string, HistoryEvent>();
  for (const e of [...a, ...b]) {
    const known = byKey.get(eventKey(e));
    // The same change seen twice keeps the earlier sighting.
    if (!known || e.seenAt < known.seenAt) byKey.set(eventKey(e), e);
  }
  return [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.seenAt < y.seenAt ? -1 : x.seenAt > y.seenAt ? 1 : 0));
}

/**
 * At most `MAX_EVENTS_PER_DOSSIER` changes per dossier, the limit a backup is checked against: past
 * it, the oldest changes after the first (the receipt) go. Applied whenever events are written, so
 * an export never holds a record its own import would refuse (a dossier once reached 1,003 events,
 * and a merge of two officers' files 1,200).
 */
export function compactEvents(events: readonly HistoryEvent[]): HistoryEvent[] {
  if (events.length <= MAX_EVENTS_PER_DOSSIER) return [...events];
  return [events[0]!, ...events.slice(events.length - (MAX_EVENTS_PER_DOSSIER - 1))];
}
