import type { Catalog } from './format';

/** The apology letter page (letter.html). */
const vi = {
  'regime.2018': 'Mẫu 04 cũ (Thông tư 01/2018/TT-VPCP): Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  'regime.2025': 'Mẫu 04 (Thông tư 03/2025/TT-VPCP): Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  'regime.short.2018': 'Mẫu 04 cũ (Thông tư 01/2018/TT-VPCP)',
  'regime.short.2025': 'Mẫu 04 (Thông tư 03/2025/TT-VPCP)',

  'letter.title': 'Phiếu xin lỗi',
  'letter.noRequest': 'Trang này được mở không kèm hồ sơ từ cổng một cửa: hãy tự nhập các thông tin của hồ sơ.',
  'letter.agencyMissing': 'Chưa khai báo tên cơ quan và địa danh ban hành văn bản.',
  'letter.facts': 'Thông tin hồ sơ',
  'letter.factsIntro': 'Lấy từ trang cổng một cửa. Thông tin trang không có thì nhập vào ô bên dưới; để trống thì văn bản in dấu chấm để viết tay.',
  'letter.content': 'Nội dung phiếu',
  'letter.applicantTitle': 'Cách xưng hô với chủ hồ sơ',
  'letter.applicantTitleHelp': 'Ví dụ: Ông, Bà, Công ty. Để trống thì in "Ông/Bà".',
  'letter.reason': 'Lý do chậm trễ',
  'letter.reasonHelp': 'Viết rõ vì sao hồ sơ chưa giải quyết xong đúng hẹn.',
  'letter.newDueAt': 'Ngày giờ hẹn trả kết quả mới (giờ Việt Nam)',
  'letter.extendedTo': 'Đề nghị gia hạn đến (giờ Việt Nam)',
  'letter.suggested': 'Gợi ý: {at}, ngày làm việc kế tiếp sau ngày hẹn cũ và hôm nay.',
  'letter.noSuggestion': 'Không có ngày hẹn cũ nên không gợi ý được; hãy chọn ngày giờ.',
  'letter.useSuggested': 'Dùng ngày gợi ý',
  'letter.regime': 'Mẫu văn bản',
  'letter.regimeHelp':
    'Văn bản xin lỗi theo quy định có hiệu lực vào ngày ban hành văn bản: mẫu của Thông tư 03/2025/TT-VPCP áp dụng từ {from}, trước đó là mẫu của Thông tư 01/2018/TT-VPCP. Chỉ đổi khi có hướng dẫn khác.',
  'letter.regimeAuto': 'Tự động: {regime}',
  'letter.regimeChosen': 'Đang dùng: {regime}. {why}',
  'letter.regimeWhy.auto': 'Chọn theo ngày ban hành {date} (mẫu mới áp dụng từ {from}).',
  'letter.regimeWhy.override': 'Do người soạn chọn, không theo ngày ban hành.',
  'letter.rescheduled':
    'Hồ sơ này đã có văn bản xin lỗi hẹn lại ngày trả {at} (tạo lúc {created}). Ngày trả kết quả chỉ được hẹn lại một lần: kiểm tra trước khi tạo văn bản mới.',
  'letter.number': 'Số văn bản',
  'letter.numberHelp': 'Không bắt buộc; để trống để văn thư ghi số.',
  'letter.issueDate': 'Ngày ban hành',
  'letter.download': 'Tải xuống .docx',
  'letter.invalid': 'Còn {count} ô cần sửa trước khi tạo văn bản.',
  'letter.saved': 'Đã tạo tệp {file} và lưu vào lịch sử hồ sơ.',
  'letter.preview': 'Xem trước',
  'letter.previewIntro': 'Nội dung sẽ in ra, theo mẫu mặc định.',
  'letter.noPreview': 'Chưa xem trước được: hãy sửa các ô đang báo lỗi.',
} as const;

export type LetterKey = keyof typeof vi;

export const letterMessages: Catalog<LetterKey> = {
  vi,
  en: {
    'regime.2018': 'Old Form 04 (Circular 01/2018/TT-VPCP): apology and new appointment',
    'regime.2025': 'Form 04 (Circular 03/2025/TT-VPCP): apology and request to extend the processing time',
    'regime.short.2018': 'Old Form 04 (Circular 01/2018/TT-VPCP)',
    'regime.short.2025': 'Form 04 (Circular 03/2025/TT-VPCP)',

    'letter.title': 'Apology letter',
    'letter.noRequest': 'This page was opened without a dossier from the portal: enter the dossier’s details yourself.',
    'letter.agencyMissing': 'The issuing agency’s name and place are not set.',
    'letter.facts': 'Dossier details',
    'letter.factsIntro': 'Taken from the portal page. Enter what the page did not show below; a blank prints as dots to fill in by hand.',
    'letter.content': 'Letter content',
    'letter.applicantTitle': 'How to address the applicant',
    'letter.applicantTitleHelp': 'For example Ông, Bà, Công ty. Blank prints "Ông/Bà".',
    'letter.reason': 'Reason for the delay',
    'letter.reasonHelp': 'Say clearly why the dossier was not finished on time.',
    'letter.newDueAt': 'New appointment (Vietnam time)',
    'letter.extendedTo': 'Extension requested until (Vietnam time)',
    'letter.suggested': 'Suggested: {at}, the next working day after the old appointment and today.',
    'letter.noSuggestion': 'No old appointment, so nothing to suggest; pick a day and time.',
    'letter.useSuggested': 'Use the suggestion',
    'letter.regime': 'Form',
    'letter.regimeHelp':
      'An apology follows the rules in force on the day it is issued: Circular 03/2025/TT-VPCP\'s form from {from}, Circular 01/2018/TT-VPCP\'s before. Change only when told to.',
    'letter.regimeAuto': 'Automatic: {regime}',
    'letter.regimeChosen': 'In use: {regime}. {why}',
    'letter.regimeWhy.auto': 'Chosen by the issue date {date} (the new form applies from {from}).',
    'letter.regimeWhy.override': 'Chosen by the writer, not by the issue date.',
    'letter.rescheduled':
      'This dossier already has an apology setting a new appointment for {at} (made {created}). The return date may be reset only once: check before making another.',
    'letter.number': 'Document number',
    'letter.numberHelp': 'Optional; leave blank for the records office to number it.',
    'letter.issueDate': 'Issue date',
    'letter.download': 'Download .docx',
    'letter.invalid': '{count} field(s) need fixing before the document can be made.',
    'letter.saved': 'Made {file} and saved it in the dossier history.',
    'letter.preview': 'Preview',
    'letter.previewIntro': 'What will be printed, with the default template.',
    'letter.noPreview': 'No preview yet: fix the fields marked in error.',
  },
};
