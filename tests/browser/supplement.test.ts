import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierSchema } from '../../lib/dossier/schema';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { dossier } from '../fixtures/portal/dataset';
import { docxParagraphs, TEST_AGENCY } from './docs-helpers';

// The demo portal has no row whose completeness check is running out, so the request the
// background would leave for such a row is put in place by hand: D05, just received.
const D05 = DossierSchema.parse({ ...dossier('D05'), status: 'new', statusText: 'Mới tiếp nhận' });
const ITEMS = ['Bản sao giấy tờ pháp lý của chủ hộ kinh doanh', 'Giấy đề nghị đăng ký hộ kinh doanh có chữ ký'];

describe('the request for additions', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY });
    await session.worker!.evaluate(async (request) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.session.set({ 'letter-request:test1': request });
    }, { origin: DEMO_ORIGIN, url: `${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`, dossier: D05 });
  });
  afterAll(() => session?.close());

  it('lists what is missing, renders the .docx in the extension and records it once', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/supplement.html?request=test1`);
    await expect.poll(() => page.locator('.facts').innerText()).toContain(D05.applicant!);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    expect(await page.locator('main').innerText()).toContain('Chỉ yêu cầu bổ sung một lần');

    // Nothing listed: the list says why and takes the focus.
    const download = page.getByRole('button', { name: 'Tải xuống .docx' });
    await download.click();
    await expect.poll(() => page.locator('#supplement-missing-error').innerText()).toContain('ít nhất một nội dung');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('supplement-missing');

    await page.getByLabel('Nội dung cần bổ sung, hoàn thiện').fill(`1. ${ITEMS[0]}\n\n  ${ITEMS[1]}  `);
    await expect.poll(() => page.locator('.letter-preview').innerText()).toContain(`2. ${ITEMS[1]}`);
    expect(await page.locator('.letter-preview').innerText()).toContain(`1. ${ITEMS[0]}`);

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe(`Phieu-yeu-cau-bo-sung_${D05.code}.docx`);
    const path = join(mkdtempSync(join(tmpdir(), 'nhac-han-supplement-')), file.suggestedFilename());
    await file.saveAs(path);
    const text = docxParagraphs(path).join('\n');
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${D05.code}.`);
    expect(text).toContain(D05.applicant!);
    expect(text).toContain(`1. ${ITEMS[0]}`);
    expect(text).toContain(`2. ${ITEMS[1]}`);

    await page.locator('.notice-success').waitFor();
    // The page now says a request was made, and so does a fresh load of it.
    expect(await page.locator('.notice-warning').innerText()).toContain(file.suggestedFilename());
    await page.reload();
    await expect.poll(() => page.locator('.notice-warning').first().innerText()).toContain(file.suggestedFilename());
    await page.close();
  });
});
