import { DEFAULT_DB_NAME, deleteOlderThan, openHistory } from '../../lib/history';
import { loadSettings } from '../../lib/settings/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';

/**
 * The officer's retention setting, applied: personal data of dossiers not seen for that many months
 * is deleted when the worker starts and whenever the setting changes. The settings page asks for
 * confirmation before saving a retention period, since the deletion cannot be undone.
 */
export async function applyRetention(): Promise<void> {
  const settings = await loadSettings();
  if (settings.retentionMonths <= 0) return;
  // The real history on the real clock only: an override set years ahead (then cleared) must never
  // make today's records look old; the as-of session's history is discarded with its override.
  const db = await openHistory(DEFAULT_DB_NAME);
  try {
    await deleteOlderThan(db, settings.retentionMonths, vietnamLocalTime());
  } finally {
    db.close();
  }
}
