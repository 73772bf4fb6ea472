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
    // The background records observations in batches: reopen until every expected row is there.
    await expect
      .poll(
        async () => {
          await page.goto(`chrome-extension://${session.extensionId}/records.html#report`);
          await page.getByRole('button', { name: 'Tạo báo cáo .docx' }).waitFor();
          const text = await page.locator('#report').innerText();
          return IN_REPORT.filter((key) => !codesOf(key).some((code) => text.includes(code)));
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toEqual([]);
    expect(await page.getByLabel('Kỳ báo cáo (tháng)').inputValue()).toBe('05/2022');

    // One row per dossier, on each portal's report: the demo's B and C print one code form and A
    // the other, with no page showing both, so each portal reports its own dossiers once.
    const rowCodes = (origin: string) =>
      page.locator(`.report-rows tr[data-origin="${origin}"]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')!));
    for (const origin of [A_ORIGIN, DEMO_ORIGIN]) {
      // Reopened until the background has recorded every page's last batch.
      await expect
        .poll(
          async () => {
            await page.goto(`chrome-extension://${session.extensionId}/records.html#report`);
            await page.getByRole('button', { name: 'Tạo báo cáo .docx' }).waitFor();
            await page.getByLabel('Cổng một cửa của báo cáo').selectOption(origin);
            await page.locator(`.report-rows tr[data-origin="${origin}"]`).first().waitFor();
            // After a portal is chosen the tab proposes its rows more than once, and the first rows
            // on screen can be an earlier proposal's; the settled view is read a moment later.
            await page.waitForTimeout(1500);
            const codes = await rowCodes(origin);
            return IN_REPORT.map((key) => codes.filter((c) => codesOf(key).includes(c)).length);
          },
          { timeout: 20_000, interval: 1_000, message: origin },
        )
        .toEqual(IN_REPORT.map(() => 1));
      const codes = await rowCodes(origin);
      expect(new Set(codes).size, origin).toBe(codes.length);
      expect(await page.locator('.report-rows tr[data-code]').count(), origin).toBe(codes.length);
    }

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

    // The report is now in the history: reopening the period keeps the officer's edit (the draft).
    await page.reload();
    await expect.poll(() => page.locator('.report-returned textarea').first().inputValue()).toBe('Hồ sơ không thuộc thẩm quyền giải quyết của huyện');
    await Promise.all([page.close(), ...portals.map((portal) => portal.close())]);
  });
});
