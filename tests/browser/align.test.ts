import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, launch, setSettings, type Session } from '../../scripts/chromium';
import { serveFixtures } from './util';
import { READER_DATASET } from '../fixtures/reader/dataset';

/**
 * Cells placed under their header by their place on screen, in a real Chromium with the built
 * extension (happy-dom lays nothing out). The reader pages are served under the demo portal's origin
 * by this test (the demo server serves only the demo portal's own folder).
 */
const READER_PATH = '/reader/';
const readerUrl = (file: string) => `${DEMO_ORIGIN}${READER_PATH}${file}`;

interface Flag {
  code: string;
  status: string;
  days: string | null;
}

async function flags(page: Page): Promise<Flag[]> {
  const codes = Object.values(READER_DATASET).map((r) => r.code);
  const raw = await page.$$eval('[data-nhachan-status]', (rows) =>
    rows.map((row) => ({ text: row.textContent ?? '', status: row.getAttribute('data-nhachan-status') ?? '', days: row.getAttribute('data-nhachan-days') })),
  );
  return raw.map((r) => ({ code: codes.find((c) => r.text.includes(c)) ?? r.text.slice(0, 60), status: r.status, days: r.days }));
}

describe('AG Grid in Chromium: cells placed on screen (reader/ag-grid-moved.html) and grouped rows (reader/ag-grid-grouped.html)', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    // Routes registered later are tried first: the reader pages, then the demo portal.
    await serveFixtures(session.context, DEMO_ORIGIN, READER_PATH, 'tests/fixtures/reader');
    // R1 and R2 are still open on this day: R1 long overdue, R2 waiting for additions.
    await setSettings(session, { asOf: '2024-05-20T08:00' });
    page = await session.context.newPage();
  });
  afterAll(() => session?.close());

  it('flags every row as the same dossiers in a plainly structured grid (Kendo) are flagged', async () => {
    await page.goto(readerUrl('kendo-grid.html'));
    await page.waitForFunction(() => document.querySelectorAll('[data-nhachan-status]').length === 4, undefined, { timeout: 15_000 });
    const plain = await flags(page);
    expect(plain.map((f) => f.code)).toEqual(Object.values(READER_DATASET).map((r) => r.code));
    expect(plain[0]).toMatchObject({ status: 'overdue' });

    await page.goto(readerUrl('ag-grid-moved.html'));
    await page.waitForFunction(() => document.querySelectorAll('[data-nhachan-status]').length === 4, undefined, { timeout: 15_000 });
    // The cells really are out of the header's order in the DOM, and really placed by `left`.
    const placed = await page.$$eval('.ag-row:first-child .ag-cell', (cells) => cells.map((c) => [c.getAttribute('col-id'), Math.round(c.getBoundingClientRect().left)]));
    expect(placed.map(([id]) => id)).toEqual(['maHoSo', 'tenThuTuc', 'nguoiNop', 'ngayNhan', 'ngayHenTra', 'hanXuLyCaNhan', 'trangThai']);
    expect(placed.map(([, left]) => left)).not.toEqual([...placed.map(([, left]) => left)].sort((a, b) => Number(a) - Number(b)));
    // Read by order, R1's appointment would be its personal deadline two working days earlier.
    expect(await flags(page)).toEqual(plain);

    // The same grid with its rows grouped by a column is a treegrid, with group rows of its own: flagged alike.
    await page.goto(readerUrl('ag-grid-grouped.html'));
    await page.waitForFunction(() => document.querySelectorAll('[data-nhachan-status]').length === 4, undefined, { timeout: 15_000 });
    expect(await flags(page)).toEqual(plain);
  });
});
