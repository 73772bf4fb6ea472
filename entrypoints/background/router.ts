import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { DossierSchema } from '../../lib/dossier/schema';
import { MessageSchema, validDossiers, type PageConfig } from '../../lib/messaging/protocol';
import { loadSettings } from '../../lib/settings/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { historyProblem, historyRecorder } from './history';
import { openLetter, rememberDetail } from './letters';
import { disableOrigin, enableOrigin } from './portal-scripts';
import { refreshReportReminder } from './reminder';
import { recordTabFlags } from './tab-ledger';

/** Every message is validated here: a portal page is untrusted input. */
export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'get-config':
      return pageConfig(message.url);
    case 'enable-origin':
      return { ok: await enableOrigin(message.origin) };
    case 'disable-origin':
      await disableOrigin(message.origin);
      return { ok: true };
    case 'open-options':
      // openOptionsPage cannot name a section; the panel's link goes to the site's reading settings.
      if (message.section) await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${encodeURIComponent(message.section)}` });
      else await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'observe': {
      const origin = new URL(message.url).origin;
      const dossiers = validDossiers(message.dossiers);
      if (dossiers.length > 0) (await historyRecorder()).add({ origin, url: message.url, seenAt: message.seenAt, dossiers });
      const tabId = sender.tab?.id;
      const actionable = tabId === undefined ? [] : await recordTabFlags(tabId, origin, message.flags, dossiers);
      const { language } = await loadSettings();
      return { ok: true, actionable, problem: historyProblem(language) };
    }
    case 'detail': {
      const origin = new URL(message.url).origin;
      const detail = z.partial(DossierSchema).safeParse(message.dossier);
      if (!detail.success) return { ok: false, error: 'invalid detail' };
      await rememberDetail(origin, detail.data);
      const whole = DossierSchema.safeParse(message.dossier);
      if (whole.success) (await historyRecorder()).add({ origin, url: message.url, seenAt: message.seenAt, dossiers: [whole.data] });
      return { ok: true };
    }
    case 'open-letter': {
      const dossier = DossierSchema.safeParse(message.dossier);
      if (!dossier.success) return { ok: false, error: 'invalid dossier' };
      return { ok: true, request: await openLetter(message.url, dossier.data, message.kind) };
    }
    case 'documents-changed':
      return { ok: true, reminder: await refreshReportReminder() };
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** `url` is the page asking; it gets the officer's reading profile for its origin, if any. */
async function pageConfig(url: string): Promise<PageConfig> {
  const settings = await loadSettings();
  const origin = originOf(url);
  const profile = settings.siteProfiles.find((p) => p.origin === origin);
  return {
    asOf: settings.asOf || vietnamLocalTime(),
    asOfOverridden: settings.asOf !== '',
    dueSoonDays: settings.thresholds.dueSoonDays,
    checkWindowDays: settings.thresholds.checkWindowDays,
    officeDayEnd: settings.thresholds.officeDayEnd,
    calendar: settings.calendar,
    language: settings.language,
    ...(profile ? { profile } : {}),
  };
}
