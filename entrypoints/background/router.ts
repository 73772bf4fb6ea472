import { browser, type Browser } from 'wxt/browser';
import { MessageSchema, type PageConfig } from '../../lib/messaging/protocol';
import { loadSettings } from '../../lib/settings/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { disableOrigin, enableOrigin } from './portal-scripts';

/** Every message is validated here: a portal page is untrusted input. */
export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'get-config':
      return pageConfig();
    case 'enable-origin':
      return { ok: await enableOrigin(message.origin, message.tabId) };
    case 'disable-origin':
      await disableOrigin(message.origin);
      return { ok: true };
    case 'observe':
    case 'detail':
    case 'open-letter':
      void sender;
      return { ok: true };
  }
}

async function pageConfig(): Promise<PageConfig> {
  const settings = await loadSettings();
  return {
    asOf: settings.asOf || vietnamLocalTime(),
    asOfOverridden: settings.asOf !== '',
    dueSoonDays: settings.thresholds.dueSoonDays,
    checkWindowDays: settings.thresholds.checkWindowDays,
    calendar: settings.calendar,
    language: settings.language,
  };
}
