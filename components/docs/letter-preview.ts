/**
 * The letter as plain paragraphs, from the same tag values the .docx is filled with, so what the
 * officer reads is what will be printed. The text mirrors the default templates (templates/src/
 * letters.ts); it is document content, always Vietnamese, not interface text.
 */
import { apologyLetterTags, type ApologyLetterData } from '../../lib/docs';

export function letterPreview(data: ApologyLetterData): string[] {
  const t = apologyLetterTags(data);
  const header = [
    t.parentAgency,
    t.agency,
    `Số: ${t.number}/${t.documentSymbol}`,
    `${t.placeName}, ${t.issueDate}`,
  ].filter((line) => line.trim() !== '');
  const receipt = `Vào lúc ${t.receivedAt}, ${t.agencyName} tiếp nhận hồ sơ của ${t.applicantTitle} ${t.applicant} đề nghị giải quyết thủ tục: ${t.procedure}.`;
  const body =
    t.regime === '2018'
      ? [
          'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
          `Kính gửi: ${t.applicantTitle} ${t.applicant}`,
          `Địa chỉ: ${t.address}. Số điện thoại: ${t.phone}.`,
          receipt,
          `Mã hồ sơ: ${t.dossierCode}.`,
          `Thời gian hẹn trả kết quả giải quyết hồ sơ: ${t.dueAt}.`,
          `Tuy nhiên, đến nay ${t.processingAgency} chưa trả kết quả giải quyết hồ sơ cho ${t.applicantTitle} theo đúng thời gian đã hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
          `Lý do: ${t.reason}`,
          `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, thời gian đi lại của ${t.applicantTitle}. ${t.agencyName} thành thật xin lỗi ${t.applicantTitle} và xin hẹn lại thời gian trả kết quả giải quyết hồ sơ vào ${t.newDueAt}.`,
          'Xin trân trọng cảm ơn./.',
        ]
      : [
          'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ',
          `Kính gửi: ${t.applicantTitle} ${t.applicant}`,
          `Địa chỉ: ${t.address}. Số điện thoại: ${t.phone}.`,
          'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;',
          receipt,
          `Mã hồ sơ: ${t.dossierCode}.`,
          `Thời hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ${t.dueAt}.`,
          `Đến nay, ${t.processingAgency} chưa giải quyết xong hồ sơ theo đúng thời hạn đã hẹn.`,
          `Lý do: ${t.reason}`,
          `${t.agencyName} thành thật xin lỗi ${t.applicantTitle} về sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ đến ${t.newDueAt}.`,
          'Trân trọng./.',
        ];
  const closing = [t.signatureHeading, t.signerName, 'Nơi nhận:', ...t.recipients.map((r) => r.line)].filter(
    (line) => line.trim() !== '',
  );
  return [...header, ...body, ...closing];
}
