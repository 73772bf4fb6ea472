import { IDBFactory } from 'fake-indexeddb';
import { DossierSchema, type Dossier } from '../../../lib/dossier/schema';
import { openHistory, type HistoryDB, type Observation } from '../../../lib/history';
import { dossier as datasetRecord, type DossierKey } from '../../fixtures/portal/dataset';

export const ORIGIN = 'https://dichvucong.gialai.gov.vn';
export const URL = `${ORIGIN}/danh-sach-ho-so`;

/** A dataset dossier as the overlay would read it (the shared contract, without test-only fields). */
export function sample(key: DossierKey, changes: Partial<Dossier> = {}): Dossier {
  return DossierSchema.parse({ ...datasetRecord(key), ...changes });
}

export function observation(seenAt: string, dossiers: Dossier[], origin = ORIGIN): Observation {
  return { origin, url: `${origin}/danh-sach-ho-so`, seenAt, dossiers };
}

/** A fresh database in its own factory, so no test sees another's data. */
export async function freshHistory(): Promise<{ db: HistoryDB; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { db: await openHistory('test-history', { indexedDB: factory }), factory };
}
