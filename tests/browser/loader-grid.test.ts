import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { serveFixtures } from './util';

/**
 * A list in words the loader does not know (reader/ninh-kieu-received.html: "Số phiếu · Người nộp ·
 * Ngày nhận", receipts "125/TN", no national-form code, no code or appointment label) gets the
 * overlay by its look, and the panel offers "Chỉ cho Nhắc Hạn cột nào là gì". A fee table
 * (loader/fee-schedule.html) gets nothing until a list is put on the same page.
 */
const PATH = '/loader-pages/';
const TEACH = 'Chỉ cho Nhắc Hạn cột nào là gì';
const PANEL = '[data-nhachan-panel]';
/** How long the loader is given to (not) inject: several of its looks (200 ms apart) and an injection. */
const SETTLE_MS = 1_500;

describe('the loader on a list it has no words for', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await serveFixtures(session.context, DEMO_ORIGIN, PATH, 'tests/fixtures');
    await setSettings(session, { asOf: FIXTURES_AS_OF });
    page = await session.context.newPage();
  });
  afterAll(() => session?.close());

  it('injects the overlay where a grid looks like a dossier list, and the panel offers teaching', async () => {
    await page.goto(`${DEMO_ORIGIN}${PATH}reader/ninh-kieu-received.html`);
    await page.locator(`${PANEL} button.toggle`).click();
    await expect.poll(() => page.locator(`${PANEL} .problems`).textContent()).toContain('không tìm thấy cột mã hồ sơ');
    await expect(page.getByRole('button', { name: TEACH }).isVisible()).resolves.toBe(true);
  });

  it('leaves a fee table alone, and is still there when a list arrives on the page', async () => {
    await page.goto(`${DEMO_ORIGIN}${PATH}loader/fee-schedule.html`);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator(PANEL).count()).toBe(0);
    // The page fetches the list's table, as an XHR-driven portal would, and puts it under the fee table.
    await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      document.body.append(new DOMParser().parseFromString(html, 'text/html').querySelector('table.QH_DataGrid')!);
    }, `${PATH}reader/ninh-kieu-received.html`);
    await page.locator(`${PANEL} button.toggle`).click();
    await expect(page.getByRole('button', { name: TEACH }).isVisible()).resolves.toBe(true);
  });
});
