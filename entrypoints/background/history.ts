import { createRecorder, openHistory, HISTORY_MESSAGES, type HistoryDB, type HistoryError, type Recorder } from '../../lib/history';
import { translate, type Language } from '../../lib/i18n/format';

/**
 * The history database lives in the extension's origin; the background owns its writes. When the
 * browser closes the connection (storage cleared, a disk error) or a newer version needs it, the
 * connection is forgotten and the next use opens it again.
 */
let db: Promise<HistoryDB> | undefined;
let recorder: Promise<Recorder> | undefined;
/** The last write that failed (a full disk, say): the overlay's panel tells the officer. */
let failure: HistoryError | undefined;

function forget(reason: string): void {
  console.warn(`[Nhắc Hạn] history: the database connection was closed (${reason}); it will be reopened`);
  db = undefined;
}

export function historyDb(): Promise<HistoryDB> {
  db ??= openHistory(undefined, { onTerminated: () => forget('by the browser'), onBlocking: () => forget('for an upgrade') });
  db.catch(() => (db = undefined));
  return db;
}

export function historyRecorder(): Promise<Recorder> {
  recorder ??= historyDb().then((h) =>
    createRecorder(h, {
      // The failed connection may not have said it closed: forget it whatever the reason.
      reconnect: () => {
        db = undefined;
        return historyDb();
      },
      onError: (error) => {
        failure = error;
        console.error('[Nhắc Hạn] history:', error.message);
      },
      onWritten: () => (failure = undefined),
    }),
  );
  recorder.catch(() => (recorder = undefined));
  return recorder;
}

/** The failed write's message in the officer's language; cleared once a later write succeeds. */
export function historyProblem(language: Language): string | undefined {
  return failure && translate(HISTORY_MESSAGES, language, failure.code, failure.params);
}
