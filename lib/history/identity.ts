import { unionEvents } from './events';
import type { StoredDossier } from './records';

/**
 * One dossier may be recorded under several codes: a portal prints the local code
 * (`H21.57.14-…`) in one place and the national one (`000.00.57.H21-…`) in another, and two
 * portals may both show it. Records are linked as one dossier only on evidence: the same code
 * (exactly), or a row or detail view that showed both codes (`aliases`). A shared suffix is never
 * evidence: `…-220505-0007` is a different dossier in every agency.
 */

/** A record's own code first, then every code a page showed beside it. */
export function dossierCodes(d: Pick<StoredDossier, 'code' | 'aliases' | 'snapshot'>): string[] {
  return [...new Set([d.code, ...(d.aliases ?? []), ...(d.snapshot.otherCodes ?? [])])];
}

/** Records of one dossier, the freshest first, and the one view the report counts. */
export interface DossierGroup {
  records: StoredDossier[];
  merged: StoredDossier;
}

/** The freshest record leads: last seen latest, then origin and code for a stable order. */
const fresher = (a: StoredDossier, b: StoredDossier): number =>
  a.lastSeen !== b.lastSeen ? (a.lastSeen > b.lastSeen ? -1 : 1) : `${a.origin}\u0000${a.code}` < `${b.origin}\u0000${b.code}` ? -1 : 1;

/**
 * One dossier out of its records: the freshest snapshot, every status change once, the widest span
 * seen and every code. Independent of the records' order.
 */
export function mergeRecords(records: readonly StoredDossier[]): StoredDossier {
  const sorted = [...records].sort(fresher);
  const lead = sorted[0]!;
  const codes = new Set(sorted.flatMap(dossierCodes));
  codes.delete(lead.code);
  const merged: StoredDossier = {
    ...lead,
    firstSeen: sorted.reduce((min, r) => (r.firstSeen < min ? r.firstSeen : min), lead.firstSeen),
    events: sorted.slice(1).reduce((events, r) => unionEvents(events, r.events), lead.events),
  };
  const aliases = [...codes].sort();
  if (aliases.length > 0) merged.aliases = aliases;
  else delete merged.aliases;
  return merged;
}

/** Records grouped into dossiers by shared codes (transitively), each group merged. */
export function groupDossiers(records: readonly StoredDossier[]): DossierGroup[] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byCode = new Map<string, number>();
  records.forEach((record, i) => {
    for (const code of dossierCodes(record)) {
      const known = byCode.get(code);
      if (known === undefined) byCode.set(code, i);
      else parent[find(i)] = find(known);
    }
  });
  const groups = new Map<number, StoredDossier[]>();
  records.forEach((record, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), record]);
  });
  return [...groups.values()].map((members) => ({ records: [...members].sort(fresher), merged: mergeRecords(members) }));
}
