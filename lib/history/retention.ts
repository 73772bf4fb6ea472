import type { Day, LocalDateTime } from '../dossier/schema';
import { STORES, type HistoryDB } from './db';
import { addMonthsToDay, dayOf, isValidDay } from '../time/strings';
import { HistoryError, storageError } from './errors';

export interface DeletedCounts {
  dossiers: number;
  documents: number;
  drafts: number;
}

/**
 * Deletes personal data not touched for `months` months before `asOf`: dossiers by the last time
 * a page showed them, documents by when they were made, drafts by their last edit. One transaction.
 */
export async function deleteOlderThan(db: HistoryDB, months: number, asOf: Day | LocalDateTime): Promise<DeletedCounts> {
  const day = dayOf(asOf);
  if (!Number.isInteger(months) || months < 0 || months > 1200 || !isValidDay(day)) {
    throw new HistoryError('invalid-argument', { detail: `${months} months before ${asOf}` });
  }
  const before = IDBKeyRange.upperBound(`${addMonthsToDay(day, -months)}T00:00`, true);
  const counts: DeletedCounts = { dossiers: 0, documents: 0, drafts: 0 };
  const tx = db.transaction(STORES, 'readwrite');
  try {
    const sweeps = [
      [tx.objectStore('dossiers').index('by-last-seen'), 'dossiers'],
      [tx.objectStore('documents').index('by-created'), 'documents'],
      [tx.objectStore('drafts').index('by-updated'), 'drafts'],
    ] as const;
    for (const [index, store] of sweeps) {
      for (let cursor = await index.openCursor(before); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
        counts[store]++;
      }
    }
    await tx.done;
  } catch (error) {
    throw storageError(error);
  }
  return counts;
}

/** Forgets everything: dossiers, documents and drafts. */
export async function deleteAll(db: HistoryDB): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite');
  try {
    await Promise.all([...STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
  } catch (error) {
    throw storageError(error);
  }
}
