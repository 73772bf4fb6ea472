import { describe, expect, it } from 'vitest';
import { dossier, FIXTURE_NOW, PAGE_LISTS } from '../../fixtures/portal/dataset';
import { get, getJson, getPage, keyOfCode, text } from './helpers';

type Item = Record<string, any>;

describe('fixture C1: composite-cell list', () => {
  it('serves a React-style shell with an empty root and its script', async () => {
    const { response, doc } = await getPage('/fixtures/c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html');
    expect(response.status).toBe(200);
    expect(doc.querySelector('meta[name="fixture-now"]')?.getAttribute('content')).toBe(FIXTURE_NOW);
    expect(doc.querySelector('#root')?.children).toHaveLength(0);
    expect(doc.querySelector('script[src="../static/js/main.js"]')).not.toBeNull();
    const script = await get('/fixtures/c/static/js/main.js');
    expect(script.status).toBe(200);
    expect(script.body.toString('utf8')).toContain("'../api/v1/hoso/search-theo-doi'");
  });

  it.each([1, 2])('the search API pages 10 per page, newest first (page %i)', async (page) => {
    const { json } = await getJson(`/fixtures/c/api/v1/hoso/search-theo-doi?pageNumber=${page}&pageSize=10`);
    expect((json.data as Item[]).map((item) => keyOfCode(item.maHoSo as string))).toEqual(PAGE_LISTS.c1[page - 1]);
    expect(json).toMatchObject({ succeeded: true, totalCount: 13, totalPages: 2, currentPage: page, pageSize: 10 });
  });

  it('gives the rows the cell variations need', async () => {
    const { json } = await getJson('/fixtures/c/api/v1/hoso/search-theo-doi?pageNumber=1&pageSize=20');
    const byKey = new Map((json.data as Item[]).map((item) => [item.id as string, item]));
    expect(byKey.get('D13')).toMatchObject({ trangThaiHoSoId: '1', ngayNopHoSo: '2022-05-19T21:10:00', ngayHenTra: null, ngayTiepNhan: null });
    expect(byKey.get('D05')?.kenhThucHien).toBe('2');
    expect(byKey.get('D03')?.kieuHienThiHenTra).toBe('han-xu-ly');
    expect(byKey.get('D12')?.kieuHienThiHenTra).toBe('gio-truoc');
    expect(byKey.get('D02')).toMatchObject({ ngayHenTra: '2022-05-17T16:00:00', soNgayConLai: -3, soGiayToChuHoSo: '064000000002' });
    expect(byKey.get('D03')?.soNgayConLai).toBe(2);
    expect(byKey.get('D06')?.soNgayConLai).toBeNull();
  });

  it.each(['D02', 'D13'] as const)('chi-tiet.html?id=%s holds the detail in disabled inputs', async (key) => {
    const { response, doc } = await getPage(`/fixtures/c/theo-doi-ho-so/chi-tiet.html?id=${key}`);
    expect(response.status).toBe(200);
    const record = dossier(key);
    const values = new Map(
      [...doc.querySelectorAll('.detail-form .ant-form-item')].map((item) => {
        const control = item.querySelector('input, textarea') as HTMLInputElement | null;
        return [text(item.querySelector('label')), { value: control?.value ?? '', disabled: control?.disabled ?? false }];
      }),
    );
    for (const label of [
      'Kênh thực hiện', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Nội dung hồ sơ', 'Đơn vị tiếp nhận', 'Tên thủ tục',
      'Thời hạn giải quyết', 'Loại chủ hồ sơ', 'Họ và tên', 'Số điện thoại', 'Email', 'Địa chỉ',
    ]) {
      expect(values.get(label)?.disabled, label).toBe(true);
    }
    expect(values.get('Họ và tên')?.value).toBe(record.applicant);
    expect(values.get('Địa chỉ')?.value).toBe(record.address);
    expect(values.get('Tên thủ tục')?.value).toBe(record.procedure);
    expect(text(doc.querySelector('#btn-du-thao-xin-loi'))).toBe('Dự thảo xin lỗi');
    expect(doc.querySelector('#du-thao-xin-loi label[for="ngayHenTraMoi"]')?.textContent).toBe('Ngày hẹn trả mới');
  });

  it('writes D02’s appointment with seconds, as S11c’s detail does', async () => {
    const { doc } = await getPage('/fixtures/c/theo-doi-ho-so/chi-tiet.html?id=D02');
    const due = [...doc.querySelectorAll('.ant-form-item')].find((item) => text(item.querySelector('label')) === 'Ngày hẹn trả');
    expect(due?.querySelector('input')?.getAttribute('value')).toBe('17/05/2022 16:00:00');
  });

  it.each(['', '?id=D14', '?id=d02'])('answers chi-tiet.html%s with 404', async (query) => {
    expect((await get(`/fixtures/c/theo-doi-ho-so/chi-tiet.html${query}`)).status).toBe(404);
  });
});

