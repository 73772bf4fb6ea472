/**
 * The words portals use, in one place (docs/portal-reference.md §3.2, §4.5): column headers and detail labels,
 * labels inside composite cells, status texts, countdown labels, rows that are not dossiers.
 * Vietnamese is written NFC with its diacritics; matching also tries a diacritic-free fallback.
 */
import type { DossierStatus } from '../dossier/schema';

/**
 * What a column (or a detail label) holds. Date fields carry the record's key; `info` is a composite
 * cell (code, summary, status and dates in labelled lines); `remaining` a countdown label that may hold
 * a date; `ignored` a known column with nothing for a dossier (row number, actions, sector…).
 */
export const FIELDS = [
  'code', 'info', 'procedure', 'summary', 'applicant', 'address', 'phone', 'email', 'agency',
  'receivingAgency', 'submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'status',
  'reason', 'remaining', 'overdueDays', 'ignored',
] as const;
export type Field = (typeof FIELDS)[number];

/** Header and label synonyms. Order inside a field does not matter; matching is exact on the folded label. */
export const HEADER_SYNONYMS: Record<Field, readonly string[]> = {
  code: ['Mã hồ sơ', 'Số hồ sơ', 'Số biên nhận', 'Mã số biên nhận', 'Mã hồ sơ một cửa', 'Mã biên nhận', 'Số hiệu hồ sơ', 'Mã HS'],
  info: ['Thông tin hồ sơ', 'Hồ sơ', 'Thông tin'],
  procedure: ['Tên thủ tục', 'Tên TTHC', 'Thủ tục hành chính', 'Thủ tục', 'Tên nội dung', 'Tên thủ tục hành chính', 'Tên dịch vụ'],
  summary: ['Trích yếu', 'Nội dung', 'Nội dung hồ sơ', 'Nội dung yêu cầu giải quyết', 'Trích yếu hồ sơ'],
  applicant: ['Chủ hồ sơ', 'Người đăng ký', 'Người nộp', 'Tên cá nhân, tổ chức', 'Họ và tên', 'Họ tên', 'Tên khách hàng', 'Họ tên chủ hồ sơ', 'Người nộp hồ sơ', 'Tổ chức, cá nhân', 'Công dân, tổ chức', 'Người yêu cầu'],
  address: ['Địa chỉ', 'Địa chỉ, số điện thoại', 'Địa chỉ chủ hồ sơ', 'Địa chỉ liên hệ'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Số ĐT', 'Điện thoại liên hệ'],
  email: ['Email', 'Thư điện tử', 'E-mail', 'Địa chỉ email'],
  agency: ['Đơn vị xử lý', 'Cơ quan chủ trì giải quyết', 'Đơn vị giải quyết', 'Cơ quan giải quyết', 'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Phòng ban xử lý', 'Cơ quan thực hiện'],
  receivingAgency: ['Đơn vị tiếp nhận', 'Nơi tiếp nhận', 'Cơ quan tiếp nhận', 'Bộ phận tiếp nhận'],
  submittedAt: ['Ngày nộp hồ sơ', 'Ngày nộp', 'Ngày gửi', 'Ngày đăng ký', 'Ngày giờ nộp'],
  receivedAt: ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày giờ tiếp nhận', 'Nhận hồ sơ', 'Tiếp nhận', 'Tiếp nhận trực tiếp', 'Tiếp nhận trực tuyến', 'Tiếp nhận qua bưu chính công ích', 'Ngày nhận hồ sơ', 'Thời gian tiếp nhận'],
  dueAt: ['Ngày hẹn trả', 'Ngày giờ hẹn trả', 'Hẹn trả kết quả', 'Hẹn trả', 'Ngày trả dự kiến', 'Hạn xử lý', 'Ngày hẹn trả kết quả', 'Hạn giải quyết', 'Thời hạn trả kết quả', 'Ngày hẹn'],
  finishedAt: ['Ngày kết thúc xử lý', 'Ngày có kết quả', 'Ngày hoàn thành', 'Ngày xử lý xong'],
  returnedAt: ['Ngày trả', 'Trả kết quả', 'Ngày trả kết quả', 'Ngày giờ trả kết quả'],
  status: ['Trạng thái', 'Trạng thái hồ sơ', 'Tình trạng', 'Tình trạng hồ sơ', 'Trạng thái xử lý'],
  reason: ['Lý do', 'Lý do từ chối', 'Lý do trả lại', 'Lý do trễ hẹn', 'Lý do bổ sung', 'Lý do không tiếp nhận'],
  remaining: ['Còn lại', 'Thời hạn', 'Tình trạng trễ hạn', 'Thời gian còn lại', 'Tiến độ'],
  overdueDays: ['Số ngày quá hạn', 'Số ngày trễ hạn'],
  ignored: ['STT', 'TT', '#', 'Số TT', 'Thao tác', 'Chức năng', 'Lĩnh vực', 'Ký nhận', 'Phương thức nhận kết quả', 'Kênh thực hiện', 'Phí, lệ phí', 'Cán bộ', 'Người xử lý', 'Thực hiện', 'Cán bộ trễ hạn', 'Số CMND/CCCD', 'CMND/CCCD', 'Số CCCD', 'Thời hạn giải quyết', 'Hạn xử lý cá nhân', 'Loại chủ hồ sơ', 'Trường hợp thủ tục', 'Ghi chú', 'Chọn', 'Tệp đính kèm', 'Bước xử lý'],
};

/** The name shown for a field in diagnostics ("Không tìm thấy cột 'Ngày hẹn trả'"). */
export const FIELD_LABELS: Record<Field, string> = {
  code: 'Mã hồ sơ', info: 'Thông tin hồ sơ', procedure: 'Tên thủ tục', summary: 'Trích yếu',
  applicant: 'Chủ hồ sơ', address: 'Địa chỉ', phone: 'Số điện thoại', email: 'Email',
  agency: 'Đơn vị xử lý', receivingAgency: 'Đơn vị tiếp nhận', submittedAt: 'Ngày nộp hồ sơ',
  receivedAt: 'Ngày tiếp nhận', dueAt: 'Ngày hẹn trả', finishedAt: 'Ngày kết thúc xử lý',
  returnedAt: 'Ngày trả kết quả', status: 'Trạng thái', reason: 'Lý do', remaining: 'Thời hạn',
  overdueDays: 'Số ngày quá hạn', ignored: '',
};

/** Fields a list should have; a missing one is reported (the dossier code may come from an `info` cell). */
export const EXPECTED_LIST_FIELDS: readonly Field[] = ['code', 'procedure', 'applicant', 'receivedAt', 'dueAt', 'status'];

/**
 * Labels inside a composite cell ("- Tiếp nhận trực tiếp: 05/05/2022 14:30, hẹn trả: 17/05/2022 16:00"),
 * written without diacritics because they are matched on the diacritic-free text (see `text.loose`).
 * Longest first, so "ngay hen tra" wins over "hen tra".
 */
export const INLINE_LABELS: ReadonlyArray<readonly [string, Field]> = [
  ['tiep nhan qua buu chinh cong ich', 'receivedAt'],
  ['trang thai ho so', 'status'],
  ['tiep nhan truc tiep', 'receivedAt'],
  ['tiep nhan truc tuyen', 'receivedAt'],
  ['ngay ket thuc xu ly', 'finishedAt'],
  ['ngay tiep nhan', 'receivedAt'],
  ['ngay nop ho so', 'submittedAt'],
  ['ngay tra ket qua', 'returnedAt'],
  ['ngay tra du kien', 'dueAt'],
  ['ngay hen tra', 'dueAt'],
  ['han xu ly', 'dueAt'],
  ['trang thai', 'status'],
  ['tiep nhan', 'receivedAt'],
  ['ngay nop', 'submittedAt'],
  ['ngay tra', 'returnedAt'],
  ['hen tra', 'dueAt'],
  ['ma ho so', 'code'],
  ['chu ho so', 'applicant'],
  ['ly do', 'reason'],
];

/**
 * Status texts, matched as diacritic-free substrings in this order (the first hit wins): refusals
 * before "tiếp nhận", "chờ trả" (finished, not yet handed over) before "trả kết quả".
 */
export const STATUS_TEXTS: ReadonlyArray<readonly [string, DossierStatus]> = [
  ['rut ho so', 'withdrawn'],
  ['xin rut', 'withdrawn'],
  ['khong duoc tiep nhan', 'refused'],
  ['khong tiep nhan', 'refused'],
  ['tu choi', 'refused'],
  ['tra lai', 'refused'],
  ['bo sung', 'waiting-additions'],
  ['tam dung', 'waiting-additions'],
  ['dung xu ly', 'waiting-additions'],
  ['cho tra', 'finished'],
  ['da xu ly xong', 'finished'],
  ['co ket qua', 'finished'],
  ['hoan thanh', 'finished'],
  ['da giai quyet', 'finished'],
  ['da tra ket qua', 'returned'],
  ['da tra ho so', 'returned'],
  ['tra ket qua', 'returned'],
  ['moi dang ky', 'new'],
  ['cho tiep nhan', 'new'],
  ['moi tiep nhan', 'processing'],
  ['dang xu ly', 'processing'],
  ['duoc tiep nhan', 'processing'],
  ['da tiep nhan', 'processing'],
  ['thu ly', 'processing'],
  ['dang giai quyet', 'processing'],
  ['cho xu ly', 'processing'],
  ['nghia vu tai chinh', 'processing'],
  ['chuyen xu ly', 'processing'],
  ['dang tham dinh', 'processing'],
  ['qua han', 'processing'],
];

/** Countdown labels (diacritic-free, lower case): never dates, kept as `remainingHint`. */
export const REMAINING_PATTERNS: ReadonlyArray<readonly [RegExp, 'left' | 'today' | 'overdue']> = [
  [/(?:da\s+)?(?:qua han|cham tien do|tre han|tre hen)\s*(\d+)\s*ngay/, 'overdue'],
  [/con(?:\s+lai)?\s*(\d+)\s*ngay/, 'left'],
  [/hom nay|trong (?:sang|chieu) nay|den han/, 'today'],
];

/** Rows that are not dossiers: empty states and totals (diacritic-free, lower case). */
export const NON_DOSSIER_ROW = /^(?:khong co du lieu|khong tim thay|chua co (?:du lieu|ho so)|no data|khong co ho so|tong cong|tong so|tong:)/;

/** Headings that name the dossier of a detail view ("Chi tiết hồ sơ H21.57.14-220505-0007"). */
export const DETAIL_TITLE = /(?:chi tiet|thong tin)(?: chi tiet)? ho so/;
