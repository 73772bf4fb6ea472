import type { LocalDateTime } from '../dossier/schema';
import { isValidLocalDateTime } from '../time/strings';
import type { DraftRecord, HistoryEvent, ReportRow, SetAsideDate, StoredDossier } from './records';

/**
 * Records stored before the date window (lib/time/window.ts) was enforced can hold dates outside it: a
 * row dated 2200 or 9999, a clock override of 2199. Such a date breaks everything that reads the record
 * (the month keys, the calendar, an export the import then refuses). This takes each one out and keeps
 * its text in `setAside`, never dropping the dossier:
 * - a snapshot date (submitted, received, due, finished, handed over) is removed, with its date-only
 *   flag, as a date the page never printed;
 * - an event's `at` becomes its `seenAt`, as recording dates a change whose page printed no date; an
 *   event whose `seenAt` is outside too takes its `at` when that is inside, and is dropped when neither is;
 * - `firstSeen` and `lastSeen` become the earliest and latest sighting left (events' `seenAt`), or `now`
 *   when none is left, so the record keeps a span that runs forward.
 */
const SNAPSHOT_TIMES = ['submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt'] as const;
const DATE_ONLY = { dueAt: 'dueDateOnly', finishedAt: 'finishedDateOnly', returnedAt: 'returnedDateOnly' } as const;

const inside = (value: unknown): value is string => typeof value === 'string' && isValidLocalDateTime(value);

/** The dossier with its out-of-window dates set aside, or undefined when it has none. */
export function setAsideOutOfWindow(d: StoredDossier, now: LocalDateTime): StoredDossier | undefined {
  const aside: SetAsideDate[] = [];
  const setAside = (field: string, value: unknown) => aside.push({ field, value: String(value).slice(0, 100) });

  const snapshot = { ...d.snapshot };
  for (const field of SNAPSHOT_TIMES) {
    const value = snapshot[field];
    if (value === undefined || inside(value)) continue;
    setAside(`snapshot.${field}`, value);
    delete snapshot[field];
    if (field in DATE_ONLY) delete snapshot[DATE_ONLY[field as keyof typeof DATE_ONLY]];
  }

  const events: HistoryEvent[] = [];
  d.events.forEach((e, i) => {
    const atOk = inside(e.at);
    const seenOk = inside(e.seenAt);
    if (!atOk) setAside(`events.${i}.at`, e.at);
    if (!seenOk) setAside(`events.${i}.seenAt`, e.seenAt);
    if (atOk && seenOk) events.push(e);
    else if (seenOk) events.push({ ...e, at: e.seenAt });
    else if (atOk) events.push({ ...e, seenAt: e.at });
  });
  // A sighting moved to its own date may now stand before an earlier one: keep the order of sightings.
  events.sort((a, b) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : 0));

  const sightings = events.map((e) => e.seenAt).sort();
  let firstSeen = d.firstSeen;
  let lastSeen = d.lastSeen;
  if (!inside(firstSeen)) {
    setAside('firstSeen', firstSeen);
    firstSeen = sightings[0] ?? (inside(lastSeen) ? lastSeen : now);
  }
  if (!inside(lastSeen)) {
    setAside('lastSeen', lastSeen);
    lastSeen = sightings.at(-1) ?? firstSeen;
  }
  if (aside.length === 0) return undefined;
  if (firstSeen > lastSeen) lastSeen = firstSeen;
  return { ...d, firstSeen, lastSeen, snapshot, events, setAside: [...(d.setAside ?? []), ...aside] };
}

/** The dossier as it may be keyed and stored: the earlier schema steps key records through this too. */
export function withDatesInWindow(d: StoredDossier, now: LocalDateTime): StoredDossier {
  return setAsideOutOfWindow(d, now) ?? d;
}

const ROW_TIMES = ['receivedAt', 'dueAt', 'completedAt', 'sentBackAt'] as const;

/**
 * A report draft without the out-of-window dates its rows copied from such records (a late dossier
 * "received in 1900"), or undefined when it has none. A row's dates are proposed again from its dossier
 * whenever its period is opened, and the dossier keeps what was set aside, so they are simply dropped.
 */
export function draftInWindow(draft: DraftRecord): DraftRecord | undefined {
  let changed = false;
  const rows = draft.rows.map((row) => {
    const kept: ReportRow = { ...row };
    for (const field of ROW_TIMES) {
      if (kept[field] === undefined || inside(kept[field])) continue;
      delete kept[field];
      changed = true;
    }
    return kept;
  });
  return changed ? { ...draft, rows } : undefined;
}
