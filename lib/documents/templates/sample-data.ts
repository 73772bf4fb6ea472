/**
 * Realistic sample data for each kind, taken from the project's demo dataset (huyện Đức Cơ, Gia Lai,
 * May 2022; names are fictional): previews, the "download the default template" button, the test
 * render of an office's template, and the golden tests.
 */
import type { AgencyProfileInput } from '../agency-profile';
import type { ApologyLetterInput } from '../apology-letter';
import type { ExplanationInput } from '../explanation';
import type { MonthlyReportInput } from '../monthly-report';
import type { SupplementRequestInput } from '../supplement-request';
import type { TemplateKind } from './defaults';

export const SAMPLE_AGENCY: AgencyProfileInput = {
  parentAgency: 'Ủy ban nhân dân tỉnh Gia Lai',
  agency: 'Ủy ban nhân dân huyện Đức Cơ',
  placeName: 'Đức Cơ',
  signingPrefix: 'KT.',
  signingAuthority: 'Chủ tịch',
  signerTitle: 'Phó Chủ tịch',
  signerName: 'Nguyễn Văn Ví Dụ',
};

/** D02: Trần Thị Mẫu's building permit, due 17/05/2022 16:00, still open on 20/05/2022. */
const D02 = {
  dossierCode: 'H21.57.14-220505-0007',
  procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  applicant: 'Trần Thị Mẫu',
  address: 'Tổ dân phố 99, thị trấn Chư Ty, huyện Đức Cơ, tỉnh Gia Lai',
  phone: '0900000102',
  receivedAt: '2022-05-05T14:30',
  dueAt: '2022-05-17T16:00',
} as const;

export const SAMPLE_APOLOGY_LETTER: ApologyLetterInput = {
  agency: { ...SAMPLE_AGENCY, recipients: ['Như trên', 'Bộ phận Một cửa huyện Đức Cơ', 'Lưu: VT, KTHT'] },
  issueDate: '2022-05-20',
  ...D02,
  applicantTitle: 'Bà',
  newDueAt: '2022-05-27T16:00',
  reason: 'Hồ sơ cần kiểm tra hiện trạng công trình tại thực địa và lấy ý kiến của cơ quan quản lý đường bộ về chỉ giới xây dựng.',
  processingAgency: 'Phòng Kinh tế và Hạ tầng huyện Đức Cơ',
};

/** The same kind of dossier received under the 2025 rules, at a commune-level centre. */
export const SAMPLE_APOLOGY_LETTER_2025: ApologyLetterInput = {
  agency: {
    parentAgency: 'Ủy ban nhân dân tỉnh Gia Lai',
    agency: 'Ủy ban nhân dân xã Ia Dơk',
    placeName: 'Ia Dơk',
    signingPrefix: 'KT.',
    signingAuthority: 'Chủ tịch',
    signerTitle: 'Phó Chủ tịch',
    signerName: 'Nguyễn Văn Ví Dụ',
    recipients: ['Như trên', 'Trung tâm Phục vụ hành chính công xã Ia Dơk', 'Lưu: VT'],
  },
  issueDate: '2025-10-14',
  dossierCode: 'H21.57.53-251001-0007',
  procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  applicantTitle: 'Bà',
  applicant: 'Trần Thị Mẫu',
  address: 'Thôn Mẫu 1, xã Ia Dơk, tỉnh Gia Lai',
  phone: '0900000102',
  receivedAt: '2025-10-01T09:15',
  dueAt: '2025-10-15T16:00',
  newDueAt: '2025-10-22T16:00',
  reason: 'Hồ sơ cần kiểm tra hiện trạng công trình tại thực địa.',
  processingAgency: 'Phòng Kinh tế xã Ia Dơk',
};

