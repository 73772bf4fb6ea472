import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { DATASET, type DossierKey } from '../fixtures/portal/dataset';

export interface RowFlag {
  key: DossierKey;
  status: string;
  days: number | null;
}

/** Both code forms of every dataset dossier → its key (fixture A prints the old form). */
const KEY_BY_CODE = new Map<string, DossierKey>();
for (const record of DATASET) {
  KEY_BY_CODE.set(record.code, record.key);
  if (record.oldCode) KEY_BY_CODE.set(record.oldCode, record.key);
}

/** The flags the overlay put on the page, in page order, keyed by the dataset's dossier keys. */
export async function rowFlags(target: Page | Frame): Promise<RowFlag[]> {
  const raw = await target.$$eval('[data-nhachan-status]', (rows) =>
    rows.map((row) => ({
      text: row.textContent ?? '',
      status: row.getAttribute('data-nhachan-status') ?? '',
      days: row.getAttribute('data-nhachan-days'),
    })),
  );
  return raw.map((r) => {
    const code = [...KEY_BY_CODE.keys()].find((c) => r.text.includes(c));
    if (!code) throw new Error(`flagged row without a dataset code: ${r.text.slice(0, 120)}`);
    return { key: KEY_BY_CODE.get(code)!, status: r.status, days: r.days === null ? null : Number(r.days) };
  });
}

/** Waits until the overlay has flagged exactly `count` rows (rows appear late in script-rendered pages). */
export async function waitForFlags(target: Page | Frame, count: number, timeout = 15_000): Promise<void> {
  await target.waitForFunction(
    (n) => document.querySelectorAll('[data-nhachan-status]').length === n,
    count,
    { timeout },
  );
}

/**
 * Opens both pages of fixture A's list, each in its own tab, and waits until every row is flagged.
 * The tabs stay open: the content script sends what it read in batches, and a tab navigated away at
 * once could take its last batch with it. The caller closes them.
 */
export async function openListA(context: BrowserContext, origin: string, lists: readonly (readonly string[])[]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const [i, rows] of lists.entries()) {
    const page = await context.newPage();
    await page.goto(`${origin}/fixtures/a/danh-sach-ho-so.html${i === 0 ? '' : `?page=${i + 1}`}`);
    await waitForFlags(page, rows.length);
    pages.push(page);
  }
  return pages;
}

/**
 * Serves a folder of fixture pages under the demo portal's origin at `urlPath` (the demo server
 * serves only the demo portal's own folder), so the extension runs on them as on the portal.
 */
export async function serveFixtures(context: BrowserContext, origin: string, urlPath: string, folder: string): Promise<void> {
  await context.route(`${origin}${urlPath}**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(resolve(folder, new URL(route.request().url()).pathname.slice(urlPath.length))),
    }),
  );
}
