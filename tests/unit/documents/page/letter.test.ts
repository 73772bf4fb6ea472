import { describe, expect, it } from 'vitest';
import type { AgencyProfileInput } from '../../../../lib/documents';
import { agencyProfileFrom } from '../../../../lib/documents/page/agency';
import { checkLetter, letterFormFrom, letterInput, letterRegime } from '../../../../lib/documents/page/letter-form';
import { documentPreview } from '../../../../lib/documents/page/preview';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { SAMPLE_AGENCY } from '../../../../lib/documents/templates/sample-data';
import { installNodeDefaultTemplates } from '../../../../lib/documents/templates/defaults-node';

const AGENCY: AgencyProfileInput = SAMPLE_AGENCY;

const D02 = {
  code: '000.00.57.H21-220505-0007',
  procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  applicant: 'Trần Thị Mẫu',
  address: 'Tổ dân phố 99, thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai',
  receivedAt: '2022-05-05T14:30',
  dueAt: '2022-05-17T16:00',
  agency: 'Phòng Kinh tế và Hạ tầng',
  status: 'processing' as const,
};

describe('the apology-letter form', () => {
  it('is prefilled from the dossier, with the next working day after as-of as the new appointment', () => {
    const form = letterFormFrom(D02, '2022-05-20T08:00');
    expect(form).toMatchObject({ dossierCode: D02.code, applicant: 'Trần Thị Mẫu', phone: '', processingAgency: D02.agency });
    expect(form.newDueAt).toBe('2022-05-23T16:00');
    expect(form.issueDate).toBe('2022-05-20');
    expect(letterFormFrom(undefined, '2022-05-20T08:00').newDueAt).toBe('');
  });

  it('leaves blank inputs out of the data, so the letter prints its dotted blank', () => {
    const input = letterInput({ ...letterFormFrom(D02, '2022-05-20T08:00'), reason: '  Cần kiểm tra  ' }, AGENCY);
    expect(input).not.toHaveProperty('phone');
    expect(input).not.toHaveProperty('regime');
    expect(input.reason).toBe('Cần kiểm tra');
    expect(Object.values(input)).not.toContain(undefined);
  });

  it('asks for the reason and a new appointment later than the old one', () => {
    const form = letterFormFrom(D02, '2022-05-20T08:00');
    const missing = checkLetter(form, AGENCY);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues.map((i) => [i.field, i.key])).toEqual([['reason', 'issue.required']]);

    const early = checkLetter({ ...form, reason: 'x', newDueAt: '2022-05-17T16:00' }, AGENCY);
    expect(!early.ok && early.issues.map((i) => i.key)).toEqual(['issue.newDueNotLater']);
    const badTime = checkLetter({ ...form, reason: 'x', receivedAt: '2022-05-05' }, AGENCY);
    expect(!badTime.ok && badTime.issues.map((i) => [i.field, i.key])).toEqual([['receivedAt', 'issue.dateTime']]);
    expect(checkLetter({ ...form, reason: 'x' }, AGENCY).ok).toBe(true);
  });

  it('points at the settings when the agency profile is incomplete', () => {
    const result = checkLetter({ ...letterFormFrom(D02, '2022-05-20T08:00'), reason: 'x' }, agencyProfileFrom(DEFAULT_SETTINGS.agency));
    expect(!result.ok && result.issues.map((i) => i.field)).toEqual(['agency']);
  });

  it('chooses the regime from the receipt day unless the officer overrides it', () => {
    const form = letterFormFrom(D02, '2022-05-20T08:00');
    expect(letterRegime(form)).toBe('2018');
    expect(letterRegime({ ...form, receivedAt: '2025-07-01T07:30' })).toBe('2025');
    expect(letterRegime({ ...form, regime: '2025' })).toBe('2025');
  });

  it('previews the text of the rendered document of the chosen regime', () => {
    const form = { ...letterFormFrom(D02, '2022-05-20T08:00'), reason: 'Cần kiểm tra hiện trạng.', applicantTitle: 'Bà' };
    installNodeDefaultTemplates();
    const old = documentPreview('apology-letter', letterInput(form, AGENCY));
    expect(old).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(old).toContain('Kính gửi: Bà Trần Thị Mẫu');
    expect(old).toContain(`Mã hồ sơ: ${D02.code}.`);
    expect(old).toContain('Lý do: Cần kiểm tra hiện trạng.');
    expect(old.join('\n')).toContain('23 tháng 5 năm 2022');
    expect(old.join('\n')).toContain('Số điện thoại: …………');
    const next = documentPreview('apology-letter-2025', letterInput({ ...form, regime: '2025' }, AGENCY));
    expect(next.join(' ')).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ');
    expect(next).not.toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
  });
});
