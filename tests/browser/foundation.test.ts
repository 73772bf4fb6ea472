import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, EXTENSION_DIR, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { DEMO_PAGES } from '../../scripts/demo-pages';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { PAGE_LISTS } from '../fixtures/portal/dataset';
import { rowFlags, waitForFlags } from './util';

const LIST_A = `${DEMO_ORIGIN}/fixtures/a/danh-sach-ho-so.html`;

describe('the built extension in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await setSettings(session, { asOf: FIXTURES_AS_OF });
  });
  afterAll(() => session?.close());

  it('loads its service worker, which answers', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'ping' }),
    );
    expect(reply.ok).toBe(true);
    await page.close();
  });

  it('runs its content script on a portal URL and flags the rows with the background’s settings', async () => {
    const page = await session.context.newPage();
    await page.goto(LIST_A);
    await waitForFlags(page, PAGE_LISTS.aList[0].length);
    const flags = await rowFlags(page);
    expect(flags.map((f) => f.key)).toEqual(PAGE_LISTS.aList[0]);
    await page.close();
  });

  it('makes no network request of its own during a demo run', async () => {
    session.requests.length = 0;
    const page = await session.context.newPage();
    for (const demo of DEMO_PAGES) {
      await page.goto(`${DEMO_ORIGIN}${demo.path}`);
      await page.waitForSelector('[data-nhachan-status]', { timeout: 15_000 });
    }
    await page.close();
    const foreign = session.requests.filter(
      (url) => !url.startsWith(`${DEMO_ORIGIN}/`) && !url.startsWith('chrome-extension://'),
    );
    expect(session.requests.length).toBeGreaterThan(DEMO_PAGES.length);
    expect(foreign).toEqual([]);
  });
});

describe('without the extension', () => {
  it('the same page carries no flags, so the checks above prove the extension ran', async () => {
    const session = await launch({ extension: false });
    try {
      const page = await session.context.newPage();
      await page.goto(LIST_A);
      await page.waitForLoadState('load');
      await page.waitForTimeout(1500);
      expect(await page.locator('[data-nhachan-status]').count()).toBe(0);
      expect(await rowFlags(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    manifest_version: number;
    permissions: string[];
    host_permissions: string[];
    optional_host_permissions: string[];
    optional_permissions: string[];
    icons: Record<string, string>;
    content_scripts: { matches: string[]; all_frames: boolean }[];
  };

  it('asks for the narrowest permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage', 'unlimitedStorage']);
    // Notifications only when the officer turns the morning reminder on.
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // An extension page named like a browser page (history, newtab, bookmarks) would replace it.
    expect(manifest).not.toHaveProperty('chrome_url_overrides');
    expect([...manifest.host_permissions].sort()).toEqual([...KNOWN_PORTAL_MATCHES].sort());
    for (const pattern of manifest.host_permissions) expect(pattern).not.toMatch(/^\*:|^https?:\/\/\*\/|^https?:\/\/\*$/);
    expect([...(manifest.content_scripts[0]?.matches ?? [])].sort()).toEqual([...KNOWN_PORTAL_MATCHES].sort());
    expect(manifest.content_scripts[0]?.all_frames).toBe(true);
  });
});
