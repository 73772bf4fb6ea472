import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolves } from './stub';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';

const DEMO = 'https://gialai.motcua.vnpt.vn';
const OTHER = 'https://dichvucong.tinh.gov.vn';
const KEPT = { origin: OTHER, name: 'DVC tỉnh', columns: { code: { header: 'Số biên nhận' } } };

async function stored(): Promise<Record<string, any>> {
  return ((await fakeBrowser.storage.local.get('settings')) as { settings: Record<string, any> }).settings;
}

function type(label: string, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

const section = () => within(document.getElementById('reading')!);
const click = (name: string) => fireEvent.click(section().getByRole('button', { name }));

async function openEditor(): Promise<void> {
  render(<OptionsPage />);
  await screen.findByText(OTHER);
  click('Thêm cài đặt cho một cổng');
  await section().findByLabelText('Địa chỉ cổng');
}

beforeEach(async () => {
  fakeBrowser.reset();
  resolves(fakeBrowser.permissions, 'contains', true);
  await fakeBrowser.storage.local.set({ settings: { siteProfiles: [KEPT] } });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('page reading settings', () => {
  it('lists the stored profiles in their own anchored section', async () => {
    render(<OptionsPage />);
    const item = (await screen.findByText(OTHER)).closest('li')!;
    expect(item.textContent).toContain('DVC tỉnh');
    expect(item.textContent).toContain('1 cột được chỉ định');
    expect(document.querySelector('#reading h2')?.textContent).toBe('Cài đặt đọc trang');
    expect(screen.getByRole('link', { name: 'Cài đặt đọc trang' }).getAttribute('href')).toBe('#reading');
  });

  it('options.html#reading (the panel’s "Cài đặt đọc trang") scrolls to the section', async () => {
    const scrolled: string[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.id);
    });
    window.location.hash = '#reading';
    render(<OptionsPage />);
    await waitFor(() => expect(scrolled).toEqual(['reading']));
    window.location.hash = '';
  });

  it('adds a profile with a header and a selector, and saves it with the settings', async () => {
    await openEditor();
    type('Địa chỉ cổng', 'gialai.motcua.vnpt.vn/vi/dossier/processing');
    type('Tiêu đề cột Ngày hẹn trả', 'Ngày giờ tiếp nhận');
    type('Bộ chọn CSS của Mã hồ sơ', 'td:nth-child(2) a');
    fireEvent.change(screen.getByLabelText('Cách viết ngày trên cổng'), { target: { value: 'ymd' } });
    click('Ghi nhận');
    expect(await section().findByText(/Đã ghi nhận cài đặt đọc trang của https:\/\/gialai\.motcua\.vnpt\.vn/)).toBeTruthy();
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeTruthy();
    expect((await stored()).siteProfiles).toEqual([KEPT]);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect((await stored()).siteProfiles).toEqual([
      KEPT,
      {
        origin: DEMO,
        columns: { code: { selector: 'td:nth-child(2) a' }, dueAt: { header: 'Ngày giờ tiếp nhận' } },
        dateOrder: 'ymd',
      },
    ]);
  });

  it('explains an invalid CSS selector as it is typed and refuses to take the profile', async () => {
    await openEditor();
    type('Địa chỉ cổng', DEMO);
    type('Bộ chọn CSS của Ngày hẹn trả', 'td:nth-child(');
    const field = screen.getByLabelText('Bộ chọn CSS của Ngày hẹn trả');
    const message = await section().findByText(/Bộ chọn CSS không hợp lệ: "td:nth-child\("/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(message.id);
    click('Ghi nhận');
    expect(await section().findByText(/Còn ô cần sửa trong cài đặt đọc trang/)).toBeTruthy();
    expect(section().queryByText(DEMO)).toBeNull();
  });

  it('asks for the origin only once the profile is used, and refuses a second profile for an origin', async () => {
    await openEditor();
    expect(section().queryByText(/Địa chỉ không hợp lệ/)).toBeNull();
    click('Ghi nhận');
    expect(await section().findByText(/Địa chỉ không hợp lệ/)).toBeTruthy();
    type('Địa chỉ cổng', `${OTHER}/trang-chu`);
    expect(await section().findByText(`${OTHER} đã có cài đặt đọc trang. Hãy sửa cài đặt đó.`)).toBeTruthy();
  });

  it('edits and removes a stored profile', async () => {
    render(<OptionsPage />);
    await screen.findByText(OTHER);
    click(`Sửa cài đặt đọc trang của ${OTHER}`);
    const header = (await section().findByLabelText('Tiêu đề cột Mã hồ sơ')) as HTMLInputElement;
    expect(header.value).toBe('Số biên nhận');
    expect((screen.getByLabelText('Tên gợi nhớ (không bắt buộc)') as HTMLInputElement).value).toBe('DVC tỉnh');
    type('Tiêu đề cột Mã hồ sơ', 'Mã biên nhận');
    click('Ghi nhận');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await screen.findByText('Đã lưu.');
    expect((await stored()).siteProfiles).toEqual([{ ...KEPT, columns: { code: { header: 'Mã biên nhận' } } }]);

    click(`Xóa cài đặt đọc trang của ${OTHER}`);
    expect(await section().findByText(/Chưa có cài đặt đọc trang nào/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(async () => expect((await stored()).siteProfiles).toEqual([]));
  });

  it('checks the profile on an open tab of its origin and names the columns read', async () => {
    await openEditor();
    type('Địa chỉ cổng', DEMO);
    type('Tiêu đề cột Ngày hẹn trả', 'Ngày giờ tiếp nhận');
    const query = resolves(fakeBrowser.tabs, 'query', [{ id: 7, url: `${DEMO}/fixtures/a/danh-sach-ho-so.html` }]);
    const send = resolves(fakeBrowser.tabs, 'sendMessage', { rows: 10, fields: { code: 10, dueAt: 10, status: 9, statusText: 10 } });
    click('Kiểm tra trên trang đang mở');
    expect(await section().findByText('Tìm thấy 10 hồ sơ; cột: Mã hồ sơ 10, Ngày hẹn trả 10, Trạng thái 9.')).toBeTruthy();
    expect(query).toHaveBeenCalledWith({ url: `${DEMO}/*` });
    expect(send).toHaveBeenCalledWith(7, {
      type: 'check-profile',
      profile: { origin: DEMO, columns: { dueAt: { header: 'Ngày giờ tiếp nhận' } } },
    });
  });

  it('says so when no tab of the origin is open, or when its page does not answer', async () => {
    await openEditor();
    type('Địa chỉ cổng', DEMO);
    const query = resolves(fakeBrowser.tabs, 'query', []);
    click('Kiểm tra trên trang đang mở');
    expect(await section().findByText(/Chưa có trang nào của https:\/\/gialai\.motcua\.vnpt\.vn đang mở/)).toBeTruthy();

    query.mockResolvedValue([{ id: 3, url: `${DEMO}/trang-khac` }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    click('Kiểm tra trên trang đang mở');
    expect(await section().findByText(/Trang https:\/\/gialai\.motcua\.vnpt\.vn\/trang-khac đang mở nhưng Nhắc Hạn chưa làm việc/)).toBeTruthy();
  });

  it('does not check an invalid profile', async () => {
    await openEditor();
    const query = resolves(fakeBrowser.tabs, 'query', []);
    click('Kiểm tra trên trang đang mở');
    expect(await section().findByText(/Địa chỉ không hợp lệ/)).toBeTruthy();
    expect(query).not.toHaveBeenCalled();
  });
});
