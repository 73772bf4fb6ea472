import { describe, expect, it } from 'vitest';
import { readDossierDetail } from '../../../lib/portal';
import { loadPage } from './load';

describe('AntD modal detail over the list (reader/antd-modal-detail.html)', () => {
  const { dossier, fields } = readDossierDetail(loadPage('reader/antd-modal-detail.html'));

  it('reads the modal field by field, before the list behind it', () => {
    const expected = {
      code: '000.00.06.H56-231027-0361',
      procedure: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
      applicant: 'Nguyễn Thị Thử',
      phone: '0900000301',
      receivedAt: '2023-10-27T08:30',
      dueAt: '2023-11-10T17:00',
      receivingAgency: 'Văn phòng Đăng ký đất đai tỉnh Thanh Hóa',
    };
    for (const [field, value] of Object.entries(expected)) {
      expect({ field, value: (dossier as Record<string, unknown> | undefined)?.[field] }).toEqual({ field, value });
    }
    // The code comes from the modal's title, the appointment from its form item.
    expect(fields.code).toBe('Chi tiết hồ sơ 000.00.06.H56-231027-0361');
    expect(fields.dueAt).toBe('Ngày hẹn trả');
  });
});
