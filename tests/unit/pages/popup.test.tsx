import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rejects, resolves } from './stub';
import { Popup } from '../../../entrypoints/popup/Popup';
import { startProblemKey, type TabStatus } from '../../../lib/messaging/protocol';

/** A focused window with one active tab at `url`, as the popup sees it when it opens. */
async function openOn(url: string): Promise<number> {
  await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('on a built-in portal shows the counts in order, without zeros', async () => {
    const tabId = await openOn('https://gialai.motcua.vnpt.vn/web/ho-so/danh-sach');
    const status: TabStatus = {
      counts: { 'on-time': 5, overdue: 2, 'due-soon': 0, paused: 1, 'due-today': 3 },
      rows: 11,
      lists: 1,
    };
    const sendToTab = resolves(fakeBrowser.tabs, 'sendMessage', status);
    resolves(fakeBrowser.permissions, 'contains', false);

    render(<Popup />);

    expect(await screen.findByText('https://gialai.motcua.vnpt.vn')).toBeTruthy();
    expect(screen.getByText(/cổng một cửa có sẵn/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bật trên trang này' })).toBeNull();
    expect(sendToTab).toHaveBeenCalledWith(tabId, { type: 'tab-status' });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Quá hạn 2', 'Đến hạn hôm nay 3', 'Trong hạn 5', 'Tạm dừng chờ bổ sung 1']);
    expect(screen.getByText('11 hồ sơ trong 1 danh sách')).toBeTruthy();
  });

  it('says no dossier list was read when the page does not answer', async () => {
    await openOn('https://gialai.motcua.vnpt.vn/');
    rejects(fakeBrowser.tabs, 'sendMessage', new Error('Could not establish connection'));
    render(<Popup />);
    expect(await screen.findByText('Trang này chưa có danh sách hồ sơ nào được Nhắc Hạn đọc.')).toBeTruthy();
  });

  it('says why the overlay could not start in this tab, when it said so', async () => {
    const tabId = await openOn('https://gialai.motcua.vnpt.vn/');
    rejects(fakeBrowser.tabs, 'sendMessage', new Error('Could not establish connection'));
    await fakeBrowser.storage.session.set({ [startProblemKey(tabId)]: { url: 'https://gialai.motcua.vnpt.vn/', reason: 'boom' } });
    render(<Popup />);
    expect(await screen.findByText(/không khởi động được trên trang này \(boom\)/)).toBeTruthy();
    expect(screen.queryByText('Trang này chưa có danh sách hồ sơ nào được Nhắc Hạn đọc.')).toBeNull();
  });

  it('on an unknown https site asks the permission inside the click, then enables the origin', async () => {
    const tabId = await openOn('https://dichvucong.tinh.gov.vn/ho-so?page=2');
    resolves(fakeBrowser.permissions, 'contains', false);
    const request = resolves(fakeBrowser.permissions, 'request', true);
    const send = resolves(fakeBrowser.runtime, 'sendMessage', { ok: true });
    const sendToTab = rejects(fakeBrowser.tabs, 'sendMessage', new Error('no receiver'));

    render(<Popup />);
    const button = await screen.findByRole('button', { name: 'Bật trên trang này' });
    expect(sendToTab).not.toHaveBeenCalled();
    fireEvent.click(button);
    // Synchronously inside the click: the user gesture would be gone after any await.
    expect(request).toHaveBeenCalledWith({ origins: ['https://dichvucong.tinh.gov.vn/*'] });
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith({ type: 'enable-origin', origin: 'https://dichvucong.tinh.gov.vn' }),
    );
    expect(await screen.findByText('Đã bật. Nhắc Hạn bắt đầu đọc trang này.')).toBeTruthy();
  });

  it('does not message the background when the permission is refused', async () => {
    await openOn('https://dichvucong.tinh.gov.vn/');
    resolves(fakeBrowser.permissions, 'contains', false);
    resolves(fakeBrowser.permissions, 'request', false);
    const send = resolves(fakeBrowser.runtime, 'sendMessage', { ok: true });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bật trên trang này' }));
    expect(await screen.findByText(/chưa được cho phép truy cập trang này/)).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('offers to disable a site the officer enabled', async () => {
    await openOn('https://dichvucong.tinh.gov.vn/');
    await fakeBrowser.storage.local.set({ settings: { portalOrigins: ['https://dichvucong.tinh.gov.vn'] } });
    resolves(fakeBrowser.permissions, 'contains', true);
    resolves(fakeBrowser.tabs, 'sendMessage', { counts: {}, rows: 0, lists: 0 });
    const send = resolves(fakeBrowser.runtime, 'sendMessage', { ok: true });
    render(<Popup />);
    expect(await screen.findByText('Bạn đã bật Nhắc Hạn trên trang này.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tắt trên trang này' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'disable-origin', origin: 'https://dichvucong.tinh.gov.vn' }));
  });

  it('on a non-web page says it only works on portal pages', async () => {
    await openOn('chrome://newtab/');
    render(<Popup />);
    expect(await screen.findByText(/chỉ làm việc trên trang web của cổng một cửa/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bật trên trang này' })).toBeNull();
  });

  it('shows and clears the as-of override', async () => {
    await openOn('chrome://newtab/');
    await fakeBrowser.storage.local.set({ settings: { asOf: '2026-09-30T17:00' } });
    render(<Popup />);
    expect(await screen.findByText(/30\/09\/2026 17:00/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Về giờ hiện tại' }));
    await waitFor(() => expect(screen.queryByText(/30\/09\/2026 17:00/)).toBeNull());
    const { settings } = (await fakeBrowser.storage.local.get('settings')) as { settings: { asOf: string } };
    expect(settings.asOf).toBe('');
  });

  it('speaks English when the settings say so, and opens settings and history', async () => {
    await openOn('chrome://newtab/');
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    const openOptions = resolves(fakeBrowser.runtime, 'openOptionsPage', undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'History and reports' }));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/records.html') });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
