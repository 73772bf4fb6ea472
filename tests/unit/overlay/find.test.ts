import { describe, expect, it } from 'vitest';
import { looksLikeDossierGrid, mayShowDossiers } from '../../../lib/overlay/find';
import { unreadList } from '../../../lib/portal/unread';
import { loadPage, pageFromHtml } from '../portal/load';

/**
 * The loader's test decides whether a frame gets the overlay at all: a "no" on a page with dossiers
 * hides every flag, and on a portal the reader does not know it hides the teach button too. A page's
 * whole text runs its cells together ("1000.00.57.H21-…-0007Trần"), and its labels carry diacritics
 * the reader's cues do not.
 */
const LISTS = [
  'portal/a/danh-sach-ho-so-datagrid.html',
  'portal/a/danh-sach-ho-so.html',
  'portal/a/danh-sach-ho-so-p2.html',
  'portal/c/so-theo-doi.html',
  'portal/c/opencps.html',
  'reader/ag-grid-grouped.html',
  'reader/ag-grid-moved.html',
  'reader/antd-virtual.html',
  'reader/aria-grid.html',
  'reader/datatables-scroll.html',
  'reader/dojo-grid.html',
  'reader/element-table.html',
  'reader/igate-en.html',
  'reader/kendo-grid.html',
  'reader/opencps.html',
  'reader/r3-handover-print.html',
  'reader/r3-popup-list.html',
  'reader/several-tables.html',
  'reader/unlabelled-code.html',
  'reader/ninh-kieu-received.html',
];
const DETAILS = ['portal/c/theo-doi-ho-so/chi-tiet/D07.html', 'portal/a/chi-tiet/D01.html', 'reader/antd-modal-detail.html'];
/** Pages that are not dossier lists though they show dates, procedures and the word "hồ sơ". */
const NOT_LISTS = ['loader/fee-schedule.html', 'loader/work-calendar.html'];

describe('mayShowDossiers (the loader)', () => {
  it.each([...LISTS, ...DETAILS])('says yes on %s', (file) => {
    expect(mayShowDossiers(loadPage(file))).toBe(true);
  });

  it.each(NOT_LISTS)('says no on %s', (file) => {
    const doc = loadPage(file);
    expect(mayShowDossiers(doc)).toBe(false);
    expect(looksLikeDossierGrid(doc)).toBe(false);
  });

  it('finds a code in cells that run together, and a label written with diacritics', () => {
    expect(mayShowDossiers(pageFromHtml('<table><tr><td>1</td><td>000.00.57.H21-220505-0007</td><td>Trần</td></tr></table>'))).toBe(true);
    expect(mayShowDossiers(pageFromHtml('<table><tr><th>Số biên nhận</th><th>Người nộp</th></tr></table>'))).toBe(true);
    expect(mayShowDossiers(pageFromHtml('<dl><dt>Ngày hẹn trả</dt><dd></dd></dl>'))).toBe(true);
  });

  it('says no on a page without dossiers, and a cue inside another word is not a cue', () => {
    expect(mayShowDossiers(pageFromHtml('<p>Chào mừng, khen thưởng năm 2022: 15 tập thể.</p>'))).toBe(false);
    expect(mayShowDossiers(pageFromHtml('<p>Bảng tin: lịch tiếp công dân tuần này.</p>'))).toBe(false);
  });
});

/**
 * A list with neither a national-form code nor a code/appointment label (the Ninh Kiều DataGrid:
 * "Số phiếu · Người nộp · Ngày nhận", receipts "125/TN") gets the overlay by its look, so the panel
 * can offer "Chỉ cho Nhắc Hạn cột nào là gì" there.
 */
describe('looksLikeDossierGrid (a list in words the loader does not know)', () => {
  const NINH_KIEU = 'reader/ninh-kieu-received.html';

  it('takes the grid for a dossier list by its header and dated rows, and the overlay would offer teaching', () => {
    const doc = loadPage(NINH_KIEU);
    expect(looksLikeDossierGrid(doc)).toBe(true);
    expect(mayShowDossiers(doc)).toBe(true);
    expect(unreadList(doc)?.code).toBe('list-unread-no-code');
  });

  it('is what says yes there: without the header row, or without dated rows, the page is left alone', () => {
    const headless = loadPage(NINH_KIEU);
    headless.querySelector('.QH_DatagridHeader')!.remove();
    expect(mayShowDossiers(headless)).toBe(false);
    const undated = loadPage(NINH_KIEU);
    for (const row of [...undated.querySelectorAll('tr')].slice(2)) row.remove(); // the header and one row: one date
    expect(mayShowDossiers(undated)).toBe(false);
  });

  it('reads header cells of every kind: th, ARIA column headers, a first row of td', () => {
    const rows = '<tr><td>1</td><td>Nguyễn Văn Thử</td><td>05/05/2022</td></tr><tr><td>2</td><td>Trần Thị Mẫu</td><td>06/05/2022</td></tr>';
    expect(looksLikeDossierGrid(pageFromHtml(`<table><thead><tr><th>STT</th><th>Chủ hồ sơ</th><th>Ngày tiếp nhận</th></tr></thead><tbody>${rows}</tbody></table>`))).toBe(true);
    expect(
      looksLikeDossierGrid(
        pageFromHtml(`<div role="grid"><div role="row"><span role="columnheader">#</span><span role="columnheader">Applicant</span><span role="columnheader">Received date</span></div>
          <div role="row"><span role="gridcell">1</span><span role="gridcell">Nguyen Van Thu</span><span role="gridcell">2022-05-05</span></div></div>`),
      ),
    ).toBe(true);
  });

  it('wants two dossier fields of different kinds and a date among three or more columns', () => {
    const page = (...headers: string[]) =>
      pageFromHtml(`<table><tr>${headers.map((h) => `<td>${h}</td>`).join('')}</tr><tr><td>1</td><td>a</td><td>05/05/2022</td></tr><tr><td>2</td><td>b</td><td>06/05/2022</td></tr></table>`);
    // A staff list: one person-name field, a birth date.
    expect(looksLikeDossierGrid(page('STT', 'Họ và tên', 'Chức vụ', 'Ngày sinh'))).toBe(false);
    // A procedure catalogue: "Mã thủ tục" is no dossier code, nor, by the reader's veto, "Procedure code".
    expect(looksLikeDossierGrid(page('Mã thủ tục', 'Tên thủ tục', 'Ngày ban hành'))).toBe(false);
    expect(looksLikeDossierGrid(page('Procedure code', 'Procedure name', 'Issued date'))).toBe(false);
    // Two dossier fields but no date column.
    expect(looksLikeDossierGrid(page('STT', 'Thủ tục', 'Người nộp'))).toBe(false);
    // Two columns only.
    expect(looksLikeDossierGrid(page('Người nộp', 'Ngày nhận'))).toBe(false);
    expect(looksLikeDossierGrid(page('STT', 'Thủ tục', 'Ngày tiếp nhận'))).toBe(true);
  });
});
