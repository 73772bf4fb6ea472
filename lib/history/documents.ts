import type { HistoryDB } from './db';
import { HistoryError, storageError } from './errors';
import { DocumentRecordSchema, DraftRecordSchema, type DocumentRecord, type DraftRecord } from './records';

function valid<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HistoryError('invalid-argument', { detail: parsed.error.message });
  return parsed.data;
}

async function put(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw storageError(error);
  }
}

/** Keeps a document made by the extension (its render data and template identity, or its bytes). */
export async function saveDocument(db: HistoryDB, document: DocumentRecord): Promise<void> {
  const record = valid(DocumentRecordSchema, document);
  await put(() => db.put('documents', record));
}

/** Documents made for a dossier code, oldest first. */
export async function documentsFor(db: HistoryDB, code: string): Promise<DocumentRecord[]> {
  const found = await db.getAllFromIndex('documents', 'by-code', code);
  return found.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export async function saveDraft(db: HistoryDB, draft: DraftRecord): Promise<void> {
  const record = valid(DraftRecordSchema, draft);
  await put(() => db.put('drafts', record));
}

export function getDraft(db: HistoryDB, id: string): Promise<DraftRecord | undefined> {
  return db.get('drafts', id);
}

/** Drafts, last edited first. */
export async function listDrafts(db: HistoryDB): Promise<DraftRecord[]> {
  return (await db.getAllFromIndex('drafts', 'by-updated')).reverse();
}
