import { documentsFor, type DocumentRecord } from '../../history';
import { openActiveHistory } from '../../history/active';
import { vietnamLocalTime } from '../../time/vietnam';
import type { ChosenTemplate } from '../templates/current';
import { makeDocument, type MakeDocument } from './make-document';

/**
 * What a document page needs to know of the documents already made for its dossier (a request for
 * additions asked once, a new appointment set once), read through `pick`; nothing without a code.
 */
export async function fromDossierDocuments<T>(code: string | undefined, pick: (documents: DocumentRecord[]) => T): Promise<T | undefined> {
  if (!code) return undefined;
  const db = await openActiveHistory();
  try {
    return pick(await documentsFor(db, code));
  } finally {
    db.close();
  }
}

/**
 * A document page's one document for one dossier: made now, downloaded and kept in the history in
 * use (the real one, or the as-of session's), like every document (make-document.ts).
 */
export async function makeDossierDocument(
  request: Omit<MakeDocument, 'codes' | 'createdAt'> & { code: string },
  template?: ChosenTemplate,
): Promise<DocumentRecord> {
  const { code, ...rest } = request;
  const db = await openActiveHistory();
  try {
    return await makeDocument(db, { ...rest, codes: [code], createdAt: vietnamLocalTime() }, template);
  } finally {
    db.close();
  }
}
