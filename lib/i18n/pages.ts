import { joinCatalogs, type Catalog } from './format';
import { popupMessages, type PopupKey } from './popup';
import { optionsMessages, type OptionsKey } from './options';
import { readingMessages, type ReadingKey } from './reading';
import { welcomeMessages, type WelcomeKey } from './welcome';

/**
 * The catalogue of the extension's own small pages (popup, settings, welcome), one file per surface. Kept
 * apart from the overlay's catalogue, which the content script carries under a size budget. In each
 * file the Vietnamese table defines the keys; the English one must have exactly the same keys or
 * typechecking fails.
 */
export type PagesKey = PopupKey | OptionsKey | ReadingKey | WelcomeKey;

export const pagesMessages: Catalog<PagesKey> = joinCatalogs(popupMessages, optionsMessages, readingMessages, welcomeMessages);
