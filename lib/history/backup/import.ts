import { sameJson } from '../canonical';
import { STORES, type HistoryDB } from '../db';
import { HistoryImportError, storageError } from '../errors';
import { withKeys, withoutKeys } from '../keys';
import { mergeDocument, mergeDossier, mergeDraft } from '../merge';
import type { DocumentRecord, DraftRecord, StoredDossier } from '../records';
import { BACKUP_LIMITS, BackupHeaderSchema, BackupSchema, HISTORY_FORMAT_VERSION, type HistoryBackup } from './format';
import { checkParsedJson, parseStrictJson } from './strict-json';

export type ImportMode = 'replace' | 'merge';

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Only `replace` removes: records in the database that the backup does not have. */
  removed: number;
}

/** Every check, before anything is written: a refused file leaves the database untouched. */
export function validateBackup(json: unknown): HistoryBackup {
  if (typeof json === 'string' && json.length > BACKUP_LIMITS.textLength) {
    throw new HistoryImportError('import-too-large', { detail: `${json.length} characters` });
  }
  const value = typeof json === 'string' ? parseStrictJson(json, BACKUP_LIMITS) : json;
  if (typeof json !== 'string') checkParsedJson(value, BACKUP_LIMITS);
  const header = BackupHeaderSchema.safeParse(value);
  if (!header.success) throw new HistoryImportError('import-format');
  if (header.data.formatVersion > HISTORY_FORMAT_VERSION) {
    throw new HistoryImportError('import-newer-version', { found: header.data.formatVersion, supported: HISTORY_FORMAT_VERSION });
  }
  for (const store of STORES) {
    const list = (header.data as Record<string, unknown>)[store];
    if (Array.isArray(list) && list.length > BACKUP_LIMITS[store]) {
      throw new HistoryImportError('import-too-large', { detail: `${list.length} ${store} (at most ${BACKUP_LIMITS[store]})` });
    }
  }
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HistoryImportError('import-invalid', {
      path: issue && issue.path.length > 0 ? issue.path.join('.') : '(root)',
      detail: issue?.message ?? 'invalid',
    });
  }
  return parsed.data;
}

/**
 * Restores (`replace`) or folds in (`merge`) a backup in one transaction. Merging several officers'
 * exports gives one history. Throws `HistoryImportError` for any refused file, and a storage
 * `HistoryError` if the browser fails the write; in both cases nothing has changed.
 */
export async function importHistory(db: HistoryDB, json: unknown, options: { mode: ImportMode }): Promise<ImportResult> {
  const backup = validateBackup(json);
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const tx = db.transaction(STORES, 'readwrite');
  const dossiers = tx.objectStore('dossiers');
  const documents = tx.objectStore('documents');
  const drafts = tx.objectStore('drafts');
  const writes: Promise<unknown>[] = [];
  try {
    const [heldDossiers, heldDocuments, heldDrafts] = await Promise.all([dossiers.getAll(), documents.getAll(), drafts.getAll()]);

    /** The records to write for one store, counting what happens to each. */
    const plan = <T>(held: T[], incoming: T[], id: (r: T) => string, merge: (a: T, b: T) => T): T[] => {
      const byId = new Map(held.map((r) => [id(r), r]));
      const toWrite: T[] = [];
      for (const record of incoming) {
        const known = byId.get(id(record));
        byId.delete(id(record));
        const next = known === undefined ? record : options.mode === 'merge' ? merge(known, record) : record;
        if (known === undefined) result.added++;
        else if (sameJson(known, next)) result.unchanged++;
        else result.updated++;
        if (known === undefined || !sameJson(known, next) || options.mode === 'replace') toWrite.push(next);
      }
      if (options.mode === 'replace') result.removed += byId.size;
      return toWrite;
    };
    const dossierWrites = plan(
      heldDossiers.map(withoutKeys),
      backup.dossiers,
      (d) => `${d.origin}\u0000${d.code}`,
      mergeDossier,
    );
    const documentWrites = plan(heldDocuments, backup.documents, (d) => d.id, mergeDocument);
    const draftWrites = plan(heldDrafts, backup.drafts, (d) => d.id, mergeDraft);

    if (options.mode === 'replace') writes.push(dossiers.clear(), documents.clear(), drafts.clear());
    for (const d of dossierWrites) writes.push(dossiers.put(withKeys(d)));
    for (const d of documentWrites) writes.push(documents.put(d));
    for (const d of draftWrites) writes.push(drafts.put(d));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The failure already ended the transaction.
    }
    // Requests queued before the failure now reject with AbortError; they are settled here.
    await Promise.allSettled([...writes, tx.done]);
    throw storageError(error);
  }
  return result;
}
