import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { pdfPageCount, pdfText } from '../../scripts/libreoffice';
import { TEST_AGENCY } from './docs-helpers';

const D02_OLD_CODE = '000.00.57.H21-220505-0007';
const work = mkdtempSync(join(tmpdir(), 'nhac-han-print-'));

describe('the letter as printed, from the extension page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('draws the .docx pages and prints the letter alone: page.pdf holds its text on A4, not the form', async () => {
    const portal = await session.context.newPage();
    await portal.goto(`${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`);
    const badge = portal.locator(`[data-nhachan-status="overdue"] [data-nhachan-badge] [role="button"]`).first();
    await badge.waitFor({ timeout: 15_000 });
    const [letter] = await Promise.all([session.context.waitForEvent('page'), portal.locator('tr', { hasText: D02_OLD_CODE }).locator('[data-nhachan-badge] [role="button"]').click()]);
    await letter.waitForLoadState('domcontentloaded');
    await letter.getByLabel('Lý do chậm trễ').fill('Cần kiểm tra hiện trạng công trình tại thực địa.');

    // docx-preview's page, with the letter's own words in it.
    const pages = letter.locator('.printed-pages section.docx');
    await expect.poll(() => pages.first().innerText(), { timeout: 15_000 }).toContain('Cần kiểm tra hiện trạng công trình tại thực địa.');
    expect(await pages.first().innerText()).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');

    // "In" asks the browser to print (stubbed: a headless browser has no print dialog).
    await letter.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await letter.getByRole('button', { name: 'In', exact: true }).click();
    expect(await letter.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // What printing produces: the print stylesheet leaves only the document's pages.
    await letter.emulateMedia({ media: 'print' });
    const pdf = join(work, 'letter.pdf');
    writeFileSync(pdf, await letter.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain(D02_OLD_CODE);
    expect(text).toContain('Cần kiểm tra hiện trạng công trình tại thực địa.');
    expect(text).toContain('Đức Cơ, ngày 20 tháng 5 năm 2022');
    expect(text).toContain('Nguyễn Văn Ví Dụ');
    expect(text).not.toContain('Tải xuống .docx');
    expect(text).not.toContain('Lý do chậm trễ');
    expect(pdfPageCount(pdf)).toBe(1);
    await Promise.all([letter.close(), portal.close()]);
  });
});
