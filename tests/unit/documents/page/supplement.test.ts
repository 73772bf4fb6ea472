import { describe, expect, it } from 'vitest';
import type { AgencyProfileInput } from '../../../../lib/documents';
import type { DocumentRecord } from '../../../../lib/history';
import { agencyProfileFrom } from '../../../../lib/documents/page/agency';
import { supplementFileName } from '../../../../lib/documents/page/file-names';
import { documentPreview } from '../../../../lib/documents/page/preview';
import {
  checkSupplement,
  earlierRequest,
  MAX_MISSING_ITEMS,
  missingItems,
  supplementFormFrom,
  supplementInput,
} from '../../../../lib/documents/page/supplement-form';
import { documentsMessages } from '../../../../lib/i18n/documents';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { SAMPLE_AGENCY } from '../../../../lib/documents/templates/sample-data';
import { installNodeDefaultTemplates } from '../../../../lib/documents/templates/defaults-node';

const AGENCY: AgencyProfileInput = SAMPLE_AGENCY;

/** D05 of the demo dataset, just received. */
const D05 = {
  code: 'H21.57.14-220518-0011',
  procedure: 'Đăng ký thành lập hộ kinh doanh',
  applicant: 'Siu Thị Mẫu',
  address: 'Làng Mẫu, xã Ia Pnôn, huyện Đức Cơ, tỉnh Gia Lai',
  phone: '0900000105',
  receivedAt: '2022-05-18T15:45',
  dueAt: '2022-06-01T17:00',
  status: 'new' as const,
};

const ITEMS = ['Bản sao giấy tờ pháp lý của cá nhân', 'Giấy đề nghị đăng ký hộ kinh doanh có chữ ký của chủ hộ'];
const filled = () => ({ ...supplementFormFrom(D05, '2022-05-19T08:00'), missing: `${ITEMS[0]}\n${ITEMS[1]}` });
const issuesOf = (result: ReturnType<typeof checkSupplement>) => (result.ok ? [] : result.issues.map((i) => [i.field, i.key, i.params]));

