import { describe, expect, it } from 'vitest';
import { dossier, FIXTURE_NOW, PAGE_LISTS } from '../../fixtures/portal/dataset';
import { getPage, keyOfCode, text } from './helpers';

function listKeys(doc: Document): (string | undefined)[] {
  return [...doc.querySelectorAll('table.adminlist tbody tr')].map((row) => keyOfCode(row.querySelector('td:nth-child(3) a')?.textContent));
}

function detailValues(doc: Document): Map<string, string> {
  return new Map(
    [...doc.querySelectorAll('table.detail tr')].map((row) => [text(row.querySelector('td.label')), text(row.querySelector('td.value'))]),
  );
}

describe('fixture A: server-rendered list', () => {
  it.each([
    ['/fixtures/a/danh-sach-ho-so.html', 0],
    ['/fixtures/a/danh-sach-ho-so.html?page=1', 0],
    ['/fixtures/a/danh-sach-ho-so.html?page=2', 1],
  ] as const)('%s shows its page of dossiers, newest receipt first', async (path, page) => {
    const { response, doc } = await getPage(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(listKeys(doc)).toEqual(PAGE_LISTS.aList[page]);
    expect(doc.querySelector('meta[name="fixture-now"]')?.getAttribute('content')).toBe(FIXTURE_NOW);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('has the R3 header row with a leading check-all box and a page select', async () => {
    const { doc } = await getPage('/fixtures/a/danh-sach-ho-so.html');
    const headers = [...doc.querySelectorAll('table.adminlist thead th')].map(text);
    expect(headers).toEqual(['', '#', 'Mã hồ sơ', 'Tên thủ tục', 'Chủ hồ sơ', 'Địa chỉ', 'Ngày giờ tiếp nhận', 'Ngày giờ hẹn trả', 'Đơn vị xử lý', 'Trạng thái', 'Thao tác']);
    expect(doc.querySelector('thead th input[name="chk_check_all"]')).not.toBeNull();
    expect(doc.querySelectorAll('select[name="sel_goto_page"] option')).toHaveLength(2);
    expect(doc.querySelector('form#frmMain')?.getAttribute('method')).toBe('POST');
  });

  it('prints the R3 quirks: old codes, a half-day due window with a countdown, a split receipt time', async () => {
    const { doc } = await getPage('/fixtures/a/danh-sach-ho-so.html');
    const row = (key: string) => doc.querySelector(`tbody a[href="chi-tiet.html?id=${key}"]`)?.closest('tr');
    expect(text(row('D01')?.querySelector('td:nth-child(3)'))).toBe(dossier('D01').oldCode);
    expect(row('D02')?.querySelector('td:nth-child(8)')?.innerHTML).toBe(
      '17-05-2022<br>Từ 13:30 đến 16:00<br><span class="days-remain overdue">(Đã quá hạn 3 ngày)</span>',
    );
    expect(row('D09')?.querySelector('td:nth-child(7)')?.innerHTML).toBe('16-05-2022<br>09:00:00');
    expect(text(row('D01')?.querySelector('td:nth-child(8)'))).toBe('20/05/2022 17:00');
    expect(text(row('D06')?.querySelector('td:nth-child(10)'))).toBe('Yêu cầu bổ sung giấy tờ');
  });

  it('prints D04 as returned with its return day on page 2', async () => {
    const { doc } = await getPage('/fixtures/a/danh-sach-ho-so.html?page=2');
    const status = doc.querySelector('tbody a[href="chi-tiet.html?id=D04"]')?.closest('tr')?.querySelector('td:nth-child(10)');
    expect(status?.innerHTML).toBe('Đã trả kết quả<br>Ngày trả <b>11/05/2022</b>');
  });

  it('answers a form post page number outside 1–2 with 404', async () => {
    const { response } = await getPage('/fixtures/a/danh-sach-ho-so.html?page=3');
    expect(response.status).toBe(404);
  });
});

describe('fixture A: DataGrid mode', () => {
  it('has no thead, a td header row, three overdue dossiers and a postback pager row', async () => {
    const { response, doc } = await getPage('/fixtures/a/danh-sach-ho-so.html?mode=datagrid');
    expect(response.status).toBe(200);
    const grid = doc.querySelector('table#dgdDanhSach.QH_DataGrid');
    expect(grid?.querySelector('thead')).toBeNull();
    expect(grid?.querySelector('th')).toBeNull();
    const rows = [...(grid?.querySelectorAll('tr') ?? [])];
    expect(rows[0]?.className).toBe('QH_DatagridHeader');
    expect([...(rows[0]?.querySelectorAll('td') ?? [])].map(text)).toEqual([
      'STT', 'Số biên nhận', 'Người nộp', 'Địa chỉ', 'Ngày nhận', 'Ngày hẹn trả', 'Số ngày quá hạn', 'Tình trạng trễ hạn',
    ]);
    const items = rows.slice(1, -1);
    expect(items.map((row) => keyOfCode(row.querySelector('td:nth-child(2) a')?.textContent))).toEqual(PAGE_LISTS.aDatagrid[0]);
    const pager = rows.at(-1);
    expect(pager?.className).toBe('QH_ActivePage');
    expect(pager?.querySelector('td')?.getAttribute('colspan')).toBe('8');
    expect(pager?.querySelector('a')?.getAttribute('href')).toContain('__doPostBack');
  });
});

describe('fixture A: detail page', () => {
  it.each(['D01', 'D02', 'D06', 'D11'] as const)('chi-tiet.html?id=%s holds every apology-letter field', async (key) => {
    const { response, doc } = await getPage(`/fixtures/a/chi-tiet.html?id=${key}`);
    expect(response.status).toBe(200);
    const record = dossier(key);
    const values = detailValues(doc);
    expect(values.get('Mã hồ sơ:')).toBe(record.oldCode);
    expect(values.get('Tên thủ tục:')).toBe(record.procedure);
    expect(values.get('Chủ hồ sơ:')).toBe(record.applicant);
    expect(values.get('Số CMND/CCCD:')).toBe(record.identityNumber);
    expect(values.get('Địa chỉ:')).toBe(record.address);
    expect(values.get('Số điện thoại:')).toBe(record.phone);
    expect(values.get('Trạng thái:')).toBe(record.statusText);
    expect(values.get('Cơ quan chủ trì giải quyết:')).toContain(record.agency);
    expect(values.get('Lý do:')).toBe(record.reason);
    expect(doc.querySelectorAll('h3 + table thead th')).toHaveLength(5);
  });

  it('prints D01 dates and duration as the spec shows them', async () => {
    const { doc } = await getPage('/fixtures/a/chi-tiet.html?id=D01');
    const values = detailValues(doc);
    expect(values.get('Ngày giờ tiếp nhận:')).toBe('13/05/2022 09:15');
    expect(values.get('Ngày giờ hẹn trả:')).toBe('20/05/2022 17:00');
    expect(values.get('Thời hạn giải quyết:')).toBe('05 ngày làm việc');
    expect(values.get('Đơn vị tiếp nhận:')).toBe('Bộ phận tiếp nhận huyện Đức Cơ');
    expect(values.get('Cơ quan chủ trì giải quyết:')).toBe('Phòng Tài chính - Kế hoạch huyện Đức Cơ');
  });

  it.each(['', '?id=D13', '?id=D1', '?id=../D01'])('answers chi-tiet.html%s with 404', async (query) => {
    const { response } = await getPage(`/fixtures/a/chi-tiet.html${query}`);
    expect(response.status).toBe(404);
  });
});

describe('fixture A: pages without a dossier list', () => {
  it('trang-chu.html is a dashboard with layout tables and menus, but no dossier code', async () => {
    const { response, doc } = await getPage('/fixtures/a/trang-chu.html');
    expect(response.status).toBe(200);
    expect(doc.querySelector('table.layout')).not.toBeNull();
    expect(doc.body.textContent).not.toMatch(/H21-\d{6}-\d{4}|H21\.57\.\d{2}-\d{6}/);
  });

  it('host-behaviour.html has its own handlers, an autofocus input and A’s table', async () => {
    const { doc } = await getPage('/fixtures/a/host-behaviour.html');
    expect(doc.querySelector('input#txt_record_no[autofocus]')).not.toBeNull();
    expect(doc.querySelector('script')?.textContent).toContain('hostEvents');
    expect(listKeys(doc)).toEqual(PAGE_LISTS.hostBehaviour[0]);
  });
});
