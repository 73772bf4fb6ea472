import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { serveFixtures } from './util';

/**
 * A page whose table looks like a dossier list but is not read as one (reader/r3-handover-print.html:
 * dossier codes, no date column): one console line says why, however often the page changes, and
 * the panel appears with the reason and "Chỉ cho Nhắc Hạn cột nào là gì" (issue 11 items 6 and 8).
 */
const READER_PATH = '/reader/';
const REASON = 'Trang có một bảng giống danh sách hồ sơ nhưng không tìm thấy cột ngày nào';

describe('a list that is not read', () => {
  let session: Session;
  let page: Page;
  const lines: string[] = [];
  beforeAll(async () => {
    session = await launch();
    await serveFixtures(session.context, DEMO_ORIGIN, READER_PATH, 'tests/fixtures/reader');
    await setSettings(session, { asOf: FIXTURES_AS_OF });
    page = await session.context.newPage();
    page.on('console', (m) => lines.push(m.text()));
  });
  afterAll(() => session?.close());

  it('logs the reason once, in Vietnamese and English, and the panel offers teaching', async () => {
    await page.goto(`${DEMO_ORIGIN}${READER_PATH}r3-handover-print.html`);
    await page.locator('[data-nhachan-panel] button.toggle').click();
    await expect.poll(() => page.locator('[data-nhachan-panel] .problems').textContent()).toContain(REASON);
    await expect(page.getByRole('button', { name: 'Chỉ cho Nhắc Hạn cột nào là gì' }).isVisible()).resolves.toBe(true);
    // The page keeps changing (each change is a pass of the overlay while no list is read): still one line.
    for (let i = 0; i < 5; i++) {
      await page.evaluate((n) => document.body.appendChild(document.createElement('p')).append(`Ghi chú ${n}`), i);
      await page.waitForTimeout(100);
    }
    const said = lines.filter((l) => l.includes(REASON));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^\[Nhắc Hạn\] .* \/ A table on the page looks like a dossier list but has no date column/);
    // Nothing is flagged.
    expect(await page.locator('[data-nhachan-status]').count()).toBe(0);
  });
});