describe('the request-for-additions form', () => {
  it('is prefilled from the dossier, issued on the as-of day, with nothing listed yet', () => {
    const form = supplementFormFrom(D05, '2022-05-19T08:00');
    expect(form).toMatchObject({
      dossierCode: D05.code,
      procedure: D05.procedure,
      applicant: 'Siu Thị Mẫu',
      address: D05.address,
      phone: '0900000105',
      receivedAt: '2022-05-18T15:45',
      issueDate: '2022-05-19',
      missing: '',
      reason: '',
    });
    expect(supplementFormFrom(undefined, '2022-05-19T08:00')).toMatchObject({ dossierCode: '', applicant: '', issueDate: '2022-05-19' });
  });

  it('reads one item a line, trimmed, without blank lines or typed numbering', () => {
    expect(missingItems('  Bản vẽ mặt bằng  \r\n\n   \n2. Bản sao sổ đỏ\n- Giấy ủy quyền\n• Ảnh chụp\n')).toEqual([
      'Bản vẽ mặt bằng',
      'Bản sao sổ đỏ',
      'Giấy ủy quyền',
      'Ảnh chụp',
    ]);
    // A scale or a year at the start of an item is not numbering.
    expect(missingItems('1/500 bản vẽ\n2022 tờ khai')).toEqual(['1/500 bản vẽ', '2022 tờ khai']);
    expect(missingItems(' \n \n')).toEqual([]);
  });

  it('asks for at least one item', () => {
    expect(issuesOf(checkSupplement(supplementFormFrom(D05, '2022-05-19T08:00'), AGENCY))).toEqual([['missing', 'issue.missingNone', {}]]);
    expect(issuesOf(checkSupplement({ ...filled(), missing: '\n  \n- \n' }, AGENCY))).toEqual([['missing', 'issue.missingNone', {}]]);
  });

  it(`refuses more than ${MAX_MISSING_ITEMS} items and names an item too long by its line`, () => {
    const many = Array.from({ length: MAX_MISSING_ITEMS + 1 }, (_, i) => `Giấy tờ ${i + 1}`).join('\n');
    expect(issuesOf(checkSupplement({ ...filled(), missing: many }, AGENCY))).toEqual([
      ['missing', 'issue.missingTooMany', { count: MAX_MISSING_ITEMS + 1, max: MAX_MISSING_ITEMS }],
    ]);
    const exactly = Array.from({ length: MAX_MISSING_ITEMS }, (_, i) => `Giấy tờ ${i + 1}`).join('\n');
    expect(checkSupplement({ ...filled(), missing: exactly }, AGENCY).ok).toBe(true);

    const long = `Bản vẽ\n\n${'x'.repeat(2001)}`;
    expect(issuesOf(checkSupplement({ ...filled(), missing: long }, AGENCY))).toEqual([
      ['missing', 'issue.missingItemTooLong', { line: 2, max: 2000 }],
    ]);
  });

  it('says the other fields’ problems through the catalogue, and the settings’ through the agency', () => {
    const bad = checkSupplement({ ...filled(), receivedAt: '2022-05-18', dossierCode: '  ' }, AGENCY);
    expect(issuesOf(bad)).toEqual([
      ['dossierCode', 'issue.required', {}],
      ['receivedAt', 'issue.dateTime', {}],
    ]);
    const noAgency = checkSupplement(filled(), agencyProfileFrom(DEFAULT_SETTINGS.agency));
    expect(!noAgency.ok && noAgency.issues.map((i) => i.field)).toEqual(['agency']);
    for (const key of ['issue.missingNone', 'issue.missingTooMany', 'issue.missingItemTooLong', 'supplement.once'] as const) {
      expect(documentsMessages.vi[key]).not.toBe(documentsMessages.en[key]);
    }
    expect(documentsMessages.vi['supplement.once']).toContain('Chỉ yêu cầu bổ sung một lần');
  });

  it('gives the renderer the list and the typed facts, leaving blanks out', () => {
    const input = supplementInput({ ...filled(), phone: ' ', reason: '  Thiếu thành phần hồ sơ  ', contactName: 'Bà Siu Thị Ví Dụ' }, AGENCY);
    expect(input).toMatchObject({ dossierCode: D05.code, missing: ITEMS, reason: 'Thiếu thành phần hồ sơ', contactName: 'Bà Siu Thị Ví Dụ' });
    expect(input).not.toHaveProperty('phone');
    expect(input).not.toHaveProperty('contactPhone');
    expect(input).not.toHaveProperty('number');
    expect(Object.values(input)).not.toContain(undefined);
    const checked = checkSupplement(filled(), AGENCY);
    expect(checked.ok && checked.data.missing).toEqual(ITEMS);
  });

  it('previews the rendered document’s text with every item numbered', () => {
    installNodeDefaultTemplates();
    const lines = documentPreview('supplement-request', supplementInput({ ...filled(), applicantTitle: 'Bà', number: '12' }, AGENCY));
    expect(lines).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(lines).toContain('Kính gửi: Bà Siu Thị Mẫu');
    expect(lines).toContain(`Mã hồ sơ: ${D05.code}.`);
    expect(lines).toContain(`1. ${ITEMS[0]}`);
    expect(lines).toContain(`2. ${ITEMS[1]}`);
    expect(lines).toContain('Số: 12/PYCBS');
    expect(lines.join('\n')).toContain('15 giờ 45 phút, ngày 18 tháng 5 năm 2022');
    expect(lines.join('\n')).toContain('Đức Cơ, ngày 19 tháng 5 năm 2022');
  });

  it('names the file after the code in ASCII', () => {
    expect(supplementFileName(D05.code)).toBe('Phieu-yeu-cau-bo-sung_H21.57.14-220518-0011.docx');
    expect(supplementFileName('Hồ sơ/Đặc biệt 01')).toBe('Phieu-yeu-cau-bo-sung_Ho-so-Dac-biet-01.docx');
  });

  it('finds the latest request for additions already made for the dossier', () => {
    const doc = (id: string, kind: DocumentRecord['kind'], createdAt: string) => ({ id, kind, createdAt }) as DocumentRecord;
    const letter = doc('a', 'apology-letter', '2022-05-18T09:00');
    expect(earlierRequest([letter])).toBeUndefined();
    const first = doc('b', 'supplement-request', '2022-05-18T10:00');
    const second = doc('c', 'supplement-request', '2022-05-19T10:00');
    expect(earlierRequest([first, letter, second])?.id).toBe('c');
  });
});
