import { createRecorder, openHistory, type HistoryDB, type Recorder } from '../../lib/history';

/** The history database lives in the extension's origin; the background owns its writes. */
let db: Promise<HistoryDB> | undefined;
let recorder: Promise<Recorder> | undefined;

export function historyDb(): Promise<HistoryDB> {
  db ??= openHistory();
  db.catch(() => (db = undefined));
  return db;
}

export function historyRecorder(): Promise<Recorder> {
  recorder ??= historyDb().then((h) =>
    createRecorder(h, { onError: (error) => console.error('[Nhắc Hạn] history:', error.message) }),
  );
  recorder.catch(() => (recorder = undefined));
  return recorder;
}
