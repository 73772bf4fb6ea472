import { translate, type Language, type Params } from './format';
import { pagesMessages, type PagesKey } from './pages';

export type Translate = (key: PagesKey, params?: Params) => string;

/** The extension pages' strings in one language; every visible text goes through this. */
export function translator(lang: Language): Translate {
  return (key, params) => translate(pagesMessages, lang, key, params);
}

/** Keeps the document's language and title in step with the interface language (screen readers, tabs). */
export function applyDocumentLanguage(lang: Language, title: string): void {
  document.documentElement.lang = lang;
  document.title = title;
}
