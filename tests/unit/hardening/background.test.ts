import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { AS_OF_DB_NAME, DEFAULT_DB_NAME, deleteAll, exportHistory, openHistory } from '../../../lib/history';
import { saveSettings } from '../../../lib/settings/storage';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { followAsOf, historyDb, historyRecorder } from '../../../entrypoints/background/history';
import { handleMessage } from '../../../entrypoints/background/router';
import { applyRetention } from '../../../entrypoints/background/retention';
import { sample } from '../history/helpers';
import { vietnamEpoch } from './clock';

const PORTAL = 'https://dichvucong.gialai.gov.vn';
const LIST = `${PORTAL}/danh-sach-ho-so`;

/** What the browser says about a content script in a portal tab, or an extension page. */
const portalSender = (url = LIST, tabId = 7): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId } as Browser.tabs.Tab });
const pageSender = (path = '/options.html'): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path as '/') });

async function recorded() {
  await (await historyRecorder()).flush();
  return (await exportHistory(await historyDb())).dossiers;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(vietnamEpoch('2026-11-29T09:00'));
  await deleteAll(await historyDb());
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the background trusts the sender, not the message (issue 16 item 13)', () => {
  it('takes the origin from the sender: rows claiming another portal are recorded under the sender’s', async () => {
    const d02 = sample('D02');
    const reply = await handleMessage(
      { type: 'observe', url: 'https://evil.example.com/x', seenAt: '2022-05-20T08:00', dossiers: [d02] },
      portalSender(),
    );
    expect(reply).toMatchObject({ ok: true });
    const stored = await recorded();
    expect(stored.map((d) => [d.origin, d.lastUrl])).toEqual([[PORTAL, LIST]]);
  });

  it('stamps observations with its own clock, not the time a tab captured', async () => {
    await handleMessage({ type: 'observe', url: LIST, seenAt: '2022-05-20T08:00', dossiers: [sample('D02')] }, portalSender());
    expect((await recorded())[0]).toMatchObject({ firstSeen: '2026-11-29T09:00', lastSeen: '2026-11-29T09:00' });
  });

  it('accepts page-control messages only from the extension’s own pages', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const message of [{ type: 'disable-origin', origin: PORTAL }, { type: 'enable-origin', origin: PORTAL }, { type: 'documents-changed' }]) {
      expect(await handleMessage(message, portalSender())).toEqual({ ok: false, error: 'not allowed from this sender' });
    }
    expect(warn).toHaveBeenCalledTimes(3);
    // A sender that is not this extension at all is refused everything.
    expect(await handleMessage({ type: 'ping' }, { id: 'another-extension', url: LIST })).toMatchObject({ ok: false });
    // An extension page may not pose as a portal.
    expect(await handleMessage({ type: 'observe', url: LIST, dossiers: [sample('D02')] }, pageSender())).toMatchObject({ ok: false });
    expect(await recorded()).toEqual([]);
  });

  it('opens a document from a row for the sender’s page, whatever page the message names', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleMessage({ type: 'open-letter', url: 'javascript:alert(1)', dossier: sample('D02') }, portalSender());
    expect(create).toHaveBeenCalledTimes(1);
    const [key] = Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('letter-request:'));
    expect((await fakeBrowser.storage.session.get(key!))[key!]).toMatchObject({ origin: PORTAL, url: LIST });
  });
});

describe('the as-of override never moves the history’s clocks (issue 16 item 5)', () => {
  /** What a named history holds, read through its own connection. */
  async function held(name: string) {
    await (await historyRecorder()).flush();
    const db = await openHistory(name);
    try {
      return (await exportHistory(db)).dossiers;
    } finally {
      db.close();
    }
  }

  it('keeps observations made under an override apart, and a real sighting after it still counts', async () => {
    const d02 = sample('D02');
    await handleMessage({ type: 'observe', url: LIST, dossiers: [d02] }, portalSender());
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2030-01-01T08:00' });
    await followAsOf();
    await handleMessage({ type: 'observe', url: LIST, dossiers: [{ ...d02, status: 'finished', finishedAt: '2026-11-29T08:30' }] }, portalSender());
    expect((await held(AS_OF_DB_NAME)).map((d) => [d.snapshot.status, d.lastSeen])).toEqual([['finished', '2030-01-01T08:00']]);
    expect((await held(DEFAULT_DB_NAME)).map((d) => [d.snapshot.status, d.lastSeen])).toEqual([['processing', '2026-11-29T09:00']]);

    // Cleared: the as-of session's history is discarded, and today's sightings are not "older" than 2030.
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '' });
    await followAsOf();
    expect(await held(AS_OF_DB_NAME)).toEqual([]);
    vi.setSystemTime(vietnamEpoch('2026-11-29T10:00'));
    await handleMessage({ type: 'observe', url: LIST, dossiers: [{ ...d02, status: 'returned', returnedAt: '2026-11-29T09:30' }] }, portalSender());
    expect((await held(DEFAULT_DB_NAME)).map((d) => [d.snapshot.status, d.lastSeen])).toEqual([['returned', '2026-11-29T10:00']]);
  });

  it('retention runs on the real history and the real clock: an override in 2030 deletes nothing seen today', async () => {
    await handleMessage({ type: 'observe', url: LIST, dossiers: [sample('D02')] }, portalSender());
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2030-01-01T08:00', retentionMonths: 12 });
    await followAsOf();
    await applyRetention();
    expect(await held(DEFAULT_DB_NAME)).toHaveLength(1);
  });

  it('ignores an as-of override outside the date window when judging pages', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2199-12-31T08:00' });
    expect(await handleMessage({ type: 'get-config', url: LIST }, portalSender())).toMatchObject({ asOf: '2026-11-29T09:00', asOfOverridden: false });
  });
});

describe('a tab left open all day (issue 16 item 6, the background’s side)', () => {
  it('records a status change sent by a tab loaded hours before another tab recorded the dossier', async () => {
    const d02 = sample('D02');
    // Tab 2, opened at 16:00, records the dossier; tab 1, loaded at 08:00, then sees it returned.
    vi.setSystemTime(vietnamEpoch('2026-11-29T16:00'));
    await handleMessage({ type: 'observe', url: LIST, seenAt: '2026-11-29T16:00', dossiers: [d02] }, portalSender(LIST, 2));
    vi.setSystemTime(vietnamEpoch('2026-11-29T16:30'));
    await handleMessage(
      { type: 'observe', url: LIST, seenAt: '2026-11-29T08:00', dossiers: [{ ...d02, status: 'returned', returnedAt: '2026-11-29T16:20' }] },
      portalSender(LIST, 1),
    );
    const [record] = await recorded();
    expect(record?.snapshot.status).toBe('returned');
    expect(record?.events.at(-1)).toMatchObject({ status: 'returned', at: '2026-11-29T16:20', seenAt: '2026-11-29T16:30' });
  });
});
