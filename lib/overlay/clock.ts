import { vietnamEpoch, vietnamLocalTime } from '../time/vietnam';
import type { FlaggedRow } from './state';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The next Vietnam local time at which a row's standing can change by the clock alone: the minute
 * after an appointment (due today → overdue; a date-only appointment is 17:00, the end of the
 * office day), or midnight (every count of working days moves by one, due soon → due today).
 */
export function nextChangeOfStanding(asOf: string, rows: readonly FlaggedRow[]): string {
  let next = vietnamLocalTime(vietnamEpoch(`${asOf.slice(0, 10)}T00:00`) + DAY);
  for (const { dossier } of rows) {
    const due = dossier.dueAt;
    if (!due || due < asOf || due >= next) continue;
    const after = vietnamLocalTime(vietnamEpoch(due) + MINUTE);
    if (after < next) next = after;
  }
  return next;
}

/** Milliseconds from `now` until a Vietnam local time (never negative). */
export function msUntil(local: string, now: number = Date.now()): number {
  return Math.max(0, vietnamEpoch(local) - now);
}
