import type { HistoryDB } from './db';

/**
 * Which portals an office's report and statistics count (issue 16 item 14). Every host under a
 * built-in pattern (any `*.motcua.vnpt.vn`) is read by the overlay, so a page of another province's
 * portal, opened once, would otherwise feed this office's report. A portal counts by default only
 * when the office has *actually used* it, which here means one of two deliberate acts:
 * - the officer enabled it (it is in `settings.portalOrigins`: the popup asked the browser for that
 *   origin alone), or
 * - the officer made a document (an apology, a request for additions…) from one of its dossiers: the
 *   history keeps each document's origin, and a badge acts only on a trusted click.
 * Merely having recorded dossiers there is not use: the overlay records every page it reads. The office
 * changes the default per portal (`settings.countedPortals`: `added`, `removed`), and only portals with
 * dossiers in the period are offered.
 */
export interface PortalChoice {
  added: readonly string[];
  removed: readonly string[];
}

export interface PortalUse {
  /** Origins the officer enabled (settings.portalOrigins). */
  enabled: readonly string[];
  /** Origins of the documents made (documentOrigins). */
  documented: readonly string[];
}

/** True when the office used `origin` (see above), so it counts unless the office removed it. */
export function usedPortal(origin: string, use: PortalUse): boolean {
  return use.enabled.includes(origin) || use.documented.includes(origin);
}

/** True when `origin` counts: added by the office, or used and not removed. Removal wins. */
export function portalCounts(origin: string, choice: PortalChoice, use: PortalUse): boolean {
  if (choice.removed.includes(origin)) return false;
  return choice.added.includes(origin) || usedPortal(origin, use);
}

/**
 * Every portal that counts wherever it is seen, sorted: what a report is proposed over, in one pass,
 * before the period's portals are known.
 */
export function countingPortals(choice: PortalChoice, use: PortalUse): string[] {
  return [...new Set([...use.enabled, ...use.documented, ...choice.added])].filter((origin) => portalCounts(origin, choice, use)).sort();
}

/** The portals of `seen` that count, in the order given. */
export function countedPortals(seen: readonly string[], choice: PortalChoice, use: PortalUse): string[] {
  return seen.filter((origin) => portalCounts(origin, choice, use));
}

/**
 * The choice after the officer ticks (`on`) or unticks one portal. Only a departure from the default
 * is stored, so a portal the office starts using later counts without another tick.
 */
export function choosePortal(choice: PortalChoice, origin: string, on: boolean, use: PortalUse): PortalChoice {
  const added = choice.added.filter((o) => o !== origin);
  const removed = choice.removed.filter((o) => o !== origin);
  const byDefault = usedPortal(origin, use);
  if (on && !byDefault) added.push(origin);
  if (!on && byDefault) removed.push(origin);
  return { added: added.sort(), removed: removed.sort() };
}

/** Every origin the history holds a document for, sorted. Reads the documents store once. */
export async function documentOrigins(db: HistoryDB): Promise<string[]> {
  const origins = new Set<string>();
  for (let cursor = await db.transaction('documents').store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.origin !== undefined) origins.add(cursor.value.origin);
  }
  return [...origins].sort();
}
