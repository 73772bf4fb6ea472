import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage } from './router';
import { syncPortalScripts } from './portal-scripts';
import { forgetTab } from './tab-ledger';
import { forgetTabGestures } from './gesture';
import { refreshReportReminder } from './reminder';
import { applyRetention } from './retention';
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
  browser.runtime.onInstalled.addListener(() => void syncPortalScripts());
  browser.permissions.onRemoved.addListener(() => void syncPortalScripts());
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabGestures(tabId);
    void forgetTab(tabId);
  });
  // The report reminder: when the worker starts, and when the as-of time or the reminder day changes.
  const remind = () => void refreshReportReminder().catch((error: unknown) => console.error('[Nhắc Hạn] reminder:', error));
  const retain = () => void applyRetention().catch((error: unknown) => console.error('[Nhắc Hạn] retention:', error));
  remind();
  retain();
  watchSettings(() => {
    remind();
    retain();
  });
});
