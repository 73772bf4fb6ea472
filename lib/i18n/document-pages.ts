import type { Catalog } from './format';

/** What the pages that make documents share: loading, as-of note, field issues, dossier facts, kinds. */
const vi = {
  'page.loading': 'Đang tải…',
  'page.asOf': 'Đang tính theo thời điểm {asOf}, không phải giờ hiện tại (đặt trong Cài đặt).',
  'page.openSettings': 'Mở Cài đặt',
  'error.unexpected': 'Có lỗi không mong đợi: {detail}',

  'fact.dossierCode': 'Mã hồ sơ',
  'fact.procedure': 'Thủ tục hành chính',
  'fact.applicant': 'Chủ hồ sơ',
  'fact.address': 'Địa chỉ',
  'fact.phone': 'Số điện thoại',
  'fact.receivedAt': 'Ngày giờ tiếp nhận',
  'fact.dueAt': 'Ngày giờ hẹn trả',
  'fact.processingAgency': 'Cơ quan chủ trì giải quyết',

  'issue.required': 'Bắt buộc: hãy nhập thông tin này.',
  'issue.tooLong': 'Tối đa {max} ký tự.',
  'issue.dateTime': 'Hãy chọn đủ ngày và giờ.',
  'issue.day': 'Hãy chọn một ngày hợp lệ.',
  'issue.invalid': 'Giá trị không hợp lệ.',
  'issue.newDueNotLater': 'Ngày hẹn mới phải sau ngày hẹn trả đã ghi trên giấy tiếp nhận.',
  'issue.agency': 'Thông tin cơ quan ban hành trong Cài đặt chưa đủ ({field}).',
  'issue.missingNone': 'Hãy ghi ít nhất một nội dung cần bổ sung, mỗi dòng một nội dung.',
  'issue.missingTooMany': 'Có {count} dòng; tối đa {max} nội dung cần bổ sung.',
  'issue.missingItemTooLong': 'Dòng {line} quá dài: tối đa {max} ký tự.',

  'kind.apology-letter': 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04 cũ)',
  'kind.apology-letter-2025': 'Văn bản xin lỗi và đề nghị gia hạn',
  'kind.monthly-report': 'Báo cáo hồ sơ trả lại, trễ hạn hằng tháng',
  'kind.explanation': 'Báo cáo giải trình',
  'kind.supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  'print.title': 'Bản in',
  'print.intro': 'Trang văn bản như khi in, dựng từ chính tệp .docx (khổ giấy, lề, phông chữ). Bấm "In" để in trực tiếp, không cần Word.',
  'print.button': 'In',
  'print.none': 'Chưa có bản in: hãy sửa các trường đang báo lỗi.',
  'print.failed': 'Không dựng được bản in: {detail}. Vẫn có thể tải tệp .docx và in bằng Word hoặc LibreOffice.',
} as const;

export type DocumentPagesKey = keyof typeof vi;

export const documentPagesMessages: Catalog<DocumentPagesKey> = {
  vi,
  en: {
    'page.loading': 'Loading…',
    'page.asOf': 'Computing as of {asOf}, not the current time (set in Settings).',
    'page.openSettings': 'Open Settings',
    'error.unexpected': 'Unexpected error: {detail}',

    'fact.dossierCode': 'Dossier code',
    'fact.procedure': 'Administrative procedure',
    'fact.applicant': 'Applicant',
    'fact.address': 'Address',
    'fact.phone': 'Phone',
    'fact.receivedAt': 'Received',
    'fact.dueAt': 'Appointment',
    'fact.processingAgency': 'Processing agency',

    'issue.required': 'Required: please enter this.',
    'issue.tooLong': 'At most {max} characters.',
    'issue.dateTime': 'Pick both a day and a time.',
    'issue.day': 'Pick a valid day.',
    'issue.invalid': 'Not a valid value.',
    'issue.newDueNotLater': 'The new appointment must be after the one on the receipt.',
    'issue.agency': 'The issuing agency in Settings is incomplete ({field}).',
    'issue.missingNone': 'List at least one thing to add, one a line.',
    'issue.missingTooMany': '{count} lines; at most {max} things to add.',
    'issue.missingItemTooLong': 'Line {line} is too long: at most {max} characters.',

    'kind.apology-letter': 'Apology and new appointment (old Form 04)',
    'kind.apology-letter-2025': 'Apology and request for extension',
    'kind.monthly-report': 'Monthly report of returned and late dossiers',
    'kind.explanation': 'Explanation report',
    'kind.supplement-request': 'Request for supplementary documents',
    'print.title': 'As printed',
    'print.intro': 'The document’s pages as they will print, drawn from the .docx itself (paper size, margins, fonts). "Print" prints them directly, no Word needed.',
    'print.button': 'Print',
    'print.none': 'Nothing to print yet: fix the fields marked in error.',
    'print.failed': 'The printed view could not be drawn: {detail}. The .docx can still be downloaded and printed from Word or LibreOffice.',
  },
};
