import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { DossierSchema } from '../../lib/dossier/schema';
import {
  MessageSchema,
  startProblemKey,
  validDossiers,
  type BackgroundMessageType,
  type Failed,
  type PageConfig,
  type ParsedRequest,
  type Reply,
  type StartProblem,
} from '../../lib/messaging/protocol';
import { AS_OF_DB_NAME, historyNameFor } from '../../lib/history';
import { loadSettings } from '../../lib/settings/storage';
import type { Settings } from '../../lib/settings/schema';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { inDateWindow } from '../../lib/time/window';
import { historyProblem, historyRecorder } from './history';
import { openDocumentPage, rememberDetail } from './document-requests';
import { disableOrigin, enableOrigin, injectOverlay, saveSiteProfile } from './portal-scripts';
import { refreshReportReminder } from './reminder';
import { recordTabFlags } from './tab-ledger';
import { classifySender, maySend, pageUrl, type Sender } from './senders';
import { allowDocumentTab } from './gesture';

type Handlers = { [T in BackgroundMessageType]: (message: ParsedRequest<T>, sender: Sender) => Promise<Reply<T>> };
type PortalSender = Extract<Sender, { kind: 'portal' }>;

/** The content script's sender; `handleMessage` has already refused every other for these messages. */
function portal(sender: Sender): PortalSender {
  if (sender.kind !== 'portal') throw new Error(`a ${sender.kind} sender reached a portal-only handler`);
  return sender;
}

/** One handler per message of BACKGROUND_MESSAGES; each returns that message's reply type. */
const HANDLERS: Handlers = {
  ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
  'get-config': async (message, sender) => {
    const { tabId, ...page } = portal(sender);
    // A script asking for its settings is starting again: an earlier failure in this tab is over.
    if (tabId !== undefined) await browser.storage.session.remove(startProblemKey(tabId));
    return pageConfig(pageUrl(message.url, page));
  },
  'inject-overlay': async (_message, sender) => ({ ok: await injectOverlay(portal(sender)) }),
  'start-failed': async (message, sender) => {
    const { tabId, ...page } = portal(sender);
    const url = pageUrl(message.url, page);
    console.error(`[Nhắc Hạn] the overlay could not start on ${url}: ${message.reason}`);
    const problem: StartProblem = { url, reason: message.reason };
    if (tabId !== undefined) await browser.storage.session.set({ [startProblemKey(tabId)]: problem });
    return { ok: true };
  },
  'save-site-profile': async (message, sender) => saveSiteProfile(portal(sender), message.profile),
  'enable-origin': async (message) => ({ ok: await enableOrigin(message.origin) }),
  'disable-origin': async (message) => {
    await disableOrigin(message.origin);
    return { ok: true };
  },
  'open-options': async (message) => {
    // openOptionsPage cannot name a section; the panel's link goes to the site's reading settings.
    if (message.section) await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${encodeURIComponent(message.section)}` });
    else await browser.runtime.openOptionsPage();
    return { ok: true };
  },
  observe: async (message, sender) => {
    const { origin, tabId, ...page } = portal(sender);
    const settings = await loadSettings();
    const dossiers = validDossiers(message.dossiers);
    if (dossiers.length > 0) (await historyRecorder()).add({ origin, url: pageUrl(message.url, { origin, ...page }), seenAt: stamp(settings), dossiers });
    const actionable = tabId === undefined ? [] : await recordTabFlags(tabId, origin, message.flags, dossiers);
    const problem = historyProblem(settings.language);
    return { ok: true, actionable, ...(problem === undefined ? {} : { problem }) };
  },
  detail: async (message, sender) => {
    const { origin, url } = portal(sender);
    const detail = z.partial(DossierSchema).safeParse(message.dossier);
    if (!detail.success) return { ok: false, error: 'invalid detail' };
    await rememberDetail(origin, detail.data);
    const whole = DossierSchema.safeParse(message.dossier);
    const page = pageUrl(message.url, { origin, url });
    if (whole.success) (await historyRecorder()).add({ origin, url: page, seenAt: stamp(await loadSettings()), dossiers: [whole.data] });
    return { ok: true };
  },
  'open-letter': async (message, sender) => {
    const { origin, url, tabId } = portal(sender);
    const dossier = DossierSchema.safeParse(message.dossier);
    if (!dossier.success) return { ok: false, error: 'invalid dossier' };
    if (!allowDocumentTab(tabId)) return { ok: false, error: 'one document tab per click' };
    return { ok: true, request: await openDocumentPage(pageUrl(message.url, { origin, url }), dossier.data, message.kind) };
  },
  'documents-changed': async () => ({ ok: true, reminder: await refreshReportReminder() }),
};

/**
 * Every message is validated here: a portal page is untrusted input. The origin, the page and the
 * time of an observation are the sender's and the background's own, never what the message claims,
 * and only the extension's own pages may change the portals, the history or the reminder.
 */
export async function handleMessage(raw: unknown, rawSender: Browser.runtime.MessageSender): Promise<Reply<BackgroundMessageType> | Failed> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  const sender = classifySender(rawSender, { id: browser.runtime.id, base: browser.runtime.getURL('/') });
  if (!maySend(message.type, sender)) {
    console.warn(`[Nhắc Hạn] refused "${message.type}" from a ${sender.kind} sender`);
    return { ok: false, error: 'not allowed from this sender' };
  }
  const handler = HANDLERS[message.type] as (message: ParsedRequest<BackgroundMessageType>, sender: Sender) => Promise<Reply<BackgroundMessageType>>;
  return handler(message, sender);
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
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
    officeDayEnd: settings.thresholds.officeDayEnd,
    calendar: settings.calendar,
    language: settings.language,
    ...(profile ? { profile } : {}),
  };
}
