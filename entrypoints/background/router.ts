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
import { loadSettings } from '../../lib/settings/storage';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { historyProblem, historyRecorder } from './history';
import { openDocumentPage, rememberDetail } from './document-requests';
import { disableOrigin, enableOrigin, injectOverlay } from './portal-scripts';
import { refreshReportReminder } from './reminder';
import { recordTabFlags } from './tab-ledger';
import { allowDocumentTab } from './gesture';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [T in BackgroundMessageType]: (message: ParsedRequest<T>, sender: Sender) => Promise<Reply<T>> };

/** One handler per message of BACKGROUND_MESSAGES; each returns that message's reply type. */
const HANDLERS: Handlers = {
  ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
  'get-config': async (message, sender) => {
    // A script asking for its settings is starting again: an earlier failure in this tab is over.
    if (sender.tab?.id !== undefined) await browser.storage.session.remove(startProblemKey(sender.tab.id));
    return pageConfig(message.url);
  },
  'inject-overlay': async (_message, sender) => ({ ok: await injectOverlay(sender) }),
  'start-failed': async (message, sender) => {
    console.error(`[Nhắc Hạn] the overlay could not start on ${message.url}: ${message.reason}`);
    const problem: StartProblem = { url: message.url, reason: message.reason };
    if (sender.tab?.id !== undefined) await browser.storage.session.set({ [startProblemKey(sender.tab.id)]: problem });
    return { ok: true };
  },
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
    const origin = new URL(message.url).origin;
    const dossiers = validDossiers(message.dossiers);
    if (dossiers.length > 0) (await historyRecorder()).add({ origin, url: message.url, seenAt: message.seenAt, dossiers });
    const tabId = sender.tab?.id;
    const actionable = tabId === undefined ? [] : await recordTabFlags(tabId, origin, message.flags, dossiers);
    const { language } = await loadSettings();
    const problem = historyProblem(language);
    return { ok: true, actionable, ...(problem === undefined ? {} : { problem }) };
  },
  detail: async (message) => {
    const origin = new URL(message.url).origin;
    const detail = z.partial(DossierSchema).safeParse(message.dossier);
    if (!detail.success) return { ok: false, error: 'invalid detail' };
    await rememberDetail(origin, detail.data);
    const whole = DossierSchema.safeParse(message.dossier);
    if (whole.success) (await historyRecorder()).add({ origin, url: message.url, seenAt: message.seenAt, dossiers: [whole.data] });
    return { ok: true };
  },
  'open-letter': async (message, sender) => {
    const dossier = DossierSchema.safeParse(message.dossier);
    if (!dossier.success) return { ok: false, error: 'invalid dossier' };
    if (!allowDocumentTab(sender)) return { ok: false, error: 'one document tab per click' };
    return { ok: true, request: await openDocumentPage(message.url, dossier.data, message.kind) };
  },
  'documents-changed': async () => ({ ok: true, reminder: await refreshReportReminder() }),
};

/** Every message is validated here: a portal page is untrusted input. */
export async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<BackgroundMessageType> | Failed> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
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
    calendar: settings.calendar,
    language: settings.language,
    ...(profile ? { profile } : {}),
  };
}
