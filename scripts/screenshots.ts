/**
 * The user guide's and the store listing's screenshots, taken from the built extension on the demo
 * portal with the fixtures' pinned as-of time: `npx wxt build && npx tsx scripts/screenshots.ts`.
 * Writes docs/img/guide/*.png (the guide, the README) and docs/store/screenshot-*.png (1280×800, the
 * size the Chrome Web Store asks for).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings } from './chromium';
import { DEMO_AGENCY } from './demo-pages';
import { PAGE_LISTS } from '../tests/fixtures/portal/dataset';

const GUIDE = 'docs/img/guide';
const STORE = 'docs/store';
mkdirSync(GUIDE, { recursive: true });
mkdirSync(STORE, { recursive: true });

const session = await launch({ keepWelcome: true });
// The demo office works on the demo portal and has ticked it in the report (a built-in host counts only
// once the office says so: lib/history/portals.ts).
await setSettings(session, { asOf: FIXTURES_AS_OF, agency: DEMO_AGENCY, countedPortals: { added: [DEMO_ORIGIN], removed: [] } });
const ext = `chrome-extension://${session.extensionId}`;
const written: string[] = [];

async function shot(page: Page, name: string, options: { store?: number; fullPage?: boolean } = {}): Promise<void> {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${GUIDE}/${name}.png`, fullPage: options.fullPage ?? false });
  written.push(`${GUIDE}/${name}.png`);
  if (options.store !== undefined) {
    await page.screenshot({ path: `${STORE}/screenshot-${options.store}.png` });
    written.push(`${STORE}/screenshot-${options.store}.png`);
  }
}

async function open(path: string, size = { width: 1280, height: 800 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(path.startsWith('http') ? path : `${ext}${path}`);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

// The portal with its flags and the panel open; its pages stay open so the history has them.
const portal = await open(`${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`);
await portal.waitForFunction((n) => document.querySelectorAll('[data-nhachan-status]').length === n, PAGE_LISTS.aList[0].length);
const toggle = portal.locator('[data-nhachan-panel] button.toggle');
if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.press('Enter');
await shot(portal, 'overlay', { store: 1 });
const second = await open(`${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html?page=2`);
await second.waitForFunction((n) => document.querySelectorAll('[data-nhachan-status]').length === n, PAGE_LISTS.aList[1].length);

const welcome = session.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await open('/welcome.html'));
await welcome.setViewportSize({ width: 1280, height: 800 });
await shot(welcome, 'welcome', { store: 5, fullPage: true });

const popup = await open('/popup.html', { width: 380, height: 420 });
await shot(popup, 'popup');

// The letter from the overdue D02's badge, with its printed view.
const badge = portal.locator('tr', { hasText: '220505-0007' }).locator('[data-nhachan-badge] [role="button"]');
const [letter] = await Promise.all([session.context.waitForEvent('page'), badge.click()]);
await letter.setViewportSize({ width: 1280, height: 800 });
await letter.getByLabel('Lý do chậm trễ').fill('Cần kiểm tra hiện trạng công trình tại thực địa.');
await letter.locator('.printed-pages section.docx').first().waitFor({ timeout: 15_000 });
await shot(letter, 'letter-form');
await letter.locator('#printed-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
await shot(letter, 'letter-printed', { store: 2 });

const options = await open('/options.html#agency');
await options.locator('#agency').scrollIntoViewIfNeeded();
await shot(options, 'options-agency');
await options.locator('#morning').scrollIntoViewIfNeeded();
await shot(options, 'options-morning');

for (const [tab, store] of [
  ['dossiers', undefined],
  ['morning', undefined],
  ['report', 3],
  ['stats', undefined],
  ['quality', 4],
  ['export', undefined],
  ['backup', undefined],
  ['templates', undefined],
] as const) {
  const page = await open(`/records.html#${tab}`);
  await page.waitForTimeout(1200);
  await shot(page, `records-${tab}`, store === undefined ? {} : { store });
  await page.close();
}

await session.close();
console.log(written.join('\n'));
