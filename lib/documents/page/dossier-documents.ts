import { documentsFor, type DocumentRecord } from '../../history';
import { openActiveHistory } from '../../history/active';

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
