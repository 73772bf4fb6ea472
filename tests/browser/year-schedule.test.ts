import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, setSettings, type Session } from '../../scripts/chromium';

/** What storage.local holds under `settings`: the calendar part, or null. */
async function storedCalendar(session: Session): Promise<{ yearSchedules?: { year: number; daysOff: unknown[]; workingDays: unknown[] }[] } | null> {
  return session.worker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { calendar?: object }>> } } } }).chrome;
    return ((await api.storage.local.get('settings')).settings?.calendar as never) ?? null;
  });
}

describe('settings: loading a year’s official schedule (issue 13)', () => {
  let session: Session;
  let options: Page;
  beforeAll(async () => {
    session = await launch();
    // Today is late 2026: 2027's schedule is not shipped.
    await setSettings(session, { asOf: '2026-11-27T09:00' });
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html#year-schedule`);
  });
  afterAll(() => session?.close());

  it('says 2027 has no official schedule, refuses bad lines by number and saves nothing', async () => {
    const section = options.locator('#year-schedule');
    await expect.poll(() => section.textContent()).toContain('Năm 2027 chưa có lịch nghỉ chính thức trong Nhắc Hạn: đang tính theo Bộ luật Lao động');
    await section.getByLabel('Năm', { exact: true }).fill('2027');
    await section.getByLabel('Các ngày nghỉ và ngày làm bù').fill('05/02/2027 - 12/02/2027 nghỉ Tết\n30/12/2026 nghỉ\n21/02/2027 làm bù\n06/02/2027 nghỉ\nTết');
    const errors = section.locator('.ys-errors li');
    await expect.poll(() => errors.allTextContents()).toEqual([
      'Dòng 2: ngày 30/12/2026 thuộc năm 2026, không phải năm 2027 đang nạp.',
      'Dòng 3: ngày làm bù 21/02/2027 là Chủ nhật; ngày làm bù phải là thứ Bảy.',
      'Dòng 4: ngày 06/02/2027 đã có ở dòng 1.',
      'Dòng 5: "Tết" không bắt đầu bằng một ngày có thật (cần dd/mm/yyyy, hoặc dd/mm/yyyy - dd/mm/yyyy).',
    ]);
    expect(await section.getByRole('button', { name: /Nạp lịch năm/ }).count()).toBe(0);
    expect((await storedCalendar(session))?.yearSchedules ?? []).toEqual([]);
  });

  it('previews a good paste as month calendars and loads it for every count', async () => {
    const section = options.locator('#year-schedule');
    await section.getByLabel('Văn bản công bố').fill('Thông báo thử nghiệm');
    await section.getByLabel('Các ngày nghỉ và ngày làm bù').fill('05/02/2027 - 12/02/2027 nghỉ Tết Nguyên đán\n20/02/2027 làm bù cho thứ Sáu 12/02/2027');
    await expect.poll(() => section.locator('.ys-month caption').allTextContents()).toEqual(['Tháng 02/2027']);
    expect(await section.locator('td[data-day="2027-02-08"]').getAttribute('class')).toBe('ys-off');
    expect(await section.locator('td[data-day="2027-02-20"]').getAttribute('class')).toBe('ys-made-up');
    await section.getByRole('button', { name: 'Nạp lịch năm 2027' }).click();
    await expect.poll(() => section.locator('[role="status"], .notice').allTextContents()).toContain('Đã nạp lịch năm 2027: 8 ngày nghỉ, 1 ngày làm bù.');
    const stored = await storedCalendar(session);
    expect(stored?.yearSchedules?.map((s) => [s.year, s.daysOff.length, s.workingDays.length])).toEqual([[2027, 8, 1]]);
    await expect.poll(() => section.textContent()).not.toContain('Năm 2027 chưa có lịch nghỉ chính thức');
  });
});
