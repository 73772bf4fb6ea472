import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { handleMessage } from '../../../entrypoints/background/router';
import { forgetTab } from '../../../entrypoints/background/tab-ledger';
import type { z } from 'zod';
import { BACKGROUND_MESSAGES, FailedSchema, startProblemKey, type BackgroundMessageType, type Reply, type Request } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../lib/settings/storage';
import { sample } from '../history/helpers';

/**
 * The background's message handler, with WXT's fake browser: every message of the protocol gets a
 * reply that its reply schema accepts, and what it refuses it refuses with a reason.
 */
const ORIGIN = 'https://motcua.example.gov.vn';
const URL = `${ORIGIN}/danh-sach-ho-so`;
/** The content script in tab 7 of the portal, and one of the extension's own pages, as the browser names them. */
const TAB: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: URL, tab: { id: 7 } as Browser.tabs.Tab };
const PAGE: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html' as '/') };
const D02 = sample('D02');

async function reply<T extends BackgroundMessageType>(message: Request<T> & { type: T }, sender: Browser.runtime.MessageSender = TAB) {
  const answer = await handleMessage(message, sender);
  const schema = BACKGROUND_MESSAGES[message.type].reply as unknown as z.ZodType<Reply<T>>;
  return schema.parse(answer);
}

/** The fake browser starts with one blank tab; these are the pages the handler opened. */
async function openedUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

beforeEach(() => {
  fakeBrowser.reset();
  // What WXT's fake browser leaves unimplemented, answered as Chromium would.
  fakeBrowser.runtime.getManifest = vi.fn(() => ({ manifest_version: 3, name: 'Nhắc Hạn', version: '9.9.9' }) as Browser.runtime.Manifest);
  fakeBrowser.runtime.openOptionsPage = vi.fn(async () => undefined);
  fakeBrowser.permissions.contains = vi.fn(async () => true);
  fakeBrowser.permissions.remove = vi.fn(async () => true);
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => []);
  fakeBrowser.scripting.registerContentScripts = vi.fn(async () => undefined);
  fakeBrowser.scripting.unregisterContentScripts = vi.fn(async () => undefined);
  fakeBrowser.scripting.executeScript = vi.fn(async () => []);
  fakeBrowser.action.setBadgeText = vi.fn(async () => undefined);
  fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined);
  fakeBrowser.action.setTitle = vi.fn(async () => undefined);
});

