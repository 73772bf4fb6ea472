import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, type Session } from '../../scripts/chromium';

/**
 * Issue 16 item 8: two tabs uploading office templates at once once lost the first (each read the
 * stored templates, added its own and wrote the whole value back). Every write now runs under one
 * Web Lock (lib/documents/templates/lock.ts). Here a third extension page holds that lock while two
 * records tabs upload, so both uploads are in flight at once and must queue on the lock across pages;
 * once it is released, both templates are kept.
 */
/** The lock's name in lib/documents/templates/storage.ts (that module needs the extension to load). */
const LOCK = 'nhac-han:templates';
const UPLOADS = [
  { kind: 'apology-letter', file: resolve(EXTENSION_DIR, 'templates/apology-letter.docx') },
  { kind: 'explanation', file: resolve(EXTENSION_DIR, 'templates/explanation.docx') },
] as const;

/** How many requests for the templates lock wait behind the holder, as the browser's lock manager sees them. */
const waiting = (page: Page) =>
  page.evaluate(async (name) => ((await navigator.locks.query()).pending ?? []).filter((lock) => lock.name === name).length, LOCK);

describe('office templates uploaded from two records tabs at once', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  it('keeps both: the second write waits for the first under the one lock', async () => {
    const url = `chrome-extension://${session.extensionId}/records.html#templates`;
    const open = async () => {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.locator('#template-explanation').waitFor({ state: 'attached' });
      return page;
    };
    const [holder, first, second] = [await open(), await open(), await open()];

    await holder.evaluate((name) => {
      void navigator.locks.request(name, () => new Promise<void>((release) => ((window as unknown as { release: () => void }).release = release)));
    }, LOCK);
    await expect.poll(() => holder.evaluate(async (name) => ((await navigator.locks.query()).held ?? []).some((l) => l.name === name), LOCK)).toBe(true);

    await first.setInputFiles(`#template-${UPLOADS[0].kind}`, UPLOADS[0].file);
    await second.setInputFiles(`#template-${UPLOADS[1].kind}`, UPLOADS[1].file);
    // Both uploads have checked their file and now wait for the lock: neither has written.
    await expect.poll(() => waiting(holder), { timeout: 20_000 }).toBe(2);
    await holder.evaluate(() => (window as unknown as { release: () => void }).release());

    await first.getByText('Đã lưu mẫu apology-letter.docx').waitFor();
    await second.getByText('Đã lưu mẫu explanation.docx').waitFor();
    const stored = await session.worker!.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
      return Object.keys(((await api.storage.local.get('templates')).templates ?? {}) as object).sort();
    });
    expect(stored).toEqual(expect.arrayContaining(UPLOADS.map((u) => u.kind)));

    // A tab opened afterwards shows both as the office's own.
    const after = await open();
    for (const { kind, file } of UPLOADS) {
      await expect.poll(() => after.locator('.template-kind', { has: after.locator(`#template-${kind}`) }).innerText()).toContain(file.split('/').at(-1)!);
    }
    await Promise.all([holder, first, second, after].map((page) => page.close()));
  });
});
