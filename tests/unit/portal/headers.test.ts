import { describe, expect, it } from 'vitest';
import { matchLabel, resolveHeader } from '../../../lib/portal/headers';
import { pageFromHtml } from './load';

describe('header synonyms (docs/portal-reference.md §4.5)', () => {
  it.each([
    ['Mã hồ sơ', 'code'],
    ['Số biên nhận', 'code'],
    ['MÃ HỒ SƠ', 'code'],
    ['  Mã   hồ sơ : ', 'code'],
    ['Ma ho so', 'code'],
    ['Ngay hen tra', 'dueAt'],
    ['Tên TTHC', 'procedure'],
    ['Thủ tục hành chính', 'procedure'],
    ['Thông tin hồ sơ', 'info'],
    ['Chủ hồ sơ', 'applicant'],
    ['Tên cá nhân, tổ chức', 'applicant'],
    ['Người nộp', 'applicant'],
    ['Địa chỉ, số điện thoại', 'address'],
    ['Ngày giờ tiếp nhận', 'receivedAt'],
    ['Nhận hồ sơ', 'receivedAt'],
    ['Ngày giờ hẹn trả', 'dueAt'],
    ['Hẹn trả kết quả', 'dueAt'],
    ['Ngày trả dự kiến', 'dueAt'],
    ['Hạn xử lý', 'dueAt'],
    ['Thời hạn', 'remaining'],
    ['Còn lại', 'remaining'],
    ['Số ngày quá hạn', 'overdueDays'],
    ['Trả kết quả', 'returnedAt'],
    ['Trạng thái', 'status'],
    ['Tình trạng', 'status'],
    ['Đơn vị xử lý', 'agency'],
    ['Cơ quan chủ trì giải quyết', 'agency'],
    ['Đơn vị tiếp nhận', 'receivingAgency'],
    ['Lý do từ chối', 'reason'],
    ['STT', 'ignored'],
    ['Thao tác', 'ignored'],
    ['Mã hồ sơ ▲', 'code'],
    ['Ngày hẹn trả (dự kiến)', 'dueAt'],
    ['Ma\u0301 hô\u0300 sơ', 'code'],
  ])('%j → %s', (label, field) => {
    expect(matchLabel(label)).toEqual([field]);
  });

  it('splits a header naming several stacked fields', () => {
    expect(matchLabel('Ngày gửi / Ngày tiếp nhận / Hạn xử lý')).toEqual(['submittedAt', 'receivedAt', 'dueAt']);
    expect(matchLabel('Ngày gửi\nNgày tiếp nhận\nHạn xử lý')).toEqual(['submittedAt', 'receivedAt', 'dueAt']);
  });

  it('combines a parent label with its leaf when the leaf alone is unknown', () => {
    expect(matchLabel('hẹn trả kết quả', 'Ngày')).toEqual(['dueAt']);
    expect(matchLabel('kết thúc xử lý', 'Ngày')).toEqual(['finishedAt']);
  });

  it.each(['Lĩnh vực thống kê', 'Tổng số', 'Ghi chú nội bộ', ''])('%j is not a dossier field', (label) => {
    expect(matchLabel(label).filter((f) => f !== 'ignored')).toEqual([]);
  });

  it('resolves a two-row register header with rowspan/colspan to its leaf labels, skipping the numbering row', () => {
    const doc = pageFromHtml(`<table><tbody>
      <tr><td rowspan="2">TT</td><td rowspan="2">Mã hồ sơ</td><td rowspan="2">Tên TTHC</td><td rowspan="2">Tên cá nhân, tổ chức</td><td rowspan="2">Địa chỉ, số điện thoại</td><td rowspan="2">Cơ quan chủ trì giải quyết</td><td colspan="5">Ngày, tháng, năm</td></tr>
      <tr><td>Nhận hồ sơ</td><td>Hẹn trả kết quả</td><td>Trả kết quả</td><td>Phương thức nhận kết quả</td><td>Ký nhận</td></tr>
      <tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td><td>(5)</td><td>(6)</td><td>(7)</td><td>(8)</td><td>(9)</td><td>(10)</td><td>(11)</td></tr>
    </tbody></table>`);
    const rows = Array.from(doc.querySelectorAll('tr'));
    const columns = resolveHeader(rows);
    expect(columns.map((c) => c.label)).toEqual([
      'TT', 'Mã hồ sơ', 'Tên TTHC', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết',
      'Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả', 'Phương thức nhận kết quả', 'Ký nhận',
    ]);
    expect(columns.map((c) => c.fields[0])).toEqual([
      'ignored', 'code', 'procedure', 'applicant', 'address', 'agency', 'receivedAt', 'dueAt', 'returnedAt', 'ignored', 'ignored',
    ]);
  });
});
