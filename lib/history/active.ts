import { loadSettings } from '../settings/storage';
import { historyNameFor, type HistoryDB } from './db';
import { openHistory, type OpenHistoryOptions } from './open';

/**
 * The extension's edge to the history it uses now: the real one, or the as-of session's while an
 * as-of override is set (see `AS_OF_DB_NAME`). Pages and the background open it through here; the
 * rest of lib/history takes the database as an argument and runs in Node alike.
 */
export async function activeHistoryName(): Promise<string> {
  return historyNameFor((await loadSettings()).asOf);
}

export async function openActiveHistory(options: OpenHistoryOptions = {}): Promise<HistoryDB> {
  return openHistory(await activeHistoryName(), options);
}
