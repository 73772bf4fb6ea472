import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { EXPECTED_STANDINGS, PAGE_LISTS } from '../fixtures/portal/dataset';
import { rowFlags, waitForFlags, type RowFlag } from './util';

const LIST = `${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`;
/** Fixture A's appointment column taken for the receipt column: every row judged by the day it came in. */
const BY_RECEIPT = { origin: DEMO_ORIGIN, name: 'Thử: hẹn trả = ngày tiếp nhận', columns: { dueAt: { header: 'Ngày giờ tiếp nhận' } } };

const flagOf = (flags: RowFlag[], key: RowFlag['key']) => flags.find((f) => f.key === key);

describe('an officer’s reading profile, from the settings to the page', () => {
  let session: Session;
  let portal: Page;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF });
    portal = await session.context.newPage();
  });
  afterAll(() => session?.close());

  it('re-reads the open list with the stored profile: the mapped column decides the flags', async () => {
    await portal.goto(LIST);
    await waitForFlags(portal, 10);
    const before = await rowFlags(portal);
    expect(flagOf(before, 'D02')).toEqual({ key: 'D02', status: 'overdue', days: EXPECTED_STANDINGS.D02.daysLeft });
    expect(before.some((f) => f.status === 'on-time')).toBe(true);

    await setSettings(session, { asOf: FIXTURES_AS_OF, siteProfiles: [BY_RECEIPT] });
    // D02 came in Thu 05/05 14:30; working days past that, to Fri 20/05: Fri 6, Mon 9–Fri 13, Mon 16–Fri 20 = 11.
    await expect.poll(async () => flagOf(await rowFlags(portal), 'D02')?.days).toBe(-11);
    const after = await rowFlags(portal);
    expect(after.map((f) => f.key)).toEqual(PAGE_LISTS.aList[0]);
    // D09 came in Mon 16/05 09:00: Tue 17–Fri 20 = 4.
    expect(flagOf(after, 'D09')).toEqual({ key: 'D09', status: 'overdue', days: -4 });
    // D11 is "Đã xử lý xong" and this list prints no finish date: past its (mapped) appointment, on time
    // and late cannot be told apart (QĐ 766 ends processing at the finish; docs/rules.md §4).
    expect(flagOf(after, 'D11')).toEqual({ key: 'D11', status: 'unknown', days: null });
    // Every open dossier was received before the as-of moment, so none is on time or due soon any more.
    expect(after.filter((f) => ['on-time', 'due-soon', 'due-today'].includes(f.status))).toEqual([]);
  });

  it('a fresh load reads with the profile too', async () => {
    await portal.reload();
    await waitForFlags(portal, 10);
    expect(flagOf(await rowFlags(portal), 'D02')?.days).toBe(-11);
  });

  it('options.html#reading opens at the section, and its live check reads the open portal tab', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html#reading`);
    const section = options.locator('#reading');
    await section.getByRole('button', { name: `Sửa cài đặt đọc trang của ${DEMO_ORIGIN}` }).click();
    expect(await options.evaluate(() => Math.round(document.getElementById('reading')!.getBoundingClientRect().top))).toBeLessThan(50);
    expect(await options.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await section.getByRole('button', { name: 'Kiểm tra trên trang đang mở' }).click();
    const result = section.locator('.profile-editor [role="status"]');
    await expect.poll(() => result.textContent()).toMatch(/^Tìm thấy 10 hồ sơ; cột: Mã hồ sơ 10, .*Ngày hẹn trả 10/);

    // The receipt column is taken for the appointment, so no receipt day is read.
    expect(await result.textContent()).not.toContain('Ngày tiếp nhận');

    // The check reads with the edited draft, before anything is saved: without the mapping, both are read.
    await section.getByLabel('Tiêu đề cột Ngày hẹn trả').fill('');
    await section.getByRole('button', { name: 'Kiểm tra trên trang đang mở' }).click();
    await expect.poll(() => result.textContent()).toMatch(/Ngày tiếp nhận 10, Ngày hẹn trả 10/);
    await options.close();
  });
});
