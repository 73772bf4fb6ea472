import { DocsError } from '..';
import { HistoryError, HISTORY_MESSAGES } from '../../history';
import { translate, type Language } from '../../i18n/format';
import { documentsMessages } from '../../i18n/documents';

/** Any failure as lines in the interface language: each template problem, a history error, or the rest. */
export function errorLines(error: unknown, lang: Language): string[] {
  if (error instanceof DocsError) return error.problems.map((p) => p.message[lang]);
  if (error instanceof HistoryError) return [translate(HISTORY_MESSAGES, lang, error.code, error.params)];
  const detail = error instanceof Error ? error.message : String(error);
  return [translate(documentsMessages, lang, 'error.unexpected', { detail })];
}
