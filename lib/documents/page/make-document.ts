/**
 * The one path every page uses to make a document: render with the chosen template, download,
 * then record it in the history and tell the background (its report reminder depends on the
 * documents made).
 */
import { browser } from 'wxt/browser';
import { renderKind, type TemplateKind } from '..';
import { saveDocument, type DocumentRecord, type HistoryDB } from '../../history';
import type { LocalDateTime } from '../../dossier/schema';
import { DOCX_TYPE, downloadBytes } from './download';
import { currentTemplate, type ChosenTemplate } from '../templates/current';

export interface MakeDocument {
  kind: TemplateKind;
  /** The render input, kept as the document's data (JSON: no undefined values, no Dates). */
  data: DocumentRecord['data'];
  codes: string[];
  origin?: string;
  fileName: string;
  createdAt: LocalDateTime;
}

/** Renders and downloads first (a DocsError stops here), then records; returns the stored record. */
export async function makeDocument(db: HistoryDB, request: MakeDocument, template?: ChosenTemplate): Promise<DocumentRecord> {
  const chosen = template ?? (await currentTemplate(request.kind));
  const bytes = renderKind(request.kind, request.data, chosen.bytes);
  downloadBytes(bytes, request.fileName, DOCX_TYPE);
  const record: DocumentRecord = {
    id: crypto.randomUUID(),
    kind: request.kind,
    codes: request.codes,
    createdAt: request.createdAt,
    template: chosen.identity,
    fileName: request.fileName,
    data: request.data,
    ...(request.origin === undefined ? {} : { origin: request.origin }),
  };
  await saveDocument(db, record);
  await notifyDocumentsChanged();
  return record;
}

/** The background refreshes its report reminder; a page opened without it running loses nothing. */
export async function notifyDocumentsChanged(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'documents-changed' });
  } catch {
    // The reminder is refreshed again at the next start; the document itself is saved.
  }
}
