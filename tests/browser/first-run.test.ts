import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';

describe('first run', () => {
  let session: Session;
  let welcome: Page;
  beforeAll(async () => {
    session = await launch({ keepWelcome: true });
    const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
    welcome = session.context.pages().find(isWelcome) ?? (await session.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
  });
  afterAll(() => session?.close());

  it('opens the welcome page on install, in Vietnamese, with the labels drawn as in the portal', async () => {
    await welcome.waitForLoadState('domcontentloaded');
    await expect.poll(() => welcome.locator('h1').innerText()).toBe('Chào mừng đến với Nhắc Hạn');
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('vi');
    const text = await welcome.locator('main').innerText();
    for (const heading of ['1. Bật trên cổng một cửa của bạn', '2. Điền thông tin cơ quan', '3. Ý nghĩa các nhãn']) expect(text).toContain(heading);
    // The legend's badges are the overlay's own, in their shadow roots.
    const labels = await welcome.locator('.welcome-legend [data-nhachan-badge]').evaluateAll((hosts) => hosts.map((h) => h.shadowRoot?.textContent));
    expect(labels).toEqual(['Quá hạn 3 ngày', 'Đến hạn hôm nay', 'Còn 2 ngày làm việc', 'Sắp hết hạn kiểm tra hồ sơ', 'Trong hạn', 'Tạm dừng chờ bổ sung', 'Trả trễ 2 ngày']);
    const [agency] = await Promise.all([session.context.waitForEvent('page'), welcome.getByRole('button', { name: 'Mở Cài đặt → Thông tin cơ quan' }).click()]);
    await agency.waitForLoadState('domcontentloaded');
    expect(agency.url()).toBe(`chrome-extension://${session.extensionId}/options.html#agency`);
    await agency.close();
  });

  it('the popup explains the red "!" while the report is due', async () => {
    await setSettings(session, { asOf: FIXTURES_AS_OF }); // 20/05: from the 20th the report is due
    const popup = await session.context.newPage();
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
        await popup.locator('h1').waitFor();
        return popup.locator('main').innerText();
      })
      .toContain('Dấu ! đỏ trên biểu tượng: báo cáo hồ sơ trả lại, trễ hạn của kỳ này chưa lập');
    await setSettings(session, { asOf: '2022-05-10T08:00' }); // before the 20th: no "!" and no note
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
        await popup.locator('h1').waitFor();
        return popup.locator('.popup-reminder').count();
      })
      .toBe(0);
    await popup.close();
  });
});
