import { describe, expect, it } from 'vitest';
import { applicantName, findCode, findPhone, normaliseStatus, remainingHint } from '../../../lib/portal/values';

describe('dossier codes (docs/portal-reference.md §2.7)', () => {
  it.each([
    ['000.00.57.H21-220513-0001', '000.00.57.H21-220513-0001'],
    ['H21.57.14-220513-0001', 'H21.57.14-220513-0001'],
    ['H56.14-240823-0001', 'H56.14-240823-0001'],
    ['H21.57.53.1-240520-0012', 'H21.57.53.1-240520-0012'],
    ['H21.57-220513-0001', 'H21.57-220513-0001'],
    ['000.00.53.H48-220921-0099', '000.00.53.H48-220921-0099'],
    ['Chi tiết hồ sơ H21.57.14-220505-0007', 'H21.57.14-220505-0007'],
    ['Mã: H21.57.14-220505-0007 (bản sao)', 'H21.57.14-220505-0007'],
  ])('%j → %s', (text, code) => {
    expect(findCode(text)).toBe(code);
  });

  it.each(['20/05/2022', '0900000101', 'H21.57.14', 'H21.57.14-2205-0001', 'xH21.57.14-220513-0001', ''])('%j holds no code', (text) => {
    expect(findCode(text)).toBeUndefined();
  });
});

describe('statuses (docs/portal-reference.md §2.4, §4.5)', () => {
  it.each([
    ['Mới đăng ký', 'new'],
    ['Được tiếp nhận', 'processing'],
    ['Không được tiếp nhận', 'refused'],
    ['Từ chối tiếp nhận', 'refused'],
    ['Trả lại hồ sơ', 'refused'],
    ['Đang xử lý', 'processing'],
    ['Phòng Tư Pháp đang Thụ lý', 'processing'],
    ['Yêu cầu bổ sung giấy tờ', 'waiting-additions'],
    ['Chờ bổ sung', 'waiting-additions'],
    ['tạm dừng chờ bổ sung', 'waiting-additions'],
    ['Dừng xử lý', 'waiting-additions'],
    ['Yêu cầu thực hiện nghĩa vụ tài chính', 'processing'],
    ['Công dân yêu cầu rút hồ sơ', 'withdrawn'],
    ['Đã xử lý xong', 'finished'],
    ['Chờ trả kết quả', 'finished'],
    ['Đã trả kết quả\nNgày trả 11/05/2022', 'returned'],
    ['ĐÃ TRẢ KẾT QUẢ', 'returned'],
    ['Da tra ket qua', 'returned'],
    ['Hoạt động', 'unknown'],
    ['', 'unknown'],
  ])('%j → %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });
});

describe('countdown labels stay hints', () => {
  it.each([
    ['Còn 2 ngày', { kind: 'left', days: 2, text: 'Còn 2 ngày' }],
    ['(Còn 12 ngày)', { kind: 'left', days: 12, text: 'Còn 12 ngày' }],
    ['Hôm nay', { kind: 'today', text: 'Hôm nay' }],
    ['Trong sáng nay', { kind: 'today', text: 'Trong sáng nay' }],
    ['Quá hạn 3 ngày', { kind: 'overdue', days: 3, text: 'Quá hạn 3 ngày' }],
    ['(Đã quá hạn 3 ngày)', { kind: 'overdue', days: 3, text: 'Đã quá hạn 3 ngày' }],
    ['Đã chậm tiến độ 5 ngày', { kind: 'overdue', days: 5, text: 'Đã chậm tiến độ 5 ngày' }],
  ])('%j', (text, hint) => {
    expect(remainingHint(text)).toEqual(hint);
  });

  it.each(['20/05/2022', 'Đang xử lý', ''])('%j is no countdown', (text) => {
    expect(remainingHint(text)).toBeUndefined();
  });
});

describe('applicants and phones', () => {
  it.each([
    ['Trần Thị Mẫu (064000000002)', 'Trần Thị Mẫu'],
    ['Trần Thị Mẫu (CCCD: 064000000002)', 'Trần Thị Mẫu'],
    ['Công ty TNHH Mẫu Thử (Đức Cơ)', 'Công ty TNHH Mẫu Thử (Đức Cơ)'],
  ])('%j → %j', (text, name) => {
    expect(applicantName(text)).toBe(name);
  });

  it.each([
    ['0900000101', '0900000101'],
    ['+84900000101', '+84900000101'],
    ['+84 900 000 101', '+84900000101'],
    ['ĐT: 0900.000.101', '0900000101'],
  ])('%j → %s', (text, phone) => {
    expect(findPhone(text)?.phone).toBe(phone);
  });

  it.each(['064000000002', '20/05/2022', '123'])('%j is no phone', (text) => {
    expect(findPhone(text)).toBeUndefined();
  });
});

describe('statuses by meaning (issue 11 item 4)', () => {
  it.each([
    // Struts/Dojo approval list (header-variants.VARIANT_SOURCES.dojo): internal send-backs stay open.
    ['Đã trả lại để thẩm định lại', 'processing'],
    ['Đã trả lại để xem xét lại', 'processing'],
    ['Mới nộp', 'new'],
    ['Đã phân công xử lý', 'processing'],
    ['Đã trình cục trưởng xem xét hồ sơ', 'processing'],
    ['Trả lại hồ sơ', 'refused'],
    // English interfaces.
    ['Processing', 'processing'],
    ['Additional documents requested', 'waiting-additions'],
    ['Result returned', 'returned'],
    ['Rejected', 'refused'],
    ['Withdrawn by the applicant', 'withdrawn'],
    ['Completed, awaiting return', 'finished'],
  ] as const)('%j → %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });
});
