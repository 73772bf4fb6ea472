import type { LocalDateTime } from '../../dossier/schema';
import { vietnamLocalTime } from '../../time/vietnam';
import { canonical } from '../canonical';
import type { HistoryDB } from '../db';
import { withoutKeys } from '../keys';
import { HISTORY_FORMAT, HISTORY_FORMAT_VERSION, type HistoryBackup } from './format';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The whole history as one versioned JSON object. Records come in key order with sorted object keys,
 * so exporting, importing and exporting again gives the same text apart from `exportedAt`.
 * Derived index keys are left out: they are recomputed on import.
 */
export async function exportHistory(db: HistoryDB, options: { now?: LocalDateTime } = {}): Promise<HistoryBackup> {
  const tx = db.transaction(['dossiers', 'documents', 'drafts']);
  const [dossiers, documents, drafts] = await Promise.all([
    tx.objectStore('dossiers').getAll(),
    tx.objectStore('documents').getAll(),
    tx.objectStore('drafts').getAll(),
  ]);
  dossiers.sort((a, b) => byText(a.origin, b.origin) || byText(a.code, b.code));
  documents.sort((a, b) => byText(a.id, b.id));
  drafts.sort((a, b) => byText(a.id, b.id));
  return {
    format: HISTORY_FORMAT,
    formatVersion: HISTORY_FORMAT_VERSION,
    exportedAt: options.now ?? vietnamLocalTime(),
    counts: { dossiers: dossiers.length, documents: documents.length, drafts: drafts.length },
    dossiers: dossiers.map((r) => canonical(withoutKeys(r))),
    documents: documents.map(canonical),
    drafts: drafts.map(canonical),
  };
}
