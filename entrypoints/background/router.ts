import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { DossierSchema } from '../../lib/dossier/schema';
import { MessageSchema, validDossiers, type PageConfig } from '../../lib/messaging/protocol';
import { AS_OF_DB_NAME, historyNameFor } from '../../lib/history';
import { loadSettings } from '../../lib/settings/storage';
import type { Settings } from '../../lib/settings/schema';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { inDateWindow } from '../../lib/time/window';
import { historyProblem, historyRecorder } from './history';
import { openLetter, rememberDetail } from './letters';
import { disableOrigin, enableOrigin } from './portal-scripts';
import { refreshReportReminder } from './reminder';
import { recordTabFlags } from './tab-ledger';
import { classifySender, maySend, pageUrl } from './senders';

/**
 * Every message is validated here: a portal page is untrusted input. The origin, the page and the
 * time of an observation are the sender's and the background's own, never what the message claims,
 * and only the extension's own pages may change the portals or the reminder.
 */
export async function handleMessage(raw: unknown, rawSender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  const sender = classifySender(rawSender, { id: browser.runtime.id, base: browser.runtime.getURL('/') });
  if (!maySend(message.type, sender)) {
    console.warn(`[Nhắc Hạn] refused "${message.type}" from a ${sender.kind} sender`);
    return { ok: false, error: 'not allowed from this sender' };
  }
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'get-config':
      return pageConfig(sender.kind === 'portal' ? pageUrl(message.url, sender) : message.url);
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
      if (sender.kind !== 'portal') return { ok: false, error: 'not allowed from this sender' };
      const { origin, tabId } = sender;
      const settings = await loadSettings();
      const dossiers = validDossiers(message.dossiers);
      if (dossiers.length > 0) (await historyRecorder()).add({ origin, url: pageUrl(message.url, sender), seenAt: stamp(settings), dossiers });
      const actionable = tabId === undefined ? [] : await recordTabFlags(tabId, origin, message.flags, dossiers);
      return { ok: true, actionable, problem: historyProblem(settings.language) };
    }
    case 'detail': {
      if (sender.kind !== 'portal') return { ok: false, error: 'not allowed from this sender' };
      const { origin } = sender;
      const detail = z.partial(DossierSchema).safeParse(message.dossier);
      if (!detail.success) return { ok: false, error: 'invalid detail' };
      await rememberDetail(origin, detail.data);
      const whole = DossierSchema.safeParse(message.dossier);
      if (whole.success) (await historyRecorder()).add({ origin, url: pageUrl(message.url, sender), seenAt: stamp(await loadSettings()), dossiers: [whole.data] });
      return { ok: true };
    }
    case 'open-letter': {
      if (sender.kind !== 'portal') return { ok: false, error: 'not allowed from this sender' };
      const dossier = DossierSchema.safeParse(message.dossier);
      if (!dossier.success) return { ok: false, error: 'invalid dossier' };
      return { ok: true, request: await openLetter(pageUrl(message.url, sender), dossier.data, message.kind) };
    }
    case 'documents-changed':
      return { ok: true, reminder: await refreshReportReminder() };
  }
}

/**
 * When an observation was made: the moment it arrives, on the background's clock, never a time a tab
 * captured when it was loaded. While an as-of override is set, the as-of time: those observations go
 * to the as-of session's own history (lib/history/db.ts), never into the real one.
 */
function stamp(settings: Settings): string {
  return historyNameFor(settings.asOf) === AS_OF_DB_NAME ? settings.asOf : vietnamLocalTime();
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * `url` is the page asking; it gets the officer's reading profile for its origin, if any. An as-of
 * override outside the date window is ignored (the real clock judges), so no row is judged in 2200.
 */
async function pageConfig(url: string): Promise<PageConfig> {
  const settings = await loadSettings();
  const origin = originOf(url);
  const profile = settings.siteProfiles.find((p) => p.origin === origin);
  const overridden = settings.asOf !== '' && inDateWindow(settings.asOf);
  if (settings.asOf !== '' && !overridden) console.warn(`[Nhắc Hạn] as-of ${settings.asOf} is outside the date window; the clock is used`);
  return {
    asOf: overridden ? settings.asOf : vietnamLocalTime(),
    asOfOverridden: overridden,
    dueSoonDays: settings.thresholds.dueSoonDays,
    checkWindowDays: settings.thresholds.checkWindowDays,
    calendar: settings.calendar,
    language: settings.language,
    ...(profile ? { profile } : {}),
  };
}
