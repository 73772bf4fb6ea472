import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolves } from './stub';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';

const ORIGIN = 'https://dichvucong.tinh.gov.vn';
const RETENTION_LABEL = 'Thời gian giữ lịch sử (tháng)';

async function stored(): Promise<Record<string, any>> {
  return ((await fakeBrowser.storage.local.get('settings')) as { settings: Record<string, any> }).settings;
}

function input(label: string | RegExp): HTMLInputElement | HTMLTextAreaElement {
  return screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
}

function type(label: string | RegExp, value: string): void {
  fireEvent.input(input(label), { target: { value } });
}

beforeEach(async () => {
  fakeBrowser.reset();
  resolves(fakeBrowser.permissions, 'contains', true);
  await fakeBrowser.storage.local.set({
    settings: {
      portalOrigins: [ORIGIN],
      thresholds: { dueSoonDays: 4, checkWindowDays: 3 },
      agency: { agency: 'UBND XÃ IA DƠK', signingPrefix: 'KT.', recipients: ['Như trên'] },
      calendar: { extraDaysOff: ['2026-09-03'] },
    },
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('settings page', () => {
  it('shows the stored settings with real labels and anchored sections', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    expect(input('Báo "sắp đến hạn" trước').value).toBe('4');
    expect(input('Cơ quan ban hành văn bản').value).toBe('UBND XÃ IA DƠK');
    expect(input('Thẩm quyền ký').value).toBe('KT.');
    expect(input('Ngày nghỉ thêm của địa phương').value).toBe('03/09/2026');
    expect(input('Nơi nhận').value).toBe('Như trên');
    for (const id of ['sites', 'thresholds', 'asof', 'calendar', 'agency', 'report', 'privacy', 'language']) {
      expect(document.getElementById(id)?.querySelector('h2')).toBeTruthy();
    }
    expect(input('Báo "sắp đến hạn" trước').getAttribute('aria-describedby')).toBe(
      'field-thresholds-dueSoonDays-help',
    );
  });

  it('explains an invalid threshold on input and refuses to save it', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    type('Báo "sắp đến hạn" trước', '45');
    const message = await screen.findByText('Phải là số nguyên từ 1 đến 30.');
    const field = input('Báo "sắp đến hạn" trước');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText(/Chưa lưu: còn 1 ô cần sửa/)).toBeTruthy();
    expect(document.activeElement).toBe(field);
    expect((await stored()).thresholds.dueSoonDays).toBe(4);
  });

  it('saves a valid change into storage.local and says so', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    type('Báo "sắp đến hạn" trước', '5');
    type('Họ và tên người ký', 'Nguyễn Văn Ký');
    type('Ngày làm việc thêm (làm bù)', '25/04/2026\n2026-01-03');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    const settings = await stored();
    expect(settings.thresholds).toEqual({ dueSoonDays: 5, checkWindowDays: 3, officeDayEnd: '17:00' });
    expect(settings.agency.signerName).toBe('Nguyễn Văn Ký');
    expect(settings.agency.agency).toBe('UBND XÃ IA DƠK');
    expect(settings.calendar.extraWorkingDays).toEqual(['2026-01-03', '2026-04-25']);
    expect(settings.portalOrigins).toEqual([ORIGIN]);
  });

  it('asks before saving a retention period that deletes history, and keeps the old one if refused', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm); // happy-dom has no dialogs
    type(RETENTION_LABEL, '12');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Chưa lưu: thời hạn lưu trữ giữ như cũ.')).toBeTruthy();
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('12 tháng'));
    expect((await stored()).retentionMonths).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect((await stored()).retentionMonths).toBe(12);
    vi.unstubAllGlobals();
  });

  it('shows a day list back in normal form and names a bad line', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    type('Ngày nghỉ thêm của địa phương', '2026-09-04\n3/9/2026');
    expect(await screen.findByText('Nhắc Hạn hiểu là 2 ngày: 03/09/2026, 04/09/2026')).toBeTruthy();
    fireEvent.blur(input('Ngày nghỉ thêm của địa phương'));
    await waitFor(() => expect(input('Ngày nghỉ thêm của địa phương').value).toBe('03/09/2026\n04/09/2026'));

    type('Ngày nghỉ thêm của địa phương', '03/09/2026\n30/02/2026');
    expect(await screen.findByText(/Dòng 2 \("30\/02\/2026"\) không phải ngày hợp lệ/)).toBeTruthy();
    fireEvent.blur(input('Ngày nghỉ thêm của địa phương'));
    expect(input('Ngày nghỉ thêm của địa phương').value).toBe('03/09/2026\n30/02/2026');
  });

  it('adds a portal: permission asked inside the click, then the background enables it', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    const request = resolves(fakeBrowser.permissions, 'request', true);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      const settings = await stored();
      await fakeBrowser.storage.local.set({ settings: { ...settings, portalOrigins: [ORIGIN, 'https://motcua.khac.gov.vn'] } });
      return { ok: true };
    });
    type('Địa chỉ cổng cần thêm', 'motcua.khac.gov.vn/trang-chu');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm và cho phép' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://motcua.khac.gov.vn/*'] });
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'enable-origin', origin: 'https://motcua.khac.gov.vn' }));
    expect(await screen.findByText('https://motcua.khac.gov.vn')).toBeTruthy();
  });

  it('refuses an address that is not a web origin without asking the browser', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    const request = resolves(fakeBrowser.permissions, 'request', true);
    type('Địa chỉ cổng cần thêm', 'ftp://motcua.khac.gov.vn');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm và cho phép' }));
    expect(await screen.findByText(/Địa chỉ không hợp lệ/)).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it('removes a portal through the background', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    const send = resolves(fakeBrowser.runtime, 'sendMessage', { ok: true });
    fireEvent.click(screen.getByRole('button', { name: `Gỡ ${ORIGIN}` }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'disable-origin', origin: ORIGIN }));
  });

  it('says which fields an administrator policy sets', async () => {
    await fakeBrowser.storage.managed.set({ agency: { parentAgency: 'UBND TỈNH GIA LAI' }, retentionMonths: 12 });
    render(<OptionsPage />);
    await screen.findByText(/theo chính sách quản trị/);
    const policy = document.querySelector('.policy')!;
    expect([...policy.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Cơ quan chủ quản',
      'Thời gian giữ lịch sử (tháng)',
    ]);
  });

  it('switches the interface to English as soon as it is chosen', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    fireEvent.change(input('Ngôn ngữ giao diện'), { target: { value: 'en' } });
    expect(await screen.findByRole('button', { name: 'Save settings' })).toBeTruthy();
    type('Flag "due soon" ahead by', '31');
    expect(await screen.findByText('Must be a whole number from 1 to 30.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('restores a section to its defaults', async () => {
    render(<OptionsPage />);
    await screen.findByText(ORIGIN);
    const threshold = document.getElementById('thresholds')!;
    fireEvent.click(threshold.querySelector('.section-actions button')!);
    await waitFor(() => expect(input('Báo "sắp đến hạn" trước').value).toBe('2'));
    expect(screen.getByText('Có thay đổi chưa lưu.')).toBeTruthy();
  });

  it('scrolls to the section named in the address once the settings are read', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    window.location.hash = '#agency';
    render(<OptionsPage />);
    await waitFor(() => expect(scrolled.map((el) => el.id)).toEqual(['agency']));
    window.location.hash = '';
  });
});
