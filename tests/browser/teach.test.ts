import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';

// A list the reader finds (a code and an applicant column) but whose appointment column it cannot
// name ("Mốc"): the panel says the due date is missing and offers to be shown.
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Danh sách</title></head><body>
<table id="ds" class="grid"><thead><tr><th>Số HS</th><th>Công dân</th><th>Mốc</th><th>Ghi chú</th></tr></thead><tbody>
<tr><td><a href="#1">H21.57.14-220513-0001</a></td><td>Nguyễn Văn Thử</td><td>18/05/2022 16:00</td><td>Đang xử lý</td></tr>
<tr><td><a href="#2">H21.57.14-220516-0002</a></td><td>Trần Thị Mẫu</td><td>30/05/2022 16:00</td><td>Đang xử lý</td></tr>
</tbody></table></body></html>`;
const URL = `${DEMO_ORIGIN}/fixtures/teach-me.html`;

describe('teaching a page in two clicks, and its description (issue 11 items 6, 7)', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF });
    page = await session.context.newPage();
    await page.route(URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(URL);
    await page.locator('[data-nhachan-panel] button.toggle').click();
  });
  afterAll(() => session?.close());

  it('"Lưu mô tả trang" saves the structure and no value of any cell', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu mô tả trang' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const description = JSON.parse(text);
    expect(description.lists[0].columns.map((c: { header: string }) => c.header)).toEqual(['Số HS', 'Công dân', 'Mốc', 'Ghi chú']);
    for (const value of ['H21.57.14-220513-0001', 'Nguyễn Văn Thử', '18/05/2022 16:00', 'Trần Thị Mẫu', '30/05/2022']) expect(text).not.toContain(value);
  });

  it('a click on a due date and one on a code save a profile, and the rows are flagged at once', async () => {
    const statuses = () => page.locator('tr[data-nhachan-status]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-nhachan-status')));
    expect(await statuses()).toEqual(['unknown', 'unknown']); // no appointment read yet
    await page.getByRole('button', { name: 'Chỉ cho Nhắc Hạn cột nào là gì' }).click();
    await page.locator('tbody tr:nth-child(1) td:nth-child(3)').click();
    await page.locator('tbody tr:nth-child(1) td:nth-child(1) a').click();
    expect(page.url()).toBe(URL); // the click named the cell; it did not follow the link
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(statuses, { timeout: 10_000 }).toEqual(['overdue', 'on-time']);
    const saved = await session.worker!.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { siteProfiles?: unknown[] }>> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings?.siteProfiles;
    });
    expect(saved).toEqual([expect.objectContaining({ origin: DEMO_ORIGIN, columns: { dueAt: { header: 'Mốc' }, code: { header: 'Số HS' } } })]);
  });
});
