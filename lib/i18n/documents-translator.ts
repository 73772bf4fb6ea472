import { translate, type Language, type Params } from './format';
import { documentsMessages, type DocumentsKey } from './documents';

export type DocsTranslate = (key: DocumentsKey, params?: Params) => string;

/** The document pages' strings in one language; every visible text goes through this. */
export function docsTranslator(lang: Language): DocsTranslate {
  return (key, params) => translate(documentsMessages, lang, key, params);
}
