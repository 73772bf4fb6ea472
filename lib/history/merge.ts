import { canonicalJson } from './canonical';
import { unionEvents } from './events';
import type { DocumentRecord, DraftRecord, StoredDossier } from './records';

/**
 * How several officers' histories fold into one. Every rule is a choice by a total order or a union,
 * so the result is the same in any order of files and of records (README § Merging backups):
 * - a dossier keeps the snapshot seen last (`lastSeen`); two snapshots seen in the same minute are
 *   ordered by their canonical JSON, the larger kept; its first sighting is the earliest of all;
 *   its status changes, its other codes and its set-aside dates are the union of both;
 * - a document or a draft with one id keeps the later (`createdAt`, `updatedAt`), ties broken the same way.
 */

/** `a` wins over `b`: later by `time`, or at the same time the larger canonical JSON. */
function wins<T>(a: T, b: T, time: (r: T) => string): boolean {
  const ta = time(a);
  const tb = time(b);
  if (ta !== tb) return ta > tb;
  return canonicalJson(a) >= canonicalJson(b);
}

export function mergeDossier(held: StoredDossier, incoming: StoredDossier): StoredDossier {
  const snapshotOf = (d: StoredDossier) => ({ lastSeen: d.lastSeen, snapshot: d.snapshot, lastUrl: d.lastUrl ?? '' });
  const latest = wins(snapshotOf(incoming), snapshotOf(held), (d) => d.lastSeen) ? incoming : held;
  const { lastUrl, aliases: _aliases, setAside: _setAside, ...rest } = latest;
  const aliases = [...new Set([...(held.aliases ?? []), ...(incoming.aliases ?? [])])].filter((c) => c !== latest.code).sort();
  const merged: StoredDossier = {
    ...rest,
    firstSeen: incoming.firstSeen < held.firstSeen ? incoming.firstSeen : held.firstSeen,
    events: unionEvents(held.events, incoming.events),
  };
  if (aliases.length > 0) merged.aliases = aliases;
  // Dates the v4 step set aside stay with the dossier whichever file wins, once each, in one order.
  const aside = new Map([...(held.setAside ?? []), ...(incoming.setAside ?? [])].map((a) => [`${a.field}\u0000${a.value}`, a]));
  if (aside.size > 0) merged.setAside = [...aside.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, a]) => a);
  return lastUrl === undefined ? merged : { ...merged, lastUrl };
}

export const mergeDocument = (held: DocumentRecord, incoming: DocumentRecord): DocumentRecord =>
  wins(incoming, held, (d) => d.createdAt) ? incoming : held;

export const mergeDraft = (held: DraftRecord, incoming: DraftRecord): DraftRecord =>
  wins(incoming, held, (d) => d.updatedAt) ? incoming : held;
