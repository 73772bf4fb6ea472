/**
 * The bodies of the four one-page kinds: both apology letters (Mẫu số 04, the 2018 and 2025
 * regimes), the unit's explanation and the supplement request (Mẫu số 02).
 */
import { p, rule } from './ooxml';
import { body, closingBlock, headerBlock, textWidth, title } from './page';

const gap = (points: number): string => p('', { size: 6, after: points });

const addressedTo = (who: string): string => p(`Kính gửi: ${who}`, { align: 'center', size: 14, before: 6, after: 12 });

const applicantDetails = body('Địa chỉ: {address}. Số điện thoại: {phone}.');

const receipt = body(
  'Vào lúc {receivedAt}, {agencyName} tiếp nhận hồ sơ của {applicantTitle} {applicant} đề nghị giải quyết thủ tục: {procedure}.',
);

export function apologyLetter2018(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', { after: 6 }),
    addressedTo('{applicantTitle} {applicant}'),
    applicantDetails,
    receipt,
    body('Mã hồ sơ: {dossierCode}.'),
    body('Thời gian hẹn trả kết quả giải quyết hồ sơ: {dueAt}.'),
    body(
      'Tuy nhiên, đến nay {processingAgency} chưa trả kết quả giải quyết hồ sơ cho {applicantTitle} theo đúng thời gian đã hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    ),
    body('Lý do: {reason}'),
    body(
      'Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, thời gian đi lại của {applicantTitle}. {agencyName} thành thật xin lỗi {applicantTitle} và xin hẹn lại thời gian trả kết quả giải quyết hồ sơ vào {newDueAt}.',
    ),
    body('Xin trân trọng cảm ơn./.'),
    closingBlock('portrait'),
  ].join('');
}

export function apologyLetter2025(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN', { after: 0 }),
    title('THỜI GIAN GIẢI QUYẾT HỒ SƠ', { after: 6 }),
    addressedTo('{applicantTitle} {applicant}'),
    applicantDetails,
    body(
      'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
    ),
    receipt,
    body('Mã hồ sơ: {dossierCode}.'),
    body('Thời hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: {dueAt}.'),
    body('Đến nay, {processingAgency} chưa giải quyết xong hồ sơ theo đúng thời hạn đã hẹn.'),
    body('Lý do: {reason}'),
    body(
      '{agencyName} thành thật xin lỗi {applicantTitle} về sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ đến {newDueAt}.',
    ),
    body('Trân trọng./.'),
    closingBlock('portrait'),
  ].join('');
}

const heading = (text: string): string => body(text, { bold: true, keepNext: true, before: 6 });

export function explanation(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('BÁO CÁO GIẢI TRÌNH', { after: 0 }),
    title('{subject}', { after: 0 }),
    rule(1800, textWidth('portrait')),
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
    body('{remedy}'),
    body('Trên đây là báo cáo giải trình của {agencyName}./.'),
    closingBlock('portrait'),
  ].join('');
}

export function supplementRequest(): string {
  return [
    headerBlock('portrait'),
    gap(12),
    title('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', { after: 6 }),
    addressedTo('{applicantTitle} {applicant}'),
    applicantDetails,
    receipt,
    body('Mã hồ sơ: {dossierCode}.'),
    body('Sau khi xem xét, đối chiếu với quy định, hồ sơ chưa đầy đủ, hợp lệ. Lý do: {reason}'),
    body('Đề nghị {applicantTitle} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:'),
    p('{#missing}'),
    body('{index}. {item}'),
    p('{/missing}'),
    body(
      'Nội dung yêu cầu bổ sung, hoàn thiện hồ sơ trên đây được hướng dẫn đầy đủ một lần. Nếu có vướng mắc, {applicantTitle} liên hệ {contactName}, số điện thoại {contactPhone} để được hướng dẫn.',
    ),
    body('Xin trân trọng cảm ơn./.'),
    closingBlock('portrait'),
  ].join('');
}
