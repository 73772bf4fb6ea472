import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_VERSION, DEFAULT_DB_NAME, type HistoryDB } from './db';
import { HistoryError } from './errors';
import { migrate } from './migrations';

export interface OpenHistoryOptions {
  /** The factory to open with; tests pass a fresh `new IDBFactory()` from fake-indexeddb. */
  indexedDB?: IDBFactory;
  /** Another tab wants a newer version: this connection has already closed itself so it can proceed. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * Opens (creating or upgrading) the history. This is idb's `openDB` with two differences: it takes
 * the factory as an argument, and a blocked upgrade fails at once with a typed error instead of
 * waiting for the other tab. The upgrade that would have run later is aborted, so the database stays
 * exactly at its old version with all its data.
 */
export function openHistory(name: string = DEFAULT_DB_NAME, options: OpenHistoryOptions = {}): Promise<HistoryDB> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      reject(new HistoryError('open-failed', { detail: String(error) }, { cause: error }));
      return;
    }
    request.onupgradeneeded = (event) => {
      const rawTx = request.transaction!;
      if (gaveUp) {
        rawTx.abort();
        return;
      }
      const db = wrap(request.result) as IDBPDatabase<unknown>;
      const tx = wrap(rawTx) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      // An aborted upgrade rolls everything back; the open request then reports the failure (as
      // open-failed), so the transaction's own rejection is not a second, unhandled report.
      tx.done.catch(() => undefined);
      migrate(db, event.oldVersion, event.newVersion ?? DB_VERSION, tx).catch((error: unknown) => {
        console.error('[Nhắc Hạn] history upgrade step failed, upgrade aborted:', error);
        if (!gaveUp) rawTx.abort();
      });
    };
    request.onblocked = () => {
      gaveUp = true;
      reject(new HistoryError('blocked'));
    };
    request.onsuccess = () => {
      const raw = request.result;
      if (gaveUp) {
        raw.close();
        return;
      }
      raw.onversionchange = () => {
        raw.close();
        options.onBlocking?.();
      };
      raw.onclose = () => options.onTerminated?.();
      resolve(wrap(raw) as HistoryDB);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (gaveUp) return;
      const error = request.error;
      if (error?.name === 'VersionError') {
        reject(new HistoryError('version-too-new', { supported: DB_VERSION }, { cause: error }));
      } else {
        reject(new HistoryError('open-failed', { detail: error?.message ?? 'unknown' }, { cause: error }));
      }
    };
  });
}
