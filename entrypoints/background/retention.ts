import { deleteOlderThan } from '../../lib/history';
import { loadSettings } from '../../lib/settings/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { historyDb } from './history';

/**
 * The officer's retention setting, applied: personal data of dossiers not seen for that many months
 * is deleted when the worker starts and whenever the setting changes. The settings page asks for
 * confirmation before saving a retention period, since the deletion cannot be undone.
 */
export async function applyRetention(): Promise<void> {
  const settings = await loadSettings();
  if (settings.retentionMonths <= 0) return;
  // The real clock only: observations are dated by it whatever the as-of override says, and an
  // override set years ahead (then cleared) must never make today's records look old.
  await deleteOlderThan(await historyDb(), settings.retentionMonths, vietnamLocalTime());
}
