import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../../lib/calendar';
import { OverlayController, type OverlayConfig } from '../../../lib/overlay/controller';
import { logUnreadOnce, unreadList } from '../../../lib/portal/unread';
import { FIXTURE_NOW_LOCAL } from '../../fixtures/portal/dataset';
import { loadPage, pageFromHtml } from '../portal/load';

/**
 * "A list that is not found logs once to the console with the reason" (issue 11 item 8), and the
 * panel then offers teaching: the reason is one of the page's problems.
 *
 * A list of received dossiers of the Ninh Kiều ASP.NET one-stop (portal.md S13: a DataGrid whose
 * header is its first row, "Người nộp · Địa chỉ · Ngày nhận"), whose receipt numbers are in the
 * district's own form under a header no vocabulary knows ("Số phiếu"), and no appointment column.
 */
const NO_CODE = `<table id="dgdDanhSach" class="QH_DataGrid" cellspacing="0" border="1">
  <tr class="QH_DatagridHeader"><td>STT</td><td>Số phiếu</td><td>Người nộp</td><td>Địa chỉ</td><td>Ngày nhận</td><td>Tình trạng</td></tr>
  <tr><td>1</td><td>125/TN</td><td>Nguyễn Văn Thử</td><td>Phường An Hòa</td><td>05/05/2022</td><td>Đang xử lý</td></tr>
  <tr><td>2</td><td>131/TN</td><td>Trần Thị Mẫu</td><td>Phường Cái Khế</td><td>06/05/2022</td><td>Đang xử lý</td></tr>
</table>`;
const config: OverlayConfig = { asOf: FIXTURE_NOW_LOCAL, dueSoonDays: 2, checkWindowDays: 3, calendar: createCalendar({}), language: 'vi' };

afterEach(() => vi.restoreAllMocks());

describe('a grid that looks like a dossier list but is not read as one', () => {
  it('says that no code column was found, naming the columns it did recognise', () => {
    const why = unreadList(pageFromHtml(NO_CODE));
    expect(why?.code).toBe('list-unread-no-code');
    expect(why?.params.fields).toMatch(/Ngày tiếp nhận/);
  });

  it('says that no date column was found where the codes are there (R3 hand-over slip)', () => {
    const why = unreadList(loadPage('reader/r3-handover-print.html'));
    expect(why).toEqual({ code: 'list-unread-no-date', level: 'warning', params: { fields: 'Mã hồ sơ' } });
  });

  it('stays silent on tables that are not dossier lists: a detail page, layout and statistics tables', () => {
    // Fixture A's detail: a label/value table and the processing history ("Cán bộ · Bước xử lý · Thời gian").
    expect(unreadList(loadPage('portal/a/chi-tiet/D01.html'))).toBeUndefined();
    expect(unreadList(pageFromHtml('<table><tr><td>Tên</td><td>Giá trị</td></tr><tr><td>a</td><td>b</td></tr></table>'))).toBeUndefined();
    expect(unreadList(loadPage('portal/a/trang-chu.html'))).toBeUndefined();
  });

  it('is not asked about a list the reader took', () => {
    const doc = loadPage('reader/kendo-grid.html');
    expect(unreadList(doc, [doc.querySelector('.k-grid')!])).toBeUndefined();
  });

  it('logs one line per page in Vietnamese and English, not one per pass', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = pageFromHtml(NO_CODE, 'https://motcua.example.gov.vn/qua-han');
    const why = unreadList(doc)!;
    logUnreadOnce(doc, why);
    logUnreadOnce(doc, why);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^\[Nhắc Hạn\] Trang có một bảng giống danh sách hồ sơ .*cột mã hồ sơ.* \/ A table on the page looks like a dossier list but has no dossier code column/);
    // Another page of the same tab (an SPA route) says it again.
    (doc.defaultView as unknown as { history: History }).history.pushState(null, '', '/qua-han?page=2');
    logUnreadOnce(doc, why);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('the overlay on a page whose list is not read', () => {
  it('puts the reason among the page’s problems (the panel shows it with the teach button) and logs it once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML = NO_CODE;
    const controller = new OverlayController(document, config, { onDossiers: vi.fn(), onDetail: vi.fn(), onState: vi.fn(), onDocument: vi.fn() });
    const first = controller.flush();
    controller.flush();
    controller.flush();
    expect(first.lists).toBe(0);
    expect(first.problems).toEqual([expect.stringMatching(/^Trang có một bảng giống danh sách hồ sơ nhưng không tìm thấy cột mã hồ sơ/)]);
    expect(warn.mock.calls.filter(([line]) => String(line).includes('giống danh sách hồ sơ'))).toHaveLength(1);
    controller.stop();
  });

  it('says nothing where the list is read', () => {
    document.body.innerHTML = NO_CODE.replace('Số phiếu', 'Số biên nhận');
    const controller = new OverlayController(document, config, { onDossiers: vi.fn(), onDetail: vi.fn(), onState: vi.fn(), onDocument: vi.fn() });
    const state = controller.flush();
    expect(state.lists).toBe(1);
    expect(state.problems.filter((p) => p.includes('giống danh sách'))).toEqual([]);
    controller.stop();
  });
});