describe('background messages', () => {
  it('ping: answers with the extension version', async () => {
    expect(await reply({ type: 'ping' })).toEqual({ ok: true, version: '9.9.9' });
  });

  it('get-config: the settings as the page needs them, with the as-of override and the site profile', async () => {
    const profile = { origin: ORIGIN, columns: {} };
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2022-05-20T08:00', siteProfiles: [profile] as never });
    const config = await reply({ type: 'get-config', url: URL });
    expect(config).toMatchObject({ asOf: '2022-05-20T08:00', asOfOverridden: true, dueSoonDays: 2, checkWindowDays: 3, language: 'vi' });
    expect(config.profile).toMatchObject({ origin: ORIGIN });
    // The profile follows the page that asks (the sender), not the address the message names.
    expect((await reply({ type: 'get-config', url: 'https://other.gov.vn/' }, { ...TAB, url: 'https://other.gov.vn/' })).profile).toBeUndefined();
  });

  it('observe: keeps the tab ledger and answers with the rows needing action', async () => {
    const answer = await reply({
      type: 'observe',
      url: URL,
      seenAt: '2022-05-20T08:00',
      dossiers: [D02, { code: '' }],
      flags: [{ code: D02.code, standing: { status: 'overdue', daysLeft: null, daysLate: 3 } }],
    });
    expect(answer.actionable).toEqual([{ dossier: D02, standing: { status: 'overdue', daysLeft: null, daysLate: 3 } }]);
    const ledger = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(ledger).some((key) => key.startsWith('tab-ledger:7:'))).toBe(true);
  });

  it('detail: remembers a detail view, and refuses one that is not a dossier', async () => {
    expect(await reply({ type: 'detail', url: URL, seenAt: '2022-05-20T08:00', dossier: { code: D02.code, address: 'Ia Dơk' } })).toEqual({ ok: true });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(`details:${ORIGIN}`))).toContain('Ia Dơk');
    expect(await reply({ type: 'detail', url: URL, seenAt: '2022-05-20T08:00', dossier: 'not a dossier' })).toEqual({ ok: false, error: 'invalid detail' });
  });

  it('open-letter: opens the page of the document asked for, with the request stored for it', async () => {
    const opened = await reply({ type: 'open-letter', kind: 'supplement', url: URL, dossier: D02 });
    expect(opened.ok).toBe(true);
    expect(await openedUrls()).toEqual([expect.stringMatching(/\/supplement\.html\?request=[\w-]+$/)]);
    expect(await reply({ type: 'open-letter', url: URL, dossier: { code: 1 } })).toEqual({ ok: false, error: 'invalid dossier' });
    // One document tab per gesture: a second ask from the same tab within the second opens nothing.
    expect(await reply({ type: 'open-letter', url: URL, dossier: D02 })).toEqual({ ok: false, error: 'one document tab per click' });
    expect((await reply({ type: 'open-letter', url: URL, dossier: D02 }, { ...TAB, tab: { id: 8 } as Browser.tabs.Tab })).ok).toBe(true);
    expect(await openedUrls()).toHaveLength(2);
  });

  it('enable-origin / disable-origin: the origin joins and leaves the settings, its script follows', async () => {
    expect(await reply({ type: 'enable-origin', origin: `${ORIGIN}/x` }, PAGE)).toEqual({ ok: true });
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ matches: [`${ORIGIN}/*`], js: ['/content-scripts/portal.js'] }),
      // iGate's JSON observer, in the page's own world from document start.
      expect.objectContaining({ matches: [`${ORIGIN}/*`], js: ['/content-scripts/igate-observer.js'], world: 'MAIN', runAt: 'document_start' }),
    ]);
    expect(await reply({ type: 'disable-origin', origin: ORIGIN }, PAGE)).toEqual({ ok: true });
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: [`${ORIGIN}/*`] });
    fakeBrowser.permissions.contains = vi.fn(async () => false);
    expect(await reply({ type: 'enable-origin', origin: ORIGIN }, PAGE)).toEqual({ ok: false });
  });

  it('open-options: a section opens the settings page at that section', async () => {
    expect(await reply({ type: 'open-options', section: 'reading' })).toEqual({ ok: true });
    expect(await openedUrls()).toEqual([expect.stringMatching(/\/options\.html#reading$/)]);
    expect(await reply({ type: 'open-options' })).toEqual({ ok: true });
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });

  it('documents-changed: refreshes the report reminder', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2022-05-25T08:00' });
    expect(await reply({ type: 'documents-changed' }, PAGE)).toEqual({ ok: true, reminder: true });
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ text: '!' });
  });

  it('start-failed: keeps the reason for the tab until its script starts again or the tab closes', async () => {
    expect(await reply({ type: 'start-failed', url: URL, reason: 'boom' })).toEqual({ ok: true });
    expect(await fakeBrowser.storage.session.get(startProblemKey(7))).toEqual({ [startProblemKey(7)]: { url: URL, reason: 'boom' } });
    await reply({ type: 'get-config', url: URL });
    expect(await fakeBrowser.storage.session.get(startProblemKey(7))).toEqual({});
    await reply({ type: 'start-failed', url: URL, reason: 'boom' });
    await forgetTab(7);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('save-site-profile: saves the taught profile for the sender\'s own origin, when that portal is enabled', async () => {
    const profile = { origin: ORIGIN, listSelector: '#grid', columns: { dueAt: { header: 'Hẹn trả' }, code: { selector: 'td:nth-child(2)' } } };
    await saveSettings({ ...DEFAULT_SETTINGS, portalOrigins: [ORIGIN], siteProfiles: [{ origin: ORIGIN, columns: {} }, { origin: 'https://other.gov.vn', columns: {} }] });
    expect(await reply({ type: 'save-site-profile', profile })).toEqual({ ok: true });
    // The origin's profile is replaced, another origin's kept.
    expect((await loadSettings()).siteProfiles).toEqual([{ origin: 'https://other.gov.vn', columns: {} }, profile]);
    // A page never writes another origin's profile, nor a malformed one.
    expect(await reply({ type: 'save-site-profile', profile: { ...profile, origin: 'https://other.gov.vn' } })).toEqual({ ok: false, error: 'a profile of another origin' });
    expect(await reply({ type: 'save-site-profile', profile: { origin: ORIGIN, columns: { dueAt: 'x' } } })).toEqual({ ok: false, error: 'invalid profile' });
    // Only a portal the extension reads: enabled and still granted, or built in.
    fakeBrowser.permissions.contains = vi.fn(async () => false);
    expect(await reply({ type: 'save-site-profile', profile })).toEqual({ ok: false, error: 'not an enabled portal' });
    const known = { origin: 'https://gialai.motcua.vnpt.vn', columns: {} };
    expect(await reply({ type: 'save-site-profile', profile: known }, { ...TAB, url: `${known.origin}/web/cb/ho-so` })).toEqual({ ok: true });
    // Not from the extension's pages: the settings page saves its own.
    expect(await reply({ type: 'save-site-profile', profile }, PAGE)).toEqual({ ok: false, error: 'not allowed from this sender' });
    expect((await loadSettings()).siteProfiles.map((p) => p.origin)).toEqual(['https://other.gov.vn', ORIGIN, known.origin]);
  });

  it('inject-overlay: injects the overlay into the asking frame only, for our own loader only', async () => {
    fakeBrowser.runtime.id = 'nhac-han';
    const loader: Browser.runtime.MessageSender = { id: 'nhac-han', url: URL, tab: { id: 7 } as Browser.tabs.Tab, frameId: 3 };
    expect(await reply({ type: 'inject-overlay' }, loader)).toEqual({ ok: true });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/overlay.js'] });
    expect(await reply({ type: 'inject-overlay' }, { ...loader, id: 'another-extension' })).toEqual({ ok: false });
    expect(await reply({ type: 'inject-overlay' }, { id: 'nhac-han', url: URL })).toEqual({ ok: false }); // not from a tab
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  it('refuses what is not a message of the protocol, with a reason', async () => {
    for (const raw of [null, 'ping', { type: 'nope' }, { type: 'get-config' }, { type: 'observe', url: URL, seenAt: '20/05/2022', dossiers: [] }]) {
      expect(FailedSchema.parse(await handleMessage(raw, TAB))).toEqual({ ok: false, error: 'invalid message' });
    }
  });

  it('has a test above for every message of the protocol', () => {
    const tested = ['ping', 'get-config', 'inject-overlay', 'observe', 'detail', 'open-letter', 'save-site-profile', 'enable-origin', 'disable-origin', 'open-options', 'start-failed', 'documents-changed'];
    expect(Object.keys(BACKGROUND_MESSAGES).sort()).toEqual(tested.sort());
  });
});