/** The 15th-to-14th period ending 14/05/2022: D06 and D08 came back, D07 was late, D11 still open and late. */
export const SAMPLE_MONTHLY_REPORT: MonthlyReportInput = {
  agency: { ...SAMPLE_AGENCY, recipients: ['Như trên', 'Văn phòng HĐND và UBND huyện', 'Lưu: VT'] },
  issueDate: '2022-05-20',
  addressee: 'Chủ tịch Ủy ban nhân dân huyện Đức Cơ',
  period: { from: '2022-04-15', to: '2022-05-14', label: 'từ ngày 15/4/2022 đến ngày 14/5/2022' },
  returned: [
    {
      dossierCode: 'H21.57.14-220510-0003',
      procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      applicant: 'Phạm Văn Thử',
      receivedAt: '2022-05-10T09:00',
      returnedAt: '2022-05-12T10:30',
      returnedBy: 'Phòng Kinh tế và Hạ tầng',
      reason: 'Thiếu bản vẽ mặt bằng',
    },
    {
      dossierCode: 'H21.57.14-220512-0009',
      procedure: 'Đăng ký thành lập hộ kinh doanh',
      applicant: 'Công ty TNHH Mẫu Thử Đức Cơ',
      receivedAt: '2022-05-12T10:10',
      returnedAt: '2022-05-13T08:45',
      returnedBy: 'Phòng Tài chính - Kế hoạch',
      reason: 'Hồ sơ không thuộc thẩm quyền',
    },
  ],
  late: [
    {
      dossierCode: 'H21.57.14-220504-0005',
      procedure: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      applicant: 'Hoàng Thị Ví Dụ',
      receivedAt: '2022-05-04T08:30',
      dueAt: '2022-05-10T17:00',
      finishedAt: '2022-05-12T10:00',
      daysLate: 2,
      reason: 'Chậm chuyển hồ sơ sang cơ quan thuế',
      responsible: 'Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Cơ',
    },
    {
      dossierCode: 'H21.57.14-220506-0006',
      procedure: 'Đăng ký thành lập hộ kinh doanh',
      applicant: 'Vũ Văn Mẫu',
      receivedAt: '2022-05-06T13:30',
      dueAt: '2022-05-13T13:30',
      daysLate: 1,
      reason: 'Cán bộ thụ lý nghỉ ốm, chưa phân công người thay',
      responsible: 'Phòng Tài chính - Kế hoạch',
    },
  ],
  remarks: 'Đề nghị các phòng chuyên môn tăng cường theo dõi thời hạn giải quyết, gửi văn bản xin lỗi đúng quy định.',
};

export const SAMPLE_EXPLANATION: ExplanationInput = {
  agency: {
    parentAgency: 'Ủy ban nhân dân huyện Đức Cơ',
    agency: 'Phòng Kinh tế và Hạ tầng',
    placeName: 'Đức Cơ',
    signingPrefix: '',
    signerTitle: 'Trưởng phòng',
    signerName: 'Lê Văn Mẫu',
    recipients: ['Như trên', 'Văn phòng HĐND và UBND huyện', 'Lưu: VT'],
  },
  issueDate: '2022-05-20',
  addressee: 'Chủ tịch Ủy ban nhân dân huyện Đức Cơ',
  caseKind: 'late',
  ...D02,
  daysLate: 3,
  reason: 'Công trình nằm sát hành lang an toàn đường bộ; phải kiểm tra hiện trạng tại thực địa và chờ ý kiến của cơ quan quản lý đường bộ.',
  responsiblePerson: 'Ông Đinh Văn Thử, chuyên viên Phòng Kinh tế và Hạ tầng',
  coordinatingUnit: 'Phòng Tài nguyên và Môi trường huyện Đức Cơ',
  remedy: 'Hoàn thành thẩm định và trình ký giấy phép trước 16 giờ 00 phút ngày 27/5/2022; đã gửi văn bản xin lỗi công dân.',
};

export const SAMPLE_SUPPLEMENT_REQUEST: SupplementRequestInput = {
  agency: { ...SAMPLE_AGENCY, recipients: ['Như trên', 'Lưu: VT, Bộ phận Một cửa'] },
  issueDate: '2022-05-11',
  dossierCode: 'H21.57.14-220510-0003',
  procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  applicantTitle: 'Ông',
  applicant: 'Phạm Văn Thử',
  address: 'Thôn Mẫu 3, xã Ia Dom, huyện Đức Cơ, tỉnh Gia Lai',
  phone: '0900000106',
  receivedAt: '2022-05-10T09:00',
  missing: [
    'Bản vẽ mặt bằng công trình trên lô đất, tỷ lệ 1/50 - 1/500',
    'Bản sao giấy chứng nhận quyền sử dụng đất (có chứng thực)',
  ],
  reason: 'Hồ sơ chưa đủ thành phần theo quy định của thủ tục.',
  contactName: 'Bà Siu Thị Ví Dụ, Bộ phận Một cửa huyện Đức Cơ',
  contactPhone: '0900000199',
};

export type SampleData = {
  'apology-letter': ApologyLetterInput;
  'apology-letter-2025': ApologyLetterInput;
  'monthly-report': MonthlyReportInput;
  explanation: ExplanationInput;
  'supplement-request': SupplementRequestInput;
};

const SAMPLES: SampleData = {
  'apology-letter': SAMPLE_APOLOGY_LETTER,
  'apology-letter-2025': SAMPLE_APOLOGY_LETTER_2025,
  'monthly-report': SAMPLE_MONTHLY_REPORT,
  explanation: SAMPLE_EXPLANATION,
  'supplement-request': SAMPLE_SUPPLEMENT_REQUEST,
};

/** A deep copy, so a caller editing a preview cannot change the next one. */
export function sampleData<K extends TemplateKind>(kind: K): SampleData[K] {
  return structuredClone(SAMPLES[kind]);
}
