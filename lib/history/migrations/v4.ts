import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { vietnamLocalTime } from '../../time/vietnam';
import { withKeys, withoutKeys, type DossierRecord } from '../keys';
import { draftInWindow, setAsideOutOfWindow } from '../out-of-window';
import type { DraftRecord } from '../records';

/**
 * Version 4: no stored date outside the date window. The window is enforced on recording and import
 * since issue 16; a record stored before could hold a date in 2200 or 9999, which stops its month keys,
 * its export and its next recording. Each such date is set aside in the record (lib/history/out-of-window.ts)
 * and the record's keys are computed again; no dossier is deleted. Report drafts lose the rows' copies
 * of such dates, which would otherwise make the officer's own backup fail to restore.
 */
export async function upgradeToV4(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  const now = vietnamLocalTime();
  const dossiers = tx.objectStore('dossiers');
  for (let cursor = await dossiers.openCursor(); cursor; cursor = await cursor.continue()) {
    const cleaned = setAsideOutOfWindow(withoutKeys(cursor.value as DossierRecord), now);
    if (cleaned) await cursor.update(withKeys(cleaned));
  }
  const drafts = tx.objectStore('drafts');
  for (let cursor = await drafts.openCursor(); cursor; cursor = await cursor.continue()) {
    const cleaned = draftInWindow(cursor.value as DraftRecord);
    if (cleaned) await cursor.update(cleaned);
  }
}
