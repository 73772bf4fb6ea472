import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { createRecorder, exportHistory, HistoryError, openHistory } from '../../../lib/history';
import { historyDb, historyRecorder } from '../../../entrypoints/background/history';
import { handleMessage } from '../../../entrypoints/background/router';
import { observation, sample } from '../history/helpers';

/** Issue 16 item 7: a connection the browser closed is reopened, within a bound, and the panel is told. */
describe('a closed history connection', () => {
  it('is reopened and the waiting observations are stored', async () => {
    const factory = new IDBFactory();
    const first = await openHistory('reopen', { indexedDB: factory });
    const reconnect = vi.fn(() => openHistory('reopen', { indexedDB: factory }));
    const recorder = createRecorder(first, { reconnect, reconnectDelayMs: 1 });
    first.close();
    recorder.add(observation('2022-05-20T08:00', [sample('D01'), sample('D02')]));
    await expect(recorder.flush()).resolves.toEqual({ added: 2, changed: 0, touched: 0 });
    expect(reconnect).toHaveBeenCalledTimes(1);
    const again = await openHistory('reopen', { indexedDB: factory });
    expect((await exportHistory(again)).dossiers).toHaveLength(2);
  });

  it('gives up after a bounded number of attempts with a typed error, keeps the observations, and stores them once it can', async () => {
    const factory = new IDBFactory();
    const closed = await openHistory('gone', { indexedDB: factory });
    closed.close();
    let available = false;
    const reconnect = vi.fn(async () => (available ? openHistory('gone', { indexedDB: factory }) : closed));
    const onError = vi.fn();
    const recorder = createRecorder(closed, { reconnect, reconnectAttempts: 3, reconnectDelayMs: 1, delayMs: 1, onError });
    recorder.add(observation('2022-05-20T08:00', [sample('D01')]));
    const failed = await recorder.flush().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(HistoryError);
    expect((failed as HistoryError).code).toBe('closed');
    expect(reconnect).toHaveBeenCalledTimes(3);
    expect(recorder.pending).toBe(1);
    available = true;
    await expect(recorder.flush()).resolves.toEqual({ added: 1, changed: 0, touched: 0 });
    expect(recorder.pending).toBe(0);
  });

  it('in the background: recording goes on after the browser closed the database', async () => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sender: Browser.runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: 'https://dichvucong.gialai.gov.vn/danh-sach-ho-so',
      tab: { id: 3 } as Browser.tabs.Tab,
    };
    const recorder = await historyRecorder();
    (await historyDb()).close();
    const reply = await handleMessage({ type: 'observe', url: sender.url!, dossiers: [sample('D01')] }, sender);
    expect(reply).toMatchObject({ ok: true });
    await recorder.flush();
    expect((await exportHistory(await historyDb())).dossiers.map((d) => d.code)).toContain(sample('D01').code);
  });
});
