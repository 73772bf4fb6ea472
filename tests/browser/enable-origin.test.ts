import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES_AS_OF, launch, setSettings } from '../../scripts/chromium';
import { PAGE_LISTS } from '../fixtures/portal/dataset';
import { rowFlags, waitForFlags } from './util';
import { startDisplay, type Display } from './xvfb';

/** A portal whose host the manifest does not know: the officer turns Nhắc Hạn on for it. */
const NEW_PORTAL = 'https://motcua.gialai.gov.vn';
const LIST = `${NEW_PORTAL}/fixtures/a/danh-sach-ho-so.html`;

let display: Display;
let profile: string;
beforeAll(async () => {
  display = await startDisplay();
  profile = mkdtempSync(join(tmpdir(), 'nhac-han-enable-'));
});
afterAll(() => {
  display?.stop();
  rmSync(profile, { recursive: true, force: true });
});

it('the popup turns the overlay on for a new portal origin, and it stays on after a restart', async () => {
  const first = await launch({ display: display.name, userDataDir: profile, extraOrigins: [NEW_PORTAL] });
  try {
    await setSettings(first, { asOf: FIXTURES_AS_OF });
    const portal = first.context.pages()[0] ?? (await first.context.newPage());
    await portal.goto(LIST);
    await portal.waitForTimeout(1500);
    expect(await portal.locator('[data-nhachan-status]').count()).toBe(0); // not a known portal

    // The harness grants the host permission as the officer would: the browser asks, Tab Return allows.
    const page = await first.context.newPage();
    await page.goto(`chrome-extension://${first.extensionId}/popup.html`);
    await page.evaluate((pattern) => {
      document.addEventListener(
        'click',
        () => void (globalThis as unknown as { chrome: { permissions: { request(p: object): Promise<boolean> } } }).chrome.permissions.request({ origins: [pattern] }),
        { once: true },
      );
    }, `${NEW_PORTAL}/*`);
    await page.mouse.click(5, 5);
    await page.waitForTimeout(1200);
    display.keys('Tab', 'Return');
    await expect
      .poll(() =>
        first.worker!.evaluate((pattern) => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: [pattern] }), `${NEW_PORTAL}/*`),
      )
      .toBe(true);
    await page.close();

    // The real popup over the portal tab: its one primary button has the focus, Return presses it.
    // A loaded machine may show the popup late, so it is opened again until the press took effect.
    const enabled = () =>
      first.worker!.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { portalOrigins?: string[] } | undefined>> } } } }).chrome;
        return (await api.storage.local.get('settings')).settings?.portalOrigins ?? [];
      });
    await portal.bringToFront();
    for (let attempt = 0; attempt < 4 && !(await enabled()).includes(NEW_PORTAL); attempt++) {
      await first.worker!.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup().catch(() => undefined),
      );
      await portal.waitForTimeout(1500 + attempt * 1000);
      display.keys('Return');
      await portal.waitForTimeout(1500);
    }
    expect(await enabled()).toEqual([NEW_PORTAL]);
    await waitForFlags(portal, PAGE_LISTS.aList[0].length);
    expect((await rowFlags(portal)).map((f) => f.key)).toEqual(PAGE_LISTS.aList[0]);
  } finally {
    await first.close({ keepProfile: true });
  }

  const second = await launch({ display: display.name, userDataDir: profile, extraOrigins: [NEW_PORTAL] });
  try {
    const portal = await second.context.newPage();
    await portal.goto(LIST);
    await waitForFlags(portal, PAGE_LISTS.aList[0].length);
    const settings = await second.worker!.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { portalOrigins: string[] }>> } } } }).chrome.storage.local.get('settings')).settings,
    );
    expect(settings?.portalOrigins).toEqual([NEW_PORTAL]);
  } finally {
    await second.close({ keepProfile: true });
  }
});
