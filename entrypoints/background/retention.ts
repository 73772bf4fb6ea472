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
  // Observations are recorded at the as-of time when it is overridden, so retention counts from it too.
  await deleteOlderThan(await historyDb(), settings.retentionMonths, settings.asOf || vietnamLocalTime());
}
