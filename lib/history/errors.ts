import { bilingual, type Params } from '../i18n/format';
import { HISTORY_MESSAGES, type HistoryErrorCode } from './messages';

/** Every failure of the history library; `code` and `params` let the UI show its own language. */
export class HistoryError extends Error {
  constructor(
    readonly code: HistoryErrorCode,
    readonly params: Params = {},
    options?: { cause?: unknown },
  ) {
    super(bilingual(HISTORY_MESSAGES, code, params), options);
    this.name = 'HistoryError';
  }
}

/** A backup was refused; thrown before anything is written, so the database is as it was. */
export class HistoryImportError extends HistoryError {
  constructor(code: HistoryErrorCode, params: Params = {}, options?: { cause?: unknown }) {
    super(code, params, options);
    this.name = 'HistoryImportError';
  }
}

/**
 * Storage-level failures keep their own names: a quota error reads differently from a bug, and
 * the transaction that met it has been aborted, so the officer only needs to free space.
 */
export function storageError(error: unknown): HistoryError {
  if (error instanceof HistoryError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new HistoryError('quota', {}, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new HistoryError('write-failed', { detail }, { cause: error });
}
