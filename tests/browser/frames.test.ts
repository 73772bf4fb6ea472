import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { DEMO_ORIGIN, launch, setSettings, type Session } from '../../scripts/chromium';
import { serveFixtures } from './util';

/**
 * A PHP list inside a same-origin frame (reader/r3-popup.html: R3's subModal popup loading its
 * list page into an iframe), in Chromium with the built extension: the loader runs in every frame
 * (all_frames), so the frame's own overlay flags the rows its document holds, once each. The reader
 * pages are served under the demo portal's origin by this test.
 */
const READER_PATH = '/reader/';

describe('a PHP list inside a same-origin frame', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    await serveFixtures(session.context, DEMO_ORIGIN, READER_PATH, 'tests/fixtures/reader');
    // Monday 20/05/2024 08:00: row 1 was due Friday, row 2 is due today, row 4 was returned on time.
    await setSettings(session, { asOf: '2024-05-20T08:00' });
    page = await session.context.newPage();
  });
  afterAll(() => session?.close());

  it('flags each row inside the frame, once, and nothing in the page around it', async () => {
    await page.goto(`${DEMO_ORIGIN}${READER_PATH}r3-popup.html`);
    const frame = page.frame({ name: 'popupFrame' }) as Frame;
    expect(frame).toBeTruthy();
    await frame.waitForFunction(() => document.querySelectorAll('[data-nhachan-status]').length === 4, undefined, { timeout: 15_000 });
    const flags = await frame.$$eval('tr[data-nhachan-status]', (rows) =>
      rows.map((r) => [r.getAttribute('data-item_id'), r.getAttribute('data-nhachan-status'), r.getAttribute('data-nhachan-days')]),
    );
    expect(flags.map(([id]) => id)).toEqual(['2101', '2102', '2103', '2104']);
    expect(flags[0]).toEqual(['2101', 'overdue', '-1']);
    expect(flags[1]).toEqual(['2102', 'due-today', '0']);
    expect(flags[3]?.[1]).toBe('done-on-time');
    // One badge per open or finished row, none twice (the top page does not read into its frame as well).
    await expect.poll(() => frame.$$eval('[data-nhachan-badge]', (b) => b.length)).toBe(4);
    expect(await page.$$eval('[data-nhachan-status]', (r) => r.length)).toBe(0);
  });
});
