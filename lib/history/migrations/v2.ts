import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { withKeys } from '../keys';
import type { StoredDossier } from '../records';
import { withDatesInWindow } from '../out-of-window';
import { vietnamLocalTime } from '../../time/vietnam';

/**
 * Version 2: search and report indexes. Each dossier gains derived `keys` (folded applicant words
 * and procedure name, code tails, months of receipt/due/return, late and sent-back months), so a month's
 * report and a code search read a few index entries instead of every dossier. Records written by v1
 * get their keys computed here, from their dates inside the window (a month key of year 9999 would
 * stop the upgrade: see v4).
 */
export async function upgradeToV2(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  const dossiers = tx.objectStore('dossiers');
  dossiers.createIndex('by-code-key', 'keys.code', { multiEntry: true });
  dossiers.createIndex('by-applicant', 'keys.applicant', { multiEntry: true });
  dossiers.createIndex('by-procedure', 'keys.procedure');
  dossiers.createIndex('by-unit', 'keys.unit');
  dossiers.createIndex('by-received-month', 'keys.received');
  dossiers.createIndex('by-due-month', 'keys.due');
  dossiers.createIndex('by-returned-month', 'keys.returned');
  dossiers.createIndex('by-sent-back-month', 'keys.sentBack', { multiEntry: true });
  dossiers.createIndex('by-late-month', 'keys.lateSpan', { multiEntry: true });
  dossiers.createIndex('by-open-due-month', 'keys.openDue');
  const now = vietnamLocalTime();
  for (let cursor = await dossiers.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update(withKeys(withDatesInWindow(cursor.value as StoredDossier, now)));
  }
}
