import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierSchema } from '../../lib/dossier/schema';
import { DEMO_ORIGIN, EXTENSION_DIR, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { DEMO_PAGES } from '../../scripts/demo-pages';
import { dossier } from '../fixtures/portal/dataset';
import { TEST_AGENCY } from './docs-helpers';

/**
 * Issue 16 item 15: no request of the extension's own from any of its pages, not only the portal
 * pages of a demo run. Every HTML page of the build is opened (a page added later is covered without
 * editing this list), the document pages with a real request so they render their .docx, and every
 * section of the records page is visited.
 */
const PAGES = readdirSync(EXTENSION_DIR).filter((name) => name.endsWith('.html'));
const REQUEST = { origin: DEMO_ORIGIN, url: `${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`, dossier: DossierSchema.parse(dossier('D02')) };

describe('the extension makes no network request of its own', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF, agency: TEST_AGENCY });
    await session.worker!.evaluate(async (request) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.session.set({ 'letter-request:network': request });
    }, REQUEST);
  });
  afterAll(() => session?.close());

  it('builds the pages this test expects to open', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['letter.html', 'options.html', 'popup.html', 'records.html', 'supplement.html']));
  });

  it('on every extension page and section, and on the demo portal pages', async () => {
    session.requests.length = 0;
    const base = `chrome-extension://${session.extensionId}`;
    const page = await session.context.newPage();
    for (const name of PAGES) {
      await page.goto(`${base}/${name}?request=network`);
      await page.waitForSelector('main, body > *', { timeout: 15_000 });
      if (name === 'records.html') {
        for (const tab of await page.locator('nav.tabs button').all()) await tab.click();
      }
      await page.waitForLoadState('networkidle');
      // The document pages render their preview from the .docx: it is there, so the page really ran.
      if (name === 'letter.html' || name === 'supplement.html') {
        await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain(REQUEST.dossier.code);
      }
    }
    for (const demo of DEMO_PAGES) {
      await page.goto(`${DEMO_ORIGIN}${demo.path}`);
      await page.waitForSelector('[data-nhachan-status]', { timeout: 15_000 });
    }
    await page.close();
    // Each page's own script was fetched, so its requests were watched (the page's HTML is not reported).
    for (const name of PAGES) {
      expect(session.requests.some((url) => url.startsWith(`${base}/chunks/${name.replace('.html', '')}-`))).toBe(true);
    }
    const foreign = session.requests.filter((url) => !url.startsWith(`${DEMO_ORIGIN}/`) && !url.startsWith(`${base}/`));
    expect(foreign).toEqual([]);
  });
});
