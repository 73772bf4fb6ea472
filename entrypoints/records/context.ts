import type { HistoryDB } from '../../lib/history';
import type { Language } from '../../lib/i18n/format';
import type { PageContext } from '../../lib/documents/page/page-context';
import type { DocsTranslate } from '../../lib/i18n/documents-translator';

/** What every tab of the history page is given. */
export interface TabProps {
  db: HistoryDB;
  context: PageContext;
  lang: Language;
  t: DocsTranslate;
}
