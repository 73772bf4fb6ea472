/**
 * Blind field test: pages imitating grid libraries that Vietnamese one-stop systems run, written from
 * the libraries' public code before the reader was run on them (sources in each page's comment), plus
 * one page that holds no dossier list.
 *
 * Rows read right (code, applicant, received, due and status all right), reader of main at 263721d →
 * after the fixes of this branch:
 *   devextreme-grid    0/12 → 12/12  (header and body tables apart, group rows)
 *   element-table-fixed 12/12 → 12/12  (but its pinned-column copies were two more, empty, lists)
 *   primefaces-reflow  0/12 → 12/12  (the column label repeated inside each cell)
 *   jqgrid             0/12 → 12/12  (header and body tables apart)
 *   telerik-radgrid    6/12 → 12/12  (vi-VN "SA"/"CH" 12-hour times; group header rows)
 *   bootstrap-table   12/12 → 12/12  (but its fixed-header clone was a second, empty, list)
 *   devextreme-fixed   0/12 → 12/12  (each view's table drawn again over itself to pin columns)
 *   total             30/84 → 84/84; not-a-list left alone before and after.
 */
import { describe, expect, it } from 'vitest';
import { locateDossierLists, readDossierList } from '../../../lib/portal';
import { FIELD_DATASET, type FieldKey } from '../../fixtures/reader/field-dataset';
import { loadPage, pageFromHtml } from './load';

const PAGES = ['bootstrap-table.html', 'devextreme-grid.html', 'devextreme-fixed.html', 'element-table-fixed.html', 'primefaces-reflow.html', 'jqgrid.html', 'telerik-radgrid.html'];
const KEYS = Object.keys(FIELD_DATASET) as FieldKey[];
const FIELDS = ['code', 'applicant', 'receivedAt', 'dueAt', 'status'] as const;

describe.each(PAGES)('field page %s', (page) => {
  const result = readDossierList(loadPage(`reader/${page}`));

  it('finds one list of the twelve dossiers and nothing else', () => {
    expect(result.lists).toHaveLength(1);
    expect(result.lists[0]?.rows.map((r) => r.key).sort()).toEqual(KEYS.map((k) => FIELD_DATASET[k].code).sort());
  });

  it.each(KEYS)('reads %s field by field', (key) => {
    const expected = FIELD_DATASET[key];
    const got = result.dossiers.find((d) => d.code === expected.code);
    for (const field of FIELDS) expect({ field, value: got?.[field] }).toEqual({ field, value: expected[field] });
  });

  it('gives the overlay the twelve rows and, for each, the cell of its due date', () => {
    const [view] = locateDossierLists(loadPage(`reader/${page}`));
    // rowElements is structural (an empty sizing or free-space row is walked too); readRow says
    // which rows hold a dossier.
    const reads = [...view!.rowElements()].map((row) => view!.readRow(row)).filter((r) => r !== undefined);
    expect(reads).toHaveLength(12);
    for (const r of reads) {
      const [y, m, d] = (r.dossier?.dueAt ?? '').slice(0, 10).split('-');
      expect(view!.dueCell(r.row)?.textContent).toMatch(new RegExp(`${d}[/-]${m}[/-]${y}`));
    }
  });
});

describe('field pages: where the list is and what else is read', () => {
  it('split tables are one list whose element holds both (DevExtreme grid, jqGrid view)', () => {
    const dx = readDossierList(loadPage('reader/devextreme-grid.html'));
    expect(dx.lists[0]?.element.classList.contains('dx-datagrid')).toBe(true);
    const pinned = readDossierList(loadPage('reader/devextreme-fixed.html'));
    expect(pinned.lists.map((l) => l.element.classList.contains('dx-datagrid'))).toEqual([true]);
    const jq = readDossierList(loadPage('reader/jqgrid.html'));
    expect(jq.lists[0]?.element.classList.contains('ui-jqgrid-view')).toBe(true);
  });

  it('bootstrap-table: the list is the table with the rows, not its fixed-header clone', () => {
    const { lists } = readDossierList(loadPage('reader/bootstrap-table.html'));
    expect(lists.map((l) => l.element.id)).toEqual(['tblHoSo']);
  });

  it('Element UI: the list is the widget, its pinned-column copies are not lists', () => {
    const { lists } = readDossierList(loadPage('reader/element-table-fixed.html'));
    expect(lists.map((l) => l.element.classList.contains('el-table'))).toEqual([true]);
  });

  it('PrimeFaces reflow: no value starts with its column label', () => {
    const { dossiers } = readDossierList(loadPage('reader/primefaces-reflow.html'));
    expect(dossiers[0]?.procedure).toBe('Cấp giấy chứng nhận quyền sử dụng đất lần đầu');
    expect(dossiers[0]?.agency).toBe('Chi nhánh Văn phòng Đăng ký đất đai');
    expect(dossiers[0]?.statusText).toBe('Đang thụ lý');
    expect(dossiers[0]?.detailUrl).toBe('https://motcua.example.gov.vn/motcua/hoso/chitiet.xhtml?id=01');
  });
});

describe('two tables are paired only when the second holds data under the first one\'s header', () => {
  it('a search form laid out as an all-<th> table does not take over the DataGrid after it', () => {
    // Ninh Kiều's asp:DataGrid (portal.md S13): its header is a first row of <td>s, as wide as the form.
    const doc = pageFromHtml(`<table class="search"><tr><th>Từ ngày</th><th>Đến ngày</th><th>Lĩnh vực</th><th>Trạng thái</th></tr></table>
      <table id="dgdDanhSach"><tr class="QH_DatagridHeader"><td>Số biên nhận</td><td>Người nộp</td><td>Ngày hẹn trả</td><td>Trạng thái</td></tr>
      <tr><td>H21.57.14-240603-0007</td><td>Nguyễn Văn Thử</td><td>28/06/2024</td><td>Đang xử lý</td></tr>
      <tr><td>H21.57.14-240604-0008</td><td>Trần Thị Mẫu</td><td>01/07/2024</td><td>Chờ bổ sung</td></tr></table>`);
    const { lists, dossiers } = readDossierList(doc);
    expect(lists.map((l) => l.element.id)).toEqual(['dgdDanhSach']);
    expect(dossiers.map((d) => [d.applicant, d.dueAt, d.status])).toEqual([
      ['Nguyễn Văn Thử', '2024-06-28T17:00', 'processing'],
      ['Trần Thị Mẫu', '2024-07-01T17:00', 'waiting-additions'],
    ]);
  });
});

describe('a page without a dossier list', () => {
  it('is left alone: a procedure and fee table and a duty roster are not lists', () => {
    const doc = loadPage('reader/not-a-list.html');
    const { lists, dossiers } = readDossierList(doc);
    expect(lists).toHaveLength(0);
    expect(dossiers).toHaveLength(0);
    expect(locateDossierLists(doc)).toHaveLength(0);
  });
});
