import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { TEST_AGENCY } from './docs-helpers';

/** WCAG 2.x relative luminance and contrast, for the focus outline. */
function contrast(rgb: string, against = [255, 255, 255]): number {
  const lum = (c: number[]) =>
    c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [a, b] = [lum(rgb.match(/\d+/g)!.slice(0, 3).map(Number)), lum(against)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('small traps an officer met', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF });
  });
  afterAll(() => session?.close());

  it('"Mở Cài đặt" opens the settings in a new tab; the typed reason stays and the saved agency applies', async () => {
    const letter = await session.context.newPage();
    await letter.goto(`chrome-extension://${session.extensionId}/letter.html`);
    await letter.getByLabel('Lý do chậm trễ').fill('Chờ ý kiến của Sở Xây dựng.');
    const open = letter.locator('a', { hasText: 'Mở Cài đặt' }).first();
    const [settings] = await Promise.all([session.context.waitForEvent('page'), open.click()]);
    await settings.waitForLoadState('domcontentloaded');
    expect(settings.url()).toBe(`chrome-extension://${session.extensionId}/options.html#agency`);
    expect(letter.url()).toBe(`chrome-extension://${session.extensionId}/letter.html`);
    expect(await letter.getByLabel('Lý do chậm trễ').inputValue()).toBe('Chờ ý kiến của Sở Xây dựng.');
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY }); // saved in the other tab
    await expect.poll(() => letter.locator('a', { hasText: 'Mở Cài đặt' }).count()).toBe(0);
    expect(await letter.getByLabel('Lý do chậm trễ').inputValue()).toBe('Chờ ý kiến của Sở Xây dựng.');
    await settings.close();

    // "Mẫu văn bản": the chosen form's whole name shows at 1366 px.
    const regime = letter.getByLabel('Mẫu văn bản');
    const { fieldWidth, textWidth } = await regime.evaluate((el) => {
      const select = el as HTMLSelectElement;
      const probe = document.createElement('span');
      probe.style.cssText = `font:${getComputedStyle(select).font};white-space:nowrap;position:absolute`;
      probe.textContent = select.options[select.selectedIndex]!.text;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return { fieldWidth: select.clientWidth, textWidth: width };
    });
    expect(letter.viewportSize()!.width).toBe(1366);
    expect(textWidth).toBeLessThan(fieldWidth - 24); // room for the padding and the arrow

    // The focus outline stands out against white (≥ 3:1).
    await letter.keyboard.press('Tab');
    const outline = await letter.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    expect(contrast(outline)).toBeGreaterThanOrEqual(3);
    await letter.close();
  });

  it('"delete all" takes both XOÁ and XÓA', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/records.html#backup`);
    const word = page.getByLabel(/Gõ chữ XOÁ/);
    const button = page.getByRole('button', { name: 'Xoá toàn bộ' });
    for (const typed of ['XÓA', 'xoá', 'XOÁ']) {
      await word.fill(typed);
      expect(await button.isEnabled(), typed).toBe(true);
    }
    await word.fill('XOA');
    expect(await button.isEnabled()).toBe(false);
    await page.close();
  });

  it('the chart keeps its top label inside the drawing', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/records.html#stats`);
    const svg = page.locator('.bar-chart svg').first();
    await svg.waitFor();
    const inside = await svg.evaluate((el) => {
      const box = (el as SVGSVGElement).viewBox.baseVal;
      return [...el.querySelectorAll('text')].every((t) => {
        const b = (t as SVGTextElement).getBBox();
        return b.y >= box.y && b.y + b.height <= box.y + box.height;
      });
    });
    expect(inside).toBe(true);
    await page.close();
  });
});
