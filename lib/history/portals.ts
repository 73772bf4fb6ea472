import type { DossierKey, HistoryDB } from './db';
import type { ReportProposal } from './report';

/**
 * Which portals feed the office's reports. Any host under a built-in pattern (every
 * `*.motcua.vnpt.vn`) runs the overlay, so a page opened once — a link followed by mistake, a
 * hostile host — would otherwise put its rows in the monthly report. The office chooses; by default
 * a portal counts when it was actually used: its dossiers were seen on at least two different days.
 */
export interface PortalUse {
  origin: string;
  dossiers: number;
  /** Distinct days on which a dossier of this portal was last seen (at least this many days of use). */
  days: number;
  /** Counted when the office made no choice. */
  usedByDefault: boolean;
}

/** The portals the history holds dossiers of, most dossiers first. Reads index keys only, no record. */
export async function portalUses(db: HistoryDB): Promise<PortalUse[]> {
  const byOrigin = new Map<string, { dossiers: number; days: Set<string> }>();
  const tx = db.transaction('dossiers');
  for (let cursor = await tx.store.index('by-last-seen').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const [origin] = cursor.primaryKey as DossierKey;
    const use = byOrigin.get(origin) ?? { dossiers: 0, days: new Set<string>() };
    use.dossiers++;
    use.days.add(String(cursor.key).slice(0, 10));
    byOrigin.set(origin, use);
  }
  await tx.done;
  return [...byOrigin.entries()]
    .map(([origin, use]) => ({ origin, dossiers: use.dossiers, days: use.days.size, usedByDefault: use.days.size >= 2 }))
    .sort((a, b) => b.dossiers - a.dossiers || (a.origin < b.origin ? -1 : 1));
}

/**
 * The portals that count: the office's choice when it made one (`chosen` non-empty), otherwise those
 * used by default — or, in a history too young for any to qualify, all of them.
 */
export function countedPortals(uses: readonly PortalUse[], chosen: readonly string[]): Set<string> {
  if (chosen.length > 0) return new Set(chosen);
  const used = uses.filter((u) => u.usedByDefault);
  return new Set((used.length > 0 ? used : uses).map((u) => u.origin));
}

/** The proposal without the rows of portals that do not count. */
export function fromPortals(proposal: ReportProposal, counted: ReadonlySet<string>): ReportProposal {
  return { sentBack: proposal.sentBack.filter((r) => counted.has(r.origin)), late: proposal.late.filter((r) => counted.has(r.origin)) };
}
