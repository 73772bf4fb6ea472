import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import { alignCells, headerExtents, overlapColumns, sideBySide } from '../../../lib/portal/align';
import { READER_DATASET, type ReaderKey } from '../../fixtures/reader/dataset';
import { loadPage, pageFromHtml } from './load';

/**
 * happy-dom lays nothing out (every rectangle is empty), so the position path is driven here by a
 * stand-in layout: an element's box is its inline `left`/`width` in pixels, as AG Grid writes them.
 * The real layout is proven in Chromium (tests/browser/align.test.ts).
 */
function layOut(doc: Document): void {
  const proto = (doc.defaultView as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
  // happy-dom's element classes are shared by its windows: the stand-in is undone after each test.
  vi.spyOn(proto, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const left = Number.parseFloat(this.style.left);
    const width = Number.parseFloat(this.style.width);
    const ok = Number.isFinite(left) && Number.isFinite(width);
    const l = ok ? left : 0;
    const w = ok ? width : 0;
    return { left: l, right: l + w, width: w, x: l, y: 0, top: 0, bottom: 0, height: 0, toJSON: () => ({}) } as DOMRect;
  });
}
afterEach(() => vi.restoreAllMocks());

const KEYS = Object.keys(READER_DATASET) as ReaderKey[];
const FIELDS = ['procedure', 'applicant', 'receivedAt', 'dueAt', 'status'] as const;

describe('header columns on screen', () => {
  it('keeps the leaves of a two-row header, once each, left to right', () => {
    // "Ngày, tháng, năm" over "Nhận | Hẹn trả", a numbering row under everything.
    const boxes = [
      { left: 0, right: 100 }, { left: 100, right: 300 }, // Mã hồ sơ (rowspan 2), Ngày, tháng, năm (colspan 2)
      { left: 200, right: 300 }, { left: 100, right: 200 }, // Hẹn trả, Nhận (DOM order is not screen order)
      { left: 0, right: 100 }, { left: 100, right: 200 }, { left: 200, right: 300 }, // (1) (2) (3)
    ];
    expect(headerExtents(boxes, 3)).toEqual([{ left: 0, right: 100 }, { left: 100, right: 200 }, { left: 200, right: 300 }]);
    // Structure and screen disagree on the number of columns: the screen is not used.
    expect(headerExtents(boxes, 4)).toBeUndefined();
    // Nothing laid out.
    expect(headerExtents([{ left: 0, right: 0 }, { left: 0, right: 0 }], 2)).toBeUndefined();
  });

  it('puts each column on the box overlapping it most; boxes stacked one under another say nothing', () => {
    const columns = [{ left: 0, right: 100 }, { left: 100, right: 250 }, { left: 250, right: 400 }];
    expect(overlapColumns(columns, [{ left: 260, right: 400 }, { left: 0, right: 95 }, { left: 98, right: 255 }])).toEqual([1, 2, 0]);
    // A cell spanning two columns is under both; a column with no cell under it has none.
    expect(overlapColumns(columns, [{ left: 0, right: 250 }])).toEqual([0, 0, -1]);
    expect(sideBySide([{ left: 0, right: 100 }, { left: 100, right: 200 }])).toBe(true);
    expect(sideBySide([{ left: 0, right: 400 }, { left: 0, right: 400 }])).toBe(false);
  });

  it('takes a table row as wide as the header by order without reading any layout', () => {
    const doc = pageFromHtml('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>');
    const proto = (doc.defaultView as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
    let reads = 0;
    vi.spyOn(proto, 'getBoundingClientRect').mockImplementation(() => {
      reads++;
      throw new Error('no layout read expected');
    });
    const [header, row] = Array.from(doc.querySelectorAll('tr'));
    const cells = Array.from(row!.children);
    const cellOf = alignCells([header!], 2, (c, i) => c[i]);
    expect([cellOf(cells, 0), cellOf(cells, 1)]).toEqual(cells);
    expect(reads).toBe(0);
  });
});

describe('AG Grid whose cells are not in the header’s order (reader/ag-grid-moved.html)', () => {
  it.each(KEYS)('reads %s field by field from the cells under each header on screen', (key) => {
    const doc = loadPage('reader/ag-grid-moved.html');
    layOut(doc);
    const { lists, dossiers } = readDossierList(doc);
    expect(lists).toHaveLength(1);
    expect(dossiers.map((d) => d.code)).toEqual(KEYS.map((k) => READER_DATASET[k].code));
    const got = dossiers.find((d) => d.code === READER_DATASET[key].code);
    for (const field of FIELDS) expect({ field, value: got?.[field] }).toEqual({ field, value: READER_DATASET[key][field] });
    expect(got?.detailUrl).toMatch(/\/ho-so\/chi-tiet\/\d$/);
  });

  it('without a layout the cells are taken by order: the personal deadline is read as the appointment', () => {
    const { dossiers } = readDossierList(loadPage('reader/ag-grid-moved.html'));
    // R1's sixth cell in the DOM is "Hạn xử lý cá nhân" 08/11/2023 17:00, under "Ngày hẹn trả" by order.
    expect(dossiers.find((d) => d.code === READER_DATASET.R1.code)?.dueAt).not.toBe(READER_DATASET.R1.dueAt);
  });
});

describe('rows with a cell the header lacks, and a cell spanning two columns', () => {
  // An ARIA grid whose body rows begin with an expander the header row has no cell for.
  const html = `<div role="grid">
    <div role="row"><div role="columnheader" style="left:40px;width:200px">Mã hồ sơ</div><div role="columnheader" style="left:240px;width:150px">Ngày tiếp nhận</div><div role="columnheader" style="left:390px;width:150px">Ngày hẹn trả</div><div role="columnheader" style="left:540px;width:150px">Trạng thái</div></div>
    <div role="row"><div role="gridcell" style="left:0px;width:40px"><button aria-label="Mở rộng">+</button></div><div role="gridcell" style="left:40px;width:200px">H56.14-240823-0001</div><div role="gridcell" style="left:240px;width:150px">23/08/2024 14:05</div><div role="gridcell" style="left:390px;width:150px">26/08/2024 10:30</div><div role="gridcell" style="left:540px;width:150px">Đang xử lý</div></div>
    <div role="row"><div role="gridcell" style="left:0px;width:40px"><button aria-label="Mở rộng">+</button></div><div role="gridcell" style="left:40px;width:200px">H21.57-240519-0003</div><div role="gridcell" style="left:240px;width:300px">19/05/2024 07:45 – chờ hẹn trả</div><div role="gridcell" style="left:540px;width:150px">Mới đăng ký</div></div>
  </div>`;

  it('reads each field from the cell under its header', () => {
    const doc = pageFromHtml(html);
    layOut(doc);
    const { dossiers } = readDossierList(doc);
    expect(dossiers.map((d) => [d.code, d.receivedAt, d.dueAt ?? null, d.status])).toEqual([
      ['H56.14-240823-0001', '2024-08-23T14:05', '2024-08-26T10:30', 'processing'],
      // One cell under "Ngày tiếp nhận" and "Ngày hẹn trả": its date is read for both, as the page shows it.
      ['H21.57-240519-0003', '2024-05-19T07:45', '2024-05-19T07:45', 'new'],
    ]);
  });
});
