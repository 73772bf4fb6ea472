import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { parseCsv, xlsxSheetsAsCsv } from '../../scripts/libreoffice';
import { DATASET, PAGE_LISTS, type DossierKey } from '../fixtures/portal/dataset';
import { TEST_AGENCY } from './docs-helpers';
import { openListA } from './util';

const work = mkdtempSync(join(tmpdir(), 'nhac-han-excel-'));
/** Fixture A prints the old 4-level code (portal.md §4), which is what the history keeps from it. */
const shown = (key: DossierKey) => DATASET.find((r) => r.key === key)!.oldCode!;

async function download(page: Page, button: string): Promise<Map<string, string[][]>> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return new Map([...xlsxSheetsAsCsv(path)].map(([name, csv]) => [name, parseCsv(csv)]));
}

describe('Excel export from the records page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('downloads the overdue and due-this-week lists as .xlsx that Calc reads back, and shows the on-time rate', async () => {
    const portals = await openListA(session.context, DEMO_ORIGIN, PAGE_LISTS.aList);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/records.html#export`);

    // The background records in batches: export again until both overdue dossiers are in the file.
    // At 20/05/2022 08:00 the history's overdue dossiers are D02 and D09 (D11 is finished, late).
    let overdue: string[][] = [];
    await expect
      .poll(
        async () => {
          overdue = (await download(page, 'Tải Hồ sơ quá hạn (.xlsx)')).get('Quá hạn')!;
          return overdue.slice(2).map((row) => row[1]);
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toEqual([shown('D09'), shown('D02')]);
    expect(overdue[0]![0]).toBe('Hồ sơ quá hạn, tính đến 20/05/2022 08:00 từ các hồ sơ trình duyệt này đã thấy');
    expect(overdue[1]!.slice(0, 3)).toEqual(['STT', 'Mã hồ sơ', 'Chủ hồ sơ']);
    const d02 = overdue[3]!;
    expect(d02.slice(5, 7)).toEqual(['05/05/2022 14:30', '17/05/2022 16:00']); // real dates shown dd/mm/yyyy hh:mm
    expect(d02[7]).toBe('3');
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/^Đã tạo Ho-so-qua-han_20-05-2022\.xlsx: 2 dòng\.$/);

    const week = (await download(page, 'Tải Hồ sơ đến hạn tuần này (.xlsx)')).get('Đến hạn tuần này')!;
    expect(week.slice(2).map((row) => row[1]).sort()).toEqual([shown('D01'), shown('D12')].sort());

    await page.getByRole('button', { name: 'Tỷ lệ đúng hạn', exact: true }).click();
    await expect.poll(() => page.locator('[data-nhachan-scope="seen-only"]').innerText()).toContain('trình duyệt này đã thấy');
    const rates = (await download(page, 'Xuất Excel (.xlsx)')).get('Tỷ lệ đúng hạn')!;
    const may = rates.find((row) => row[0] === '05/2022' && row[1] === 'Tất cả');
    expect(may, JSON.stringify(rates)).toBeDefined();
    expect(may![7]).toMatch(/%$/);
    await Promise.all([page.close(), ...portals.map((portal) => portal.close())]);
  });
});
