import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { docxParagraphs, TEST_AGENCY } from './docs-helpers';

const LIST_A = `${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`;
const D02_OLD_CODE = '000.00.57.H21-220505-0007';

describe('the apology letter from the overlay panel', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY });
  });
  afterAll(() => session?.close());

  /** List A in a new tab, then D02's apology letter opened from the panel. */
  const openD02Letter = async () => {
    const portal = await session.context.newPage();
    await portal.goto(LIST_A);
    const panel = portal.locator('[data-nhachan-panel]');
    await panel.waitFor({ state: 'attached', timeout: 15_000 });
    const toggle = panel.locator('button.toggle');
    // Enter, not a click: the panel's header captures the pointer for dragging, which retargets a
    // mouse click on its toggle to the header (see the report), while the keyboard path works.
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.press('Enter');
    const apology = panel.locator(`li[data-code="${D02_OLD_CODE}"] button.apology`);
    await apology.waitFor({ timeout: 15_000 });
    const [letter] = await Promise.all([session.context.waitForEvent('page'), apology.click()]);
    await letter.waitForLoadState('domcontentloaded');
    return { portal, letter };
  };

  it('opens letter.html for the overdue D02, renders the .docx in the extension and records it', async () => {
    const { portal, letter } = await openD02Letter();
    expect(letter.url()).toMatch(new RegExp(`^chrome-extension://${session.extensionId}/letter\\.html\\?request=`));

    await letter.getByLabel('Lý do chậm trễ').fill('Cần kiểm tra hiện trạng công trình tại thực địa.');
    // The suggestion: the next working day after 20/05/2022 (a Friday), at the old appointment's 16:00.
    await expect.poll(() => letter.locator('#letter-newDueAt').inputValue()).toBe('23/05/2022 16:00');
    const preview = await letter.locator('.letter-preview').innerText();
    expect(preview).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(preview).toContain(D02_OLD_CODE);

    const [download] = await Promise.all([letter.waitForEvent('download'), letter.getByRole('button', { name: 'Tải xuống .docx' }).click()]);
    expect(download.suggestedFilename()).toBe(`Phieu-xin-loi_${D02_OLD_CODE}.docx`);
    const file = join(mkdtempSync(join(tmpdir(), 'nhac-han-letter-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = docxParagraphs(file).join('\n');
    expect(text).toContain(`Mã hồ sơ: ${D02_OLD_CODE}.`);
    expect(text).toContain('Trần Thị Mẫu');
    expect(text).toContain('Lý do: Cần kiểm tra hiện trạng công trình tại thực địa.');
    // The agency breaks before its unit; the place name's words are joined by no-break spaces.
    expect(text).toMatch(/ỦY BAN NHÂN DÂN\s*HUYỆN\u00a0ĐỨC\u00a0CƠ/);
    expect(text).toContain('23 tháng 5 năm 2022');

    await letter.locator('.notice-success').waitFor();
    const history = await session.context.newPage();
    await history.goto(`chrome-extension://${session.extensionId}/records.html`);
    await history.getByLabel('Tìm', { exact: true }).fill('220505-0007');
    await history.getByRole('button', { name: 'Tìm', exact: true }).click();
    await history.getByRole('button', { name: 'Chi tiết' }).first().click();
    await expect.poll(() => history.locator('.document-list').innerText()).toContain(`Phieu-xin-loi_${D02_OLD_CODE}.docx`);
    await Promise.all([letter.close(), history.close(), portal.close()]);
  });

  it('a second letter for D02 is warned: the new appointment may be set only once (NĐ 61/2018 Điều 19)', async () => {
    const { portal, letter } = await openD02Letter();
    const warning = letter.locator('.notice-warning[role="alert"]');
    await expect.poll(() => warning.textContent()).toContain('Hồ sơ này đã có văn bản xin lỗi hẹn lại ngày trả 23/05/2022 16:00');
    // The letter dated 20/05/2022 takes the 2018 form, and the form says why.
    expect(await letter.locator('#letter-regime-help').textContent()).toContain('Chọn theo ngày ban hành 20/05/2022 (mẫu mới áp dụng từ 15/09/2025)');
    await Promise.all([letter.close(), portal.close()]);
  });
});
