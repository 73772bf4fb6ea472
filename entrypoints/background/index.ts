import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage } from './router';
import { syncPortalScripts } from './portal-scripts';
import { forgetTab } from './tab-ledger';
import { forgetTabGestures } from './gesture';
import { refreshReportReminder } from './reminder';
import { applyRetention } from './retention';
import { followAsOf } from './history';
import { listenForMorningAlarm, listenForMorningClicks, scheduleMorningReminder } from './morning';
import { MORNING_REMINDER_KEY } from '../../lib/reminder/morning';
import { watchSettings } from '../../lib/settings/storage';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender).then(sendResponse, (error: unknown) => {
      console.error('[Nhắc Hạn]', error);
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
    });
    return true;
  });
  // Registered scripts persist in Chromium, but re-syncing from the granted permissions keeps the
  // registry right after an update, in Firefox, and after a permission was revoked in the browser UI.
  browser.runtime.onStartup.addListener(() => void syncPortalScripts());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncPortalScripts();
    // First run: what to do first, in Vietnamese (enable the portal, the agency, the colours).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((error: unknown) => console.error('[Nhắc Hạn] welcome page:', error));
  });
  browser.permissions.onRemoved.addListener(() => void syncPortalScripts());
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabGestures(tabId);
    void forgetTab(tabId);
  });
  // The report reminder: when the worker starts, and when the as-of time or the reminder day changes.
  const remind = () => void refreshReportReminder().catch((error: unknown) => console.error('[Nhắc Hạn] reminder:', error));
  const retain = () => void applyRetention().catch((error: unknown) => console.error('[Nhắc Hạn] retention:', error));
  // The as-of history is followed first: the reminder reads the history the settings now choose.
  const follow = () =>
    void followAsOf()
      .catch((error: unknown) => console.error('[Nhắc Hạn] history:', error))
      .finally(remind);
  follow();
  retain();
  // The morning reminder: the alarm follows the officer's switch, the start time and the calendar;
  // clicks are heard once the optional `notifications` permission exists.
  listenForMorningAlarm();
  const morning = () => {
    listenForMorningClicks();
    void scheduleMorningReminder().catch((error: unknown) => console.error('[Nhắc Hạn] morning reminder:', error));
  };
  morning();
  browser.permissions.onAdded.addListener(morning);
  browser.storage.local.onChanged.addListener((changes) => {
    if (MORNING_REMINDER_KEY in changes) morning();
  });
  watchSettings(() => {
    follow();
    retain();
    morning();
  });
});
