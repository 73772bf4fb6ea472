import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings, type Session } from '../../scripts/chromium';
import { DEMO_PAGES } from '../../scripts/demo-pages';

/**
 * Where a badge sits, measured in the real browser on every demo variant at the two screen widths
 * officers use: inside its own row and its own cell's column, never cut by an ancestor's overflow,
 * never over another badge, readable; and the portal's own columns, row text and row heights kept
 * (beside the same page loaded without the extension).
 */
const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface RowShape {
  text: string;
  height: number;
  cells: number[];
}

interface BadgeFacts {
  row: string;
  badge: Box;
  rowBox: Box;
  cell: Box;
  clippers: { what: string; box: Box }[];
  truncated: boolean;
  text: string;
  fontSize: number;
  contrast: number;
  /** The host's outer height: the one line a badge may add to its row. */
  line: number;
}

/** The rows a page shows without the extension, found by their text (which the overlay must keep). */
async function bareRows(page: Page): Promise<RowShape[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('tr, mat-row, [role="row"]')].map((row) => ({
      text: row.textContent ?? '',
      height: row.getBoundingClientRect().height,
      cells: [...row.children].map((c) => c.getBoundingClientRect().width),
    })),
  );
}

async function flaggedRows(page: Page): Promise<RowShape[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-nhachan-status]')].map((row) => ({
      text: row.textContent ?? '',
      height: row.getBoundingClientRect().height,
      cells: [...row.children].filter((c) => !c.hasAttribute('data-nhachan-badge')).map((c) => c.getBoundingClientRect().width),
    })),
  );
}

async function badgeFacts(page: Page): Promise<BadgeFacts[]> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const contrast = (a: string, b: string) => {
      const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const CELL = 'td,th,[role="cell"],[role="gridcell"],mat-cell,.mat-cell';
    return [...document.querySelectorAll('[data-nhachan-badge]')].map((host) => {
      const label = (host.shadowRoot?.querySelector('[part="label"]') ?? host.shadowRoot?.firstElementChild ?? host) as HTMLElement;
      const row = host.closest('[data-nhachan-status]')!;
      const cell = host.parentElement!.closest(CELL) ?? host.parentElement!;
      const clippers: { what: string; box: Box }[] = [];
      for (let el: Element | null = host.parentElement; el && el !== document.documentElement; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|strict|content/.test(s.contain)) {
          const r = el.getBoundingClientRect();
          // The padding box clips: the border box less the borders.
          clippers.push({
            what: `${el.tagName.toLowerCase()}.${el.className}`,
            box: {
              left: r.left + el.clientLeft,
              top: r.top + el.clientTop,
              right: r.left + el.clientLeft + el.clientWidth,
              bottom: r.top + el.clientTop + el.clientHeight,
            },
          });
        }
      }
      const style = getComputedStyle(label);
      return {
        row: (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50),
        badge: box(label.getBoundingClientRect()),
        rowBox: box(row.getBoundingClientRect()),
        cell: box(cell.getBoundingClientRect()),
        clippers,
        truncated: label.scrollWidth > label.clientWidth + 1,
        text: label.textContent ?? '',
        fontSize: parseFloat(style.fontSize),
        contrast: contrast(style.color, style.backgroundColor),
        line: host.getBoundingClientRect().height + parseFloat(getComputedStyle(host).marginTop) + parseFloat(getComputedStyle(host).marginBottom),
      };
    });
  });
}

const within = (inner: Box, outer: Box, slack = 0.5) =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('badge geometry on every demo variant', () => {
  let withExtension: Session;
  let without: Session;
  let page: Page;
  let bare: Page;
  beforeAll(async () => {
    [withExtension, without] = await Promise.all([launch(), launch({ extension: false })]);
    await setSettings(withExtension, { asOf: FIXTURES_AS_OF });
    page = await withExtension.context.newPage();
    bare = await without.context.newPage();
  });
  afterAll(async () => {
    await withExtension?.close();
    await without?.close();
  });

  for (const size of WIDTHS) {
    for (const demo of DEMO_PAGES) {
      it(`${demo.title} at ${size.width}×${size.height}`, async () => {
        await Promise.all([page.setViewportSize(size), bare.setViewportSize(size)]);
        await Promise.all([page.goto(`${DEMO_ORIGIN}${demo.path}`), bare.goto(`${DEMO_ORIGIN}${demo.path}`)]);
        await page.waitForSelector('[data-nhachan-status]');
        // Every flagged row's badge: the demo lists are short enough to be near the viewport.
        await page.waitForFunction(
          () =>
            document.querySelectorAll('[data-nhachan-status]').length > 0 &&
            document.querySelectorAll('[data-nhachan-status] [data-nhachan-badge]').length ===
              document.querySelectorAll('[data-nhachan-status]').length,
        );
        await page.waitForTimeout(200);
        await bare.waitForTimeout(demo.id === 'b-spa' ? 1500 : 200);

        const facts = await badgeFacts(page);
        expect(facts.length).toBeGreaterThan(0);
        for (const f of facts) {
          const where = `${demo.id} @${size.width}: ${f.row}`;
          expect(within(f.badge, f.rowBox), `${where}: badge inside its row`).toBe(true);
          expect(f.badge.left >= f.cell.left - 0.5 && f.badge.right <= f.cell.right + 0.5, `${where}: badge inside its cell's column`).toBe(true);
          for (const c of f.clippers) expect(within(f.badge, c.box), `${where}: badge clipped by ${c.what}`).toBe(true);
          expect(f.truncated, `${where}: badge text cut (${f.text}, ${Math.round(f.badge.right - f.badge.left)} px in a ${Math.round(f.cell.right - f.cell.left)} px cell)`).toBe(false);
          expect(f.fontSize, where).toBeGreaterThanOrEqual(11);
          expect(f.fontSize, where).toBeLessThanOrEqual(12);
          expect(f.contrast, `${where}: contrast`).toBeGreaterThanOrEqual(4.5);
        }
        for (let i = 0; i < facts.length; i++) {
          for (let j = i + 1; j < facts.length; j++) {
            expect(overlap(facts[i]!.badge, facts[j]!.badge), `${demo.id}: badges of "${facts[i]!.row}" and "${facts[j]!.row}" overlap`).toBe(false);
          }
        }

        // The portal's own layout: same row text, columns within 2 px, a row at most one badge line taller.
        const badgeLine = Math.max(...facts.map((f) => f.line)) + 0.5;
        const before = await bareRows(bare);
        for (const row of await flaggedRows(page)) {
          const twin = before.find((r) => r.text === row.text);
          expect(twin, `${demo.id}: row text changed: ${row.text.slice(0, 60)}`).toBeDefined();
          expect(row.cells.length).toBe(twin!.cells.length);
          row.cells.forEach((w, i) => expect(Math.abs(w - twin!.cells[i]!), `${demo.id}: column ${i} width`).toBeLessThanOrEqual(2));
          expect(row.height - twin!.height, `${demo.id}: row growth`).toBeLessThanOrEqual(badgeLine);
        }
      });
    }
  }
});
