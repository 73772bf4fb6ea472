import { browser } from 'wxt/browser';
import { loadSettings } from '../../lib/settings/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { periodForMonth, reminderNeeded } from '../../lib/history/report-period';
import { monthOf } from '../../lib/time/strings';
import { monthlyReportMade } from './documents';
import { historyDb } from './history';
import { translate } from '../../lib/i18n/format';
import { backgroundMessages } from '../../lib/i18n/background';


/**
 * The icon's "!" from the reminder day of the month until this month's report is in the history.
 * Judged at `now` (Vietnam local time), else the settings' as-of time, else the clock.
 */
export async function refreshReportReminder(now?: string): Promise<boolean> {
  const settings = await loadSettings();
  const asOf = now ?? (settings.asOf || vietnamLocalTime());
  const period = periodForMonth(settings.report, monthOf(asOf));
  const due = reminderNeeded(asOf, settings.report.reminderDay, await monthlyReportMade(await historyDb(), period));
  if (due) {
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setBadgeBackgroundColor({ color: '#a32020' });
    await browser.action.setTitle({ title: translate(backgroundMessages, settings.language, 'reminder.title') });
  } else {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: '' });
  }
  return due;
}
