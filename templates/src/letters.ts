/**
 * The bodies of the four one-page kinds: both apology letters (Mẫu số 04 of Thông tư 01/2018/TT-VPCP
 * and of Thông tư 03/2025/TT-VPCP), the unit's explanation and the request for additions (Mẫu số 02).
 * docs/templates.md gives the source of every sentence.
 */
import { p, rule } from './ooxml';
import { body, closing, closingBlock, formSignature, headerBlock, textWidth, title } from './page';

const gap = (points: number): string => p('', { size: 6, after: points });

const addressedTo = (who: string): string => p(`Kính gửi: ${who}`, { align: 'center', size: 14, before: 6, after: 12 });

/** Mẫu 04 (TT 01/2018): Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
export function apologyLetter2018(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', { after: 6 }),
    addressedTo('{applicantTitle} {applicant}'),
    body('Địa chỉ: {address}. Số điện thoại: {phone}.'),
    body(
      '{agencyName} tiếp nhận hồ sơ của {applicantTitle} {applicant} vào lúc {receivedAt}, đề nghị giải quyết thủ tục hành chính: {procedure}.',
    ),
    body('Mã hồ sơ: {dossierCode}.'),
    body('Thời gian hẹn trả kết quả giải quyết hồ sơ: {dueAt}.'),
    body(
      'Tuy nhiên đến nay, {processingAgency} chưa trả kết quả giải quyết hồ sơ của {applicantTitle} theo đúng thời gian đã hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    ),
    body('Lý do: {reason}'),
    body('Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của {applicantTitle}.'),
    body('{agencyName} xin lỗi {applicantTitle} và sẽ trả kết quả giải quyết hồ sơ cho {applicantTitle} vào {newDueAt}.'),
    closing('Xin trân trọng cảm ơn./.'),
    closingBlock('portrait'),
  ].join('');
}

/** Mẫu 04 (TT 03/2025): Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
export function apologyLetter2025(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN', { after: 0 }),
    title('THỜI GIAN GIẢI QUYẾT', { after: 6 }),
    // Nghị định 30/2020 Phụ lục I: căn cứ ban hành in italics under the title, each on its own
    // line, the last ending with "."; the data builder words it for the letter's date.
    body('{legalBasis}', { italic: true, keepNext: true }),
    addressedTo('{applicantTitle} {applicant}'),
    body('Địa chỉ: {address}. Số điện thoại: {phone}.'),
    body(
      '{agencyName} tiếp nhận hồ sơ của {applicantTitle} {applicant} vào lúc {receivedAt}, đề nghị giải quyết thủ tục hành chính: {procedure}.',
    ),
    body('Mã hồ sơ: {dossierCode}.'),
    body('Thời hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: {dueAt}.'),
    body('Đến nay, {processingAgency} chưa giải quyết xong hồ sơ theo đúng thời hạn đã hẹn.'),
    body('Lý do: {reason}'),
    body(
      '{agencyName} thành thật xin lỗi {applicantTitle} về sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ đến {newDueAt}.',
    ),
    closing('Trân trọng./.'),
    closingBlock('portrait'),
  ].join('');
}

const heading = (text: string): string => body(text, { bold: true, keepNext: true, before: 6 });

export function explanation(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('BÁO CÁO', { after: 0 }),
    title('{subject}', { after: 0 }),
    rule('NhacHanRuleShort', 2400, textWidth('portrait')),
    addressedTo('{addressee}'),
    body('{agencyName} báo cáo giải trình việc giải quyết hồ sơ như sau:'),
    heading('1. Thông tin hồ sơ'),
    body('- Mã hồ sơ: {dossierCode};'),
    body('- Thủ tục hành chính: {procedure};'),
    body('- Tổ chức, cá nhân nộp hồ sơ: {applicant};'),
    body('- Thời gian tiếp nhận: {receivedAt};'),
    body('- Thời gian hẹn trả kết quả: {dueAt};'),
    body('- Tình trạng: {situation}'),
    heading('2. Nguyên nhân'),
    body('{reason}'),
    heading('3. Trách nhiệm'),
    body('- Cá nhân chịu trách nhiệm: {responsiblePerson};'),
    body('- Đơn vị phối hợp: {coordinatingUnit}.'),
    heading('4. Biện pháp khắc phục'),
    body('{remedy}', { keepNext: true }),
    closing('Trên đây là báo cáo giải trình của {agencyName}./.'),
    closingBlock('portrait'),
  ].join('');
}

/**
 * Mẫu 02: a desk slip the officer who checked the dossier hands over and signs ("NGƯỜI HƯỚNG DẪN"),
 * with no "Kính gửi" and no "Nơi nhận"; symbol "…/HDHS".
 */
export function supplementRequest(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', { after: 12 }),
    body('Hồ sơ của: {applicantTitle} {applicant}.'),
    body('Mã hồ sơ: {dossierCode}.'),
    body('Nội dung yêu cầu giải quyết: {procedure}.'),
    body('Địa chỉ: {address}.'),
    body('Số điện thoại: {phone}. Email: {email}.'),
    body('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', { keepNext: true }),
    p('{#missing}'),
    body('{index}. {item}'),
    p('{/missing}'),
    body('Lý do: {reason}'),
    closing(
      'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, {applicantTitle} liên hệ với {contactName}, số điện thoại {contactPhone} để được hướng dẫn./.',
    ),
    formSignature('portrait', 'NGƯỜI HƯỚNG DẪN'),
  ].join('');
}
