/**
 * Realistic sample data for each kind, taken from the project's demo dataset (huyện Đức Cơ, Gia Lai,
 * May 2022; names are fictional): previews, the "download the default template" button, the test
 * render of an office's template, and the golden tests.
 *
 * The samples obey the rules they illustrate: an apology is dated before the appointment it
 * apologises for; the monthly report is made by the unit the 2022 notice tasks with it (Bưu điện
 * huyện, which runs the one-stop desk) and sent to the Ủy ban nhân dân huyện; every "days late" is
 * what lib/deadline's daysLateBetween gives (tests/unit/documents/samples.test.ts checks them).
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

/** Issued the day before D02's appointment (17/05/2022 16:00), as the apology must precede the delay. */
const SAMPLE_APOLOGY_LETTER: ApologyLetterInput = {
  agency: { ...SAMPLE_AGENCY, recipients: ['Như trên', 'Bộ phận Một cửa huyện Đức Cơ', 'Lưu: VT, KTHT'] },
  issueDate: '2022-05-16',
  ...D02,
  applicantTitle: 'Bà',
  newDueAt: '2022-05-27T16:00',
  reason: 'Hồ sơ cần kiểm tra hiện trạng công trình tại thực địa và lấy ý kiến của cơ quan quản lý đường bộ về chỉ giới xây dựng.',
  processingAgency: 'Phòng Kinh tế và Hạ tầng huyện Đức Cơ',
};

/**
 * The same kind of dossier received under the 2025 rules at a commune-level centre, in January
 * 2026, so the letter also cites Nghị định 367/2025; issued three days before the appointment.
 */
const SAMPLE_APOLOGY_LETTER_2025: ApologyLetterInput = {
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
  issueDate: '2026-01-23',
  dossierCode: 'H21.57.53-260112-0007',
  procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  applicantTitle: 'Bà',
  applicant: 'Trần Thị Mẫu',
  address: 'Thôn Mẫu 1, xã Ia Dơk, tỉnh Gia Lai',
  phone: '0900000102',
  receivedAt: '2026-01-12T09:15',
  dueAt: '2026-01-26T16:00',
  newDueAt: '2026-02-03T16:00',
  reason: 'Hồ sơ cần kiểm tra hiện trạng công trình tại thực địa.',
  processingAgency: 'Phòng Kinh tế xã Ia Dơk',
};

/**
 * The 15th-to-14th period ending 14/05/2022 (Nghị định 09/2019 Art. 12), made by the district post
 * office that runs the one-stop desk and sent to the district committee, as the 2022 notice asks.
 */
const SAMPLE_MONTHLY_REPORT: MonthlyReportInput = {
  agency: {
    parentAgency: 'Bưu điện tỉnh Gia Lai',
    agency: 'Bưu điện huyện Đức Cơ',
    agencyCode: 'BĐĐC',
    placeName: 'Đức Cơ',
    signingPrefix: '',
    signerTitle: 'Giám đốc',
    signerName: 'Lê Thị Ví Dụ',
    recipients: ['Như trên', 'Văn phòng HĐND - UBND huyện', 'Lưu: VT'],
  },
  issueDate: '2022-05-20',
  addressee: 'Ủy ban nhân dân huyện Đức Cơ',
  period: { from: '2022-04-15', to: '2022-05-14', label: 'từ ngày 15/4/2022 đến ngày 14/5/2022' },
  seen: {
    receivedTotal: 12,
    receivedOnline: 5,
    receivedDirect: 7,
    carriedOver: 3,
    resolvedTotal: 9,
    resolvedEarly: 4,
    resolvedOnTime: 4,
    resolvedLate: 1,
    pendingTotal: 6,
    pendingOnTime: 5,
    pendingLate: 1,
  },
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
      apology: 'Số 15/PXL-UBND ngày 09/05/2022',
    },
    {
      dossierCode: 'H21.57.14-220506-0006',
      procedure: 'Đăng ký thành lập hộ kinh doanh',
      applicant: 'Vũ Văn Mẫu',
      receivedAt: '2022-05-06T13:30',
      dueAt: '2022-05-12T16:00',
      daysLate: 1,
      reason: 'Cán bộ thụ lý nghỉ ốm, chưa phân công người thay',
      responsible: 'Phòng Tài chính - Kế hoạch',
      apology: 'Số 18/PXL-UBND ngày 11/05/2022',
    },
  ],
  remarks: 'Đề nghị các phòng chuyên môn tăng cường theo dõi thời hạn giải quyết, gửi văn bản xin lỗi đúng quy định.',
};

const SAMPLE_EXPLANATION: ExplanationInput = {
  agency: {
    parentAgency: 'Ủy ban nhân dân huyện Đức Cơ',
    agency: 'Phòng Kinh tế và Hạ tầng',
    agencyCode: 'KTHT',
    placeName: 'Đức Cơ',
    signingPrefix: '',
    signerTitle: 'Trưởng phòng',
    signerName: 'Lê Văn Mẫu',
    recipients: ['Như trên', 'Văn phòng HĐND và UBND huyện', 'Lưu: VT'],
  },
  issueDate: '2022-05-20',
  addressee: 'Ủy ban nhân dân huyện Đức Cơ',
  caseKind: 'late',
  ...D02,
  daysLate: 3,
  reason: 'Công trình nằm sát hành lang an toàn đường bộ; phải kiểm tra hiện trạng tại thực địa và chờ ý kiến của cơ quan quản lý đường bộ.',
  responsiblePerson: 'Ông Đinh Văn Thử, chuyên viên Phòng Kinh tế và Hạ tầng',
  coordinatingUnit: 'Phòng Tài nguyên và Môi trường huyện Đức Cơ',
  remedy: 'Hoàn thành thẩm định và trình ký giấy phép trước 16 giờ 00 phút ngày 27/5/2022; đã gửi văn bản xin lỗi công dân.',
};

const SAMPLE_SUPPLEMENT_REQUEST: SupplementRequestInput = {
  agency: { ...SAMPLE_AGENCY, recipients: ['Lưu: VT, Bộ phận Một cửa'] },
  issueDate: '2022-05-10',
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
  guideName: 'Siu Thị Ví Dụ',
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
