import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, setSettings, type Session } from '../../scripts/chromium';
import { TEST_AGENCY } from './docs-helpers';

/**
 * An English Chrome shows its own date inputs as "05/23/2022, 04:00 PM" and reads 06/05 as 5 June.
 * The extension's pages take and show dd/mm/yyyy and 24-hour time whatever the browser's language.
 */
describe('dates typed as officers write them, in an English-locale Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ locale: 'en-US' });
    await setSettings(session, { asOf: '2022-05-20T08:00', agency: TEST_AGENCY });
  });
  afterAll(() => session?.close());

  it('the browser really is English', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    expect(await page.evaluate(() => new Date(Date.UTC(2022, 4, 23, 9)).toLocaleString(undefined, { timeZone: 'UTC' }))).toBe('5/23/2022, 9:00:00 AM');
    await page.close();
  });

  it('the as-of time: shown 20/05/2022 08:00, and 06/05/2022 16:00 typed means 6 May at 16:00', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const field = page.getByLabel('Thời điểm xem');
    expect(await field.inputValue()).toBe('20/05/2022 08:00');
    await field.fill('06/05/2022 16:00');
    await expect.poll(() => page.locator('#asof').innerText()).toContain('Đang xem theo thời điểm 06/05/2022 16:00.');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect
      .poll(() =>
        session.worker!.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: { asOf?: string } }> } } } }).chrome;
          return (await api.storage.local.get('settings')).settings?.asOf;
        }),
      )
      .toBe('2022-05-06T16:00');
    await page.close();
  });

  it('the letter form and the records page show and read dd/mm/yyyy and mm/yyyy', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/letter.html`);
    const issue = page.locator('#letter-issueDate');
    await expect.poll(() => issue.inputValue()).toBe('06/05/2022');
    await issue.fill('7.5.2022');
    await issue.blur();
    // Understood (no error), and rewritten in the one form officers read.
    expect(await issue.inputValue()).toBe('07/05/2022');
    expect(await issue.getAttribute('aria-invalid')).toBeNull();
    await issue.fill('05/23/2022');
    await issue.blur();
    expect(await issue.inputValue()).toBe('05/23/2022');

    await page.goto(`chrome-extension://${session.extensionId}/records.html#stats`);
    const from = page.getByLabel('Từ tháng');
    expect(await from.inputValue()).toBe('12/2021');
    // The statistics of the months shown first; a month typed wrong then leaves them as they are.
    await expect.poll(() => page.locator('#stats .stats-view').getAttribute('data-state')).toBe('ready');
    await from.fill('13/2021');
    await expect.poll(() => page.locator('#stats').innerText()).toContain('Theo tháng');
    await page.close();
  });
});