describe('fixture C2: split-header register', () => {
  it('has td-only split headers, a numbered pseudo-row and twelve dossiers in receipt order', async () => {
    const { response, doc } = await getPage('/fixtures/c/so-theo-doi.html');
    expect(response.status).toBe(200);
    const table = doc.querySelector('table.so-theo-doi');
    expect(table?.querySelector('th, thead')).toBeNull();
    const rows = [...(table?.querySelectorAll('tr') ?? [])];
    const first = [...(rows[0]?.querySelectorAll('td') ?? [])];
    expect(first.map(text)).toEqual(['TT', 'Mã hồ sơ', 'Tên TTHC', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày, tháng, năm']);
    expect(first.slice(0, 6).every((cell) => cell.getAttribute('rowspan') === '2')).toBe(true);
    expect(first[6]?.getAttribute('colspan')).toBe('5');
    expect([...(rows[1]?.querySelectorAll('td') ?? [])].map(text)).toEqual(['Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả', 'Phương thức nhận kết quả', 'Ký nhận']);
    expect([...(rows[2]?.querySelectorAll('td i') ?? [])].map(text)).toEqual(Array.from({ length: 11 }, (_, i) => `(${i + 1})`));
    const data = rows.slice(3);
    expect(data.map((row) => keyOfCode(row.querySelector('td:nth-child(2)')?.textContent))).toEqual(PAGE_LISTS.c2[0]);
  });

  it('prints date-only values and "address; phone"', async () => {
    const { doc } = await getPage('/fixtures/c/so-theo-doi.html');
    const d02 = [...doc.querySelectorAll('table.so-theo-doi tr')].find((row) => keyOfCode(row.querySelector('td:nth-child(2)')?.textContent) === 'D02');
    const cells = [...(d02?.querySelectorAll('td') ?? [])].map(text);
    expect(cells.slice(4)).toEqual([
      'Tổ dân phố 99, thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai; 0900000102',
      'Phòng Kinh tế và Hạ tầng',
      '05/05/2022',
      '17/05/2022',
      '',
      'Trực tiếp',
      '',
    ]);
  });
});

describe('fixture C3: OpenCPS stacked dates', () => {
  it('stacks submit, receipt and due dates without labels, in header order', async () => {
    const { response, doc } = await getPage('/fixtures/c/opencps.html');
    expect(response.status).toBe(200);
    const table = doc.querySelector('table.v-datatable');
    expect(text(table?.querySelector('thead tr th:nth-child(4)'))).toBe('Ngày gửi / Ngày tiếp nhận / Hạn xử lý');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((row) => keyOfCode(row.querySelector('td:nth-child(3)')?.textContent))).toEqual(PAGE_LISTS.c3[0]);
    const d02 = rows.find((row) => keyOfCode(row.querySelector('td:nth-child(3)')?.textContent) === 'D02');
    expect(d02?.querySelector('td:nth-child(4)')?.innerHTML).toBe('05/05/2022 14:30<br>05/05/2022 14:30<br>17/05/2022 16:00');
    expect(d02?.querySelector('td:nth-child(2)')?.innerHTML).toBe(
      '<span class="primary--text">Cấp giấy phép xây dựng nhà ở riêng lẻ</span><br>Trần Thị Mẫu',
    );
  });
});
