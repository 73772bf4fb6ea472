import { joinCatalogs, type Catalog } from './format';
import { documentPagesMessages, type DocumentPagesKey } from './document-pages';
import { letterMessages, type LetterKey } from './letter';
import { supplementMessages, type SupplementKey } from './supplement';
import { recordsMessages, type RecordsKey } from './records';

/**
 * The catalogue of the pages that make documents and use the history (letter.html, supplement.html,
 * records.html), one file per surface. In each file the Vietnamese table defines the keys; the
 * English one must have exactly the same keys or typechecking fails. Document text itself (the
 * letter preview) is not here: it is always Vietnamese.
 */
export type DocumentsKey = DocumentPagesKey | LetterKey | SupplementKey | RecordsKey;

export const documentsMessages: Catalog<DocumentsKey> = joinCatalogs(documentPagesMessages, letterMessages, supplementMessages, recordsMessages);
