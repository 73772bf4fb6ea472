import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { DATASET, PAGE_LISTS, type DossierKey } from '../fixtures/portal/dataset';
import { docxParagraphs, TEST_AGENCY } from './docs-helpers';
import { waitForFlags } from './util';

/**
 * Fixture A imitates another system (R3/e-par, printing the old-form codes): it is served as its
 * own portal, on an origin of its own, as a real office's second system would be.
 */
const A_ORIGIN = 'https://ducco.motcua.vnpt.vn';
const PAGES = [
  { origin: A_ORIGIN, path: '/fixtures/a/danh-sach-ho-so.html', rows: PAGE_LISTS.aList[0].length },
  { origin: A_ORIGIN, path: '/fixtures/a/danh-sach-ho-so.html?page=2', rows: PAGE_LISTS.aList[1].length },
  { origin: DEMO_ORIGIN, path: '/fixtures/b/vi/dossier/processing', rows: PAGE_LISTS.bByUpdated[0].length },
  { origin: DEMO_ORIGIN, path: '/fixtures/c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html', rows: PAGE_LISTS.c1[0].length },
];

/** May 2022 at 20/05 08:00: late D02, D09, D11 and D07 (returned late); sent back D08. */
const IN_REPORT: DossierKey[] = ['D02', 'D07', 'D08', 'D09', 'D11'];
const codesOf = (key: DossierKey): string[] => {
  const record = DATASET.find((r) => r.key === key)!;
  return [record.code, ...(record.oldCode ? [record.oldCode] : [])];
};

describe('the monthly report built from the history page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ extraOrigins: [A_ORIGIN] });
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY });
  });
  afterAll(() => session?.close());

  it('lists the returned and late dossiers the portal pages showed, and downloads the report', async () => {
    // Each list stays open in its own tab until the report is built: the content script sends what
    // it read in batches, and a tab navigated away at once could take its last batch with it.
    const portals = [];
    for (const { origin, path, rows } of PAGES) {
      const portal = await session.context.newPage();
      await portal.goto(`${origin}${path}`);
      await waitForFlags(portal, rows);
      if (path.startsWith('/fixtures/c/')) {
        // C1's second page (D02, D07, D04), so this portal too showed every dossier of May.
        await portal.click('li.ant-pagination-next');
        await portal.waitForFunction((n) => document.querySelectorAll('[data-nhachan-status]').length === n, PAGE_LISTS.c1[1].length);
      }
      portals.push(portal);
    }

    const page = await session.context.newPage();
    const host = (origin: string) => origin.replace('https://', '');
    const box = (origin: string) => page.getByRole('checkbox', { name: host(origin), exact: true });
    /** Opens the report and waits until its rows are those of the month and portals chosen. */
    const openReport = async () => {
      await page.goto(`chrome-extension://${session.extensionId}/records.html#report`);
      await page.locator('#report .report-view[data-state="ready"]').waitFor();
    };
    const rowCodes = (origin: string) =>
      page.locator(`.report-rows tr[data-origin="${origin}"]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
    /** Each dossier of May once on `origin`'s rows, and no row of another portal. */
    const countsOn = async (origin: string) => {
      const codes = await rowCodes(origin);
      expect(await page.locator('.report-rows tr[data-code]').count(), origin).toBe(codes.length);
      return IN_REPORT.map((key) => codes.filter((c) => codesOf(key).includes(c)).length);
    };

    // Both portals are hosts under a built-in pattern that the officer never enabled and made no
    // document from: the report offers them and counts neither until the office ticks it.
    await expect
      .poll(
        async () => {
          await openReport();
          return Promise.all([A_ORIGIN, DEMO_ORIGIN].map(async (o) => ((await box(o).count()) === 1 ? box(o).isChecked() : undefined)));
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toEqual([false, false]);
    expect(await page.locator('.report-rows tr[data-code]').count()).toBe(0);
    await page.getByText('Chưa tính cổng nào').waitFor();
    expect(await page.getByLabel('Kỳ báo cáo (tháng)').inputValue()).toBe('05/2022');

    // One row per dossier on each portal's report: the demo's B and C print one code form and A the
    // other, with no page showing both, so a portal counted alone reports its dossiers once. The
    // choice is kept: the page is reopened until the background has recorded every page's last batch.
    for (const [origin, other] of [
      [A_ORIGIN, DEMO_ORIGIN],
      [DEMO_ORIGIN, A_ORIGIN],
    ] as const) {
      await openReport();
      if (await box(other).isChecked()) await box(other).uncheck();
      await box(origin).check();
      await page.locator('#report .report-view[data-state="ready"]').waitFor();
      await expect
        .poll(
          async () => {
            await openReport();
            return countsOn(origin);
          },
          { timeout: 20_000, interval: 1_000, message: origin },
        )
        .toEqual(IN_REPORT.map(() => 1));
      const codes = await rowCodes(origin);
      expect(new Set(codes).size, origin).toBe(codes.length);
    }
    // The statistics count the same portals: the choice is the office's, not the tab's.
    await page.goto(`chrome-extension://${session.extensionId}/records.html#stats`);
    await page.locator('#stats .stats-view[data-state="ready"]').waitFor();
    expect(await Promise.all([box(DEMO_ORIGIN).isChecked(), box(A_ORIGIN).isChecked()])).toEqual([true, false]);
    await openReport();

    // C1 shows D04 returned without a date: the draft says so, and the officer, who knows it was
    // on time, leaves it out (the date is only when this browser saw it).
    const d04 = page.locator(`.report-rows tr[data-code="${DATASET.find((r) => r.key === 'D04')!.code}"]`);
    await expect.poll(() => d04.innerText()).toContain('chưa rõ (thấy lúc 20/05/2022 08:00)');
    await d04.getByRole('checkbox').uncheck();

    await page.getByLabel('Kính gửi').fill('Chủ tịch Ủy ban nhân dân huyện Đức Cơ');
    const d08 = codesOf('D08');
    const reasonBox = page.locator('.report-returned textarea').first();
    await reasonBox.fill('Hồ sơ không thuộc thẩm quyền giải quyết của huyện');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo báo cáo .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('Bao-cao-ho-so-tra-lai-tre-han_2022-05.docx');
    const file = join(mkdtempSync(join(tmpdir(), 'nhac-han-report-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = docxParagraphs(file).join('\n');

    for (const key of IN_REPORT) {
      const times = codesOf(key).reduce((n, code) => n + text.split(code).length - 1, 0);
      expect(times, `${key} printed once`).toBe(1);
    }
    const absent = DATASET.filter((r) => !IN_REPORT.includes(r.key));
    for (const record of absent) expect(codesOf(record.key).some((code) => text.includes(code)), record.key).toBe(false);
    expect(d08.some((code) => text.includes(code))).toBe(true);
    expect(text).toContain('Hồ sơ không thuộc thẩm quyền giải quyết của huyện');
    expect(text).toContain('tháng 5 năm 2022');
    expect(text).toContain('Chủ tịch Ủy ban nhân dân huyện Đức Cơ');
    expect(text).toContain(`hồ sơ trên Hệ thống thông tin một cửa điện tử: ${host(DEMO_ORIGIN)}`);
    expect(text).not.toContain(host(A_ORIGIN));

    // The report is now in the history: reopening the period keeps the officer's edit (the draft).
    await page.reload();
    await expect.poll(() => page.locator('.report-returned textarea').first().inputValue()).toBe('Hồ sơ không thuộc thẩm quyền giải quyết của huyện');
    await Promise.all([page.close(), ...portals.map((portal) => portal.close())]);
  });
});
