import {
  AS_OF_DB_NAME,
  createRecorder,
  DEFAULT_DB_NAME,
  openHistory,
  HISTORY_MESSAGES,
  type HistoryDB,
  type HistoryError,
  type Recorder,
} from '../../lib/history';
import { activeHistoryName } from '../../lib/history/active';
import { translate, type Language } from '../../lib/i18n/format';

/**
 * The history database lives in the extension's origin; the background owns its writes. Which one
 * is the settings' choice: the real history, or the as-of session's while an override is set. When
 * the browser closes the connection (storage cleared, a disk error) or a newer version needs it, the
 * connection is forgotten and the next use opens it again.
 */
let current: { name: string; db: Promise<HistoryDB> } | undefined;
let recorder: { name: string; recorder: Promise<Recorder> } | undefined;
/** The last write that failed (a full disk, say): the overlay's panel tells the officer. */
let failure: HistoryError | undefined;

function forget(name: string, reason: string): void {
  console.warn(`[Nhắc Hạn] history: the database connection was closed (${reason}); it will be reopened`);
  if (current?.name === name) current = undefined;
}

function open(name: string): Promise<HistoryDB> {
  if (current?.name !== name) {
    const db = openHistory(name, { onTerminated: () => forget(name, 'by the browser'), onBlocking: () => forget(name, 'for an upgrade') });
    current = { name, db };
    db.catch(() => {
      if (current?.db === db) current = undefined;
    });
  }
  return current.db;
}

/** The history in use now. */
export async function historyDb(): Promise<HistoryDB> {
  return open(await activeHistoryName());
}

export async function historyRecorder(): Promise<Recorder> {
  const name = await activeHistoryName();
  if (recorder?.name !== name) {
    const made = open(name).then((db) =>
      createRecorder(db, {
        // The failed connection may not have said it closed: forget it whatever the reason.
        reconnect: () => {
          if (current?.name === name) current = undefined;
          return open(name);
        },
        onError: (error) => {
          failure = error;
          console.error('[Nhắc Hạn] history:', error.message);
        },
        onWritten: () => (failure = undefined),
      }),
    );
    recorder = { name, recorder: made };
    made.catch(() => {
      if (recorder?.recorder === made) recorder = undefined;
    });
  }
  return recorder.recorder;
}

/**
 * After a settings change: when the override was set or cleared, what waits is written to the history
 * it was read for, and the next observation goes to the other. Clearing the override discards the
 * as-of session's history: it holds citizens' data recorded at a date that never was.
 */
export async function followAsOf(): Promise<void> {
  const name = await activeHistoryName();
  const held = recorder;
  if (held && held.name !== name) {
    recorder = undefined;
    await (await held.recorder).flush();
  }
  if (current && current.name !== name) {
    const { db } = current;
    current = undefined;
    (await db).close();
  }
  if (name === DEFAULT_DB_NAME) await deleteDatabase(AS_OF_DB_NAME);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another page still has it open; it goes once that page closes it.
    request.onblocked = () => resolve();
  });
}

/** The failed write's message in the officer's language; cleared once a later write succeeds. */
export function historyProblem(language: Language): string | undefined {
  return failure && translate(HISTORY_MESSAGES, language, failure.code, failure.params);
}
