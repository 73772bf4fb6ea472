import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { groupDossiers } from '../identity';
import { withKeys, withoutKeys, type DossierRecord } from '../keys';
import type { StoredDossier } from '../records';
import { withDatesInWindow } from '../out-of-window';
import { vietnamLocalTime } from '../../time/vietnam';

/**
 * Version 3: one dossier, one record. Adds the `by-codes` index (each record's own code and
 * aliases, exact), so the records a dossier spans are found by any of its codes, and merges the
 * records of one portal that are one dossier on evidence (a code shown beside another: see
 * lib/history/identity.ts) into the freshest of them, which keeps the others' codes as aliases.
 * Records of different portals stay apart; the report and the statistics count them once.
 */
export async function upgradeToV3(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  const dossiers = tx.objectStore('dossiers');
  dossiers.createIndex('by-codes', 'keys.codes', { multiEntry: true });
  const byOrigin = new Map<string, StoredDossier[]>();
  const now = vietnamLocalTime();
  for (const record of (await dossiers.getAll()) as DossierRecord[]) {
    // Keyed again below: only from dates inside the window (see v4).
    const stored = withDatesInWindow(withoutKeys(record), now);
    byOrigin.set(stored.origin, [...(byOrigin.get(stored.origin) ?? []), stored]);
  }
  for (const records of byOrigin.values()) {
    for (const group of groupDossiers(records)) {
      const [lead, ...others] = group.records;
      for (const other of others) await dossiers.delete([other.origin, other.code]);
      // The merged record keeps the lead's key: the overlay and the documents refer to it by that code.
      await dossiers.put(withKeys({ ...group.merged, origin: lead!.origin, code: lead!.code }));
    }
  }
}
