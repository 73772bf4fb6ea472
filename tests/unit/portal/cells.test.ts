import { describe, expect, it } from 'vitest';
import { readValue, type CellContext } from '../../../lib/portal/cells';
import type { Field } from '../../../lib/portal/vocabulary';

function read(field: Field, text: string): CellContext['draft'] {
  const ctx: CellContext = { draft: {}, problems: [], order: 'auto' };
  readValue(ctx, field, text, 'test');
  return ctx.draft;
}

describe('cell text → fields', () => {
  it.each<[Field, string, CellContext['draft']]>([
    ['status', 'Đã trả kết quả\nNgày trả 11/05/2022', { status: 'returned', statusText: 'Đã trả kết quả', returnedAt: '2022-05-11T17:00', returnedDateOnly: true }],
    ['status', 'Đã xử lý xong\n18/05/2022 16:00', { status: 'finished', statusText: 'Đã xử lý xong', finishedAt: '2022-05-18T16:00' }],
    ['status', 'Phòng Tư Pháp đang Thụ lý', { status: 'processing', statusText: 'Phòng Tư Pháp đang Thụ lý' }],
    ['dueAt', '20/05/2022', { dueAt: '2022-05-20T17:00', dueDateOnly: true }],
    ['dueAt', '17-05-2022\nTừ 13:30 đến 16:00\n(Đã quá hạn 3 ngày)', { dueAt: '2022-05-17T16:00', dueDateOnly: false, remainingHint: { kind: 'overdue', days: 3, text: 'Đã quá hạn 3 ngày' } }],
    ['dueAt', '20/05/2022 16:20\nHôm nay', { dueAt: '2022-05-20T16:20', dueDateOnly: false, remainingHint: { kind: 'today', text: 'Hôm nay' } }],
    ['receivedAt', '13/05/2022', { receivedAt: '2022-05-13T00:00' }],
    ['remaining', 'Còn 2 ngày', { remainingHint: { kind: 'left', days: 2, text: 'Còn 2 ngày' } }],
    ['applicant', 'Trần Thị Mẫu (064000000002)\n0900000102\nTổ dân phố 99, thị trấn Chư Ty', { applicant: 'Trần Thị Mẫu', phone: '0900000102', address: 'Tổ dân phố 99, thị trấn Chư Ty' }],
    ['address', 'Tổ dân phố 99, thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai; 0900000102', { address: 'Tổ dân phố 99, thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai', phone: '0900000102' }],
    ['code', '000.00.57.H21-220513-0001', { code: '000.00.57.H21-220513-0001' }],
    ['code', 'H21.57.14-220505-0007\nDVC-0007', { code: 'H21.57.14-220505-0007' }],
  ])('%s ← %j', (field, text, expected) => {
    expect(read(field, text)).toEqual(expected);
  });

  it.each<[string, CellContext['draft']]>([
    [
      'H21.57.14-220505-0007\n- Cấp giấy phép xây dựng nhà ở riêng lẻ\n- Trạng thái hồ sơ : Đang xử lý\n - Tiếp nhận trực tiếp: 05/05/2022 14:30, hẹn trả: 17/05/2022 16:00',
      { code: 'H21.57.14-220505-0007', procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', status: 'processing', statusText: 'Đang xử lý', receivedAt: '2022-05-05T14:30', dueAt: '2022-05-17T16:00', dueDateOnly: false },
    ],
    [
      'H21.57.14-220516-0002\n- Đăng ký đất đai\n- Trạng thái hồ sơ : Đang xử lý\n - Tiếp nhận trực tuyến: 16/05/2022 08:05, Hạn xử lý: 24/05/2022 10:00',
      { code: 'H21.57.14-220516-0002', procedure: 'Đăng ký đất đai', status: 'processing', statusText: 'Đang xử lý', receivedAt: '2022-05-16T08:05', dueAt: '2022-05-24T10:00', dueDateOnly: false },
    ],
    [
      'H21.57.14-220517-0010\n- Cấp bản sao trích lục hộ tịch\n- Trạng thái hồ sơ : Đang xử lý\n - Tiếp nhận trực tiếp: 17/05/2022 16:20, hẹn trả: 16:20 20/05/2022',
      { code: 'H21.57.14-220517-0010', procedure: 'Cấp bản sao trích lục hộ tịch', status: 'processing', statusText: 'Đang xử lý', receivedAt: '2022-05-17T16:20', dueAt: '2022-05-20T16:20', dueDateOnly: false },
    ],
    [
      'H21.57.14-220519-0002\n- Cấp bản sao trích lục hộ tịch\n- Trạng thái hồ sơ : Mới đăng ký\n - Ngày nộp hồ sơ: 19/05/2022 21:10',
      { code: 'H21.57.14-220519-0002', procedure: 'Cấp bản sao trích lục hộ tịch', status: 'new', statusText: 'Mới đăng ký', submittedAt: '2022-05-19T21:10' },
    ],
  ])('composite cell %#', (text, expected) => {
    expect(read('info', text)).toEqual(expected);
  });

  it('keeps markup-like text as text', () => {
    expect(read('applicant', '<img src=x onerror=alert(1)>')).toEqual({ applicant: '<img src=x onerror=alert(1)>' });
  });
});
