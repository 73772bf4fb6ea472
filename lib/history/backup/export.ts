import type { LocalDateTime } from '../../dossier/schema';
import { vietnamLocalTime } from '../../time/vietnam';
import { canonical } from '../canonical';
import type { HistoryDB } from '../db';
import { HistoryError } from '../errors';
import { compactEvents } from '../events';
import { withoutKeys } from '../keys';
import { BACKUP_LIMITS, HISTORY_FORMAT, HISTORY_FORMAT_VERSION, type HistoryBackup } from './format';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A backup writes only what its own import accepts: a store past the import's limit is refused here,
 * with the way out (delete old data), rather than making a file that cannot be restored.
 */
function checkLimits(counts: HistoryBackup['counts']): void {
  for (const store of ['dossiers', 'documents', 'drafts'] as const) {
    if (counts[store] > BACKUP_LIMITS[store]) throw new HistoryError('export-too-large', { detail: `${counts[store]} ${store} (at most ${BACKUP_LIMITS[store]})` });
  }
}

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
  const counts = { dossiers: dossiers.length, documents: documents.length, drafts: drafts.length };
  checkLimits(counts);
  return {
    format: HISTORY_FORMAT,
    formatVersion: HISTORY_FORMAT_VERSION,
    exportedAt: options.now ?? vietnamLocalTime(),
    counts,
    // Records written before events were compacted on every write are compacted here.
    dossiers: dossiers.map((r) => {
      const d = withoutKeys(r);
      return canonical({ ...d, events: compactEvents(d.events) });
    }),
    documents: documents.map(canonical),
    drafts: drafts.map(canonical),
  };
}

/** The backup file's text, refused when longer than the import reads. */
export function backupText(backup: HistoryBackup): string {
  const text = JSON.stringify(backup, null, 2);
  if (text.length > BACKUP_LIMITS.textLength) {
    throw new HistoryError('export-too-large', { detail: `${text.length} characters (at most ${BACKUP_LIMITS.textLength})` });
  }
  return text;
}
