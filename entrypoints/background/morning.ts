import { browser } from 'wxt/browser';
import { createCalendar, isWorkingDay } from '../../lib/calendar';
import { withoutKeys } from '../../lib/history/keys';
import { translate } from '../../lib/i18n/format';
import { backgroundMessages, type BackgroundKey } from '../../lib/i18n/background';
import { MORNING_REMINDER_KEY, morningSummary, nextReminderAt, readMorningReminder, summaryCount } from '../../lib/reminder/morning';
import { loadSettings } from '../../lib/settings/storage';
import { vietnamEpoch, vietnamLocalTime } from '../../lib/time/vietnam';
import { historyDb } from './history';

/**
 * The morning reminder's side effects: one alarm at the office's start time on the next working day,
 * one notification when it rings, the records page when the notification is clicked. `notifications`
 * is an optional permission, asked when the officer turns the reminder on: until then no alarm is
 * set. (`alarms` is required: it carries no install warning, and Firefox cannot make it optional.)
 */

const MORNING_ALARM = 'nhachan-morning';
const NOTIFICATION_PREFIX = 'nhachan-morning:';

const dayText = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const timeText = (time: string) => `${time.slice(11, 16)} ${dayText(time.slice(0, 10))}`;

const granted = () => browser.permissions.contains({ permissions: ['notifications'] });

/** Sets the next alarm from the real clock (or clears it when the reminder is off or not permitted). */
export async function scheduleMorningReminder(): Promise<number | undefined> {
  const stored = await browser.storage.local.get(MORNING_REMINDER_KEY);
  const reminder = readMorningReminder(stored[MORNING_REMINDER_KEY]);
  if (!reminder.enabled || !(await granted())) {
    await browser.alarms.clear(MORNING_ALARM);
    return undefined;
  }
  const settings = await loadSettings();
  const when = vietnamEpoch(nextReminderAt(vietnamLocalTime(), reminder.time, createCalendar(settings.calendar)));
  await browser.alarms.create(MORNING_ALARM, { when });
  return when;
}

/**
 * When the alarm rings: on a working day (judged at the as-of time when one is set, as every page
 * judges), one notification of what the history says; nothing on a day off or when nothing is due.
 */
async function ringMorningReminder(): Promise<string | undefined> {
  const settings = await loadSettings();
  const now = settings.asOf || vietnamLocalTime();
  const calendar = createCalendar(settings.calendar);
  try {
    if (!isWorkingDay(now.slice(0, 10), calendar)) return undefined;
    const dossiers = (await (await historyDb()).getAll('dossiers')).map(withoutKeys);
    const summary = morningSummary(dossiers, now, calendar);
    if (summaryCount(summary) === 0) return undefined;
    const t = (key: BackgroundKey, params?: Record<string, string | number>) =>
      translate(backgroundMessages, settings.language, key, params);
    const id = `${NOTIFICATION_PREFIX}${now}`;
    const counts = t('morning.message', {
      overdue: summary.overdue.length,
      today: summary.dueToday.length,
      next: summary.dueNext.length,
      nextDay: dayText(summary.nextDay),
    });
    // One message field: Firefox's notifications take no `contextMessage`.
    const seen = summary.seenSince ? ` ${t('morning.seen', { seen: timeText(summary.seenSince) })}` : '';
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('morning.title', { day: dayText(now.slice(0, 10)) }),
      message: `${counts}${seen}`,
    });
    return id;
  } finally {
    await scheduleMorningReminder();
  }
}

/** The records page's morning view, for the very moment the notification summed up. */
export async function openMorningView(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const at = notificationId.slice(NOTIFICATION_PREFIX.length);
  await browser.tabs.create({ url: browser.runtime.getURL(`/records.html?morning=${encodeURIComponent(at)}#morning`) });
  await browser.notifications.clear(notificationId);
}

const failed = (error: unknown) => console.error('[Nhắc Hạn] morning reminder:', error);

/** The alarm's listener, registered at the worker's start so a ringing alarm wakes it. */
export function listenForMorningAlarm(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MORNING_ALARM) void ringMorningReminder().catch(failed);
  });
}

let clicking = false;
/** The click listener, once `notifications` exists: at start-up if granted before, else when granted. */
export function listenForMorningClicks(): void {
  if (clicking || !browser.notifications) return;
  clicking = true;
  browser.notifications.onClicked.addListener((id) => void openMorningView(id).catch(failed));
}
