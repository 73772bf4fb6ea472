/**
 * What the reader reports instead of throwing: a code with params, translatable through the catalogue
 * below (Vietnamese first, English second).
 */
import { translate, type Catalog, type Language, type Params } from '../i18n/format';

export const DIAGNOSTIC_CODES = [
  'list-not-found',
  'list-unread-no-code',
  'list-unread-no-date',
  'header-recognised',
  'header-unknown',
  'reading-ambiguous',
  'column-missing',
  'value-unparseable',
  'date-outside-window',
  'code-missing',
  'due-missing',
  'selector-invalid',
  'selector-empty',
  'frame-inaccessible',
  'detail-not-found',
  'teach-incomplete',
  'teach-not-in-list',
  'teach-same-column',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  code: DiagnosticCode;
  params: Params;
  level: 'info' | 'warning' | 'error';
  /** 0-based index of the row among the list's dossier rows, for row problems. */
  row?: number;
}

export const MESSAGES: Catalog<DiagnosticCode> = {
  vi: {
    'list-not-found': 'Không tìm thấy danh sách hồ sơ trên trang',
    'list-unread-no-code':
      'Trang có một bảng giống danh sách hồ sơ nhưng không tìm thấy cột mã hồ sơ (đã nhận ra: {fields}): hãy chỉ cho Nhắc Hạn cột nào là gì',
    'list-unread-no-date':
      'Trang có một bảng giống danh sách hồ sơ nhưng không tìm thấy cột ngày nào (đã nhận ra: {fields}): hãy chỉ cho Nhắc Hạn cột nào là gì',
    'header-recognised': "Đã nhận cột '{header}' ({field})",
    'header-unknown': "Không nhận ra cột '{header}'",
    'reading-ambiguous': "Cột '{header}' có thể là {fields}: Nhắc Hạn chưa chắc, hãy chỉ cho Nhắc Hạn cột nào là gì",
    'column-missing': "Không tìm thấy cột '{label}'",
    'value-unparseable': "Không đọc được '{text}' ở cột '{label}'",
    'date-outside-window': "Ngày '{text}' ở cột '{label}' nằm ngoài các năm {from}–{to}",
    'code-missing': 'Dòng {row}: không có mã hồ sơ',
    'due-missing': 'Hồ sơ {code}: không có ngày hẹn trả',
    'selector-invalid': "Bộ chọn CSS không hợp lệ: '{selector}'",
    'selector-empty': "Bộ chọn CSS '{selector}' không tìm thấy phần tử nào",
    'frame-inaccessible': 'Không đọc được khung nhúng (khác nguồn gốc)',
    'detail-not-found': 'Không tìm thấy thông tin chi tiết hồ sơ',
    'teach-incomplete': 'Hãy bấm vào một ô ngày hẹn trả và một ô mã hồ sơ',
    'teach-not-in-list': 'Ô vừa bấm không nằm trong cùng một danh sách hồ sơ',
    'teach-same-column': 'Hai ô vừa bấm cùng một cột: hãy bấm ô của cột khác',
  },
  en: {
    'list-not-found': 'No dossier list found on the page',
    'list-unread-no-code': 'A table on the page looks like a dossier list but has no dossier code column (recognised: {fields}): show Nhắc Hạn which column is which',
    'list-unread-no-date': 'A table on the page looks like a dossier list but has no date column (recognised: {fields}): show Nhắc Hạn which column is which',
    'header-recognised': "Recognised column '{header}' ({field})",
    'header-unknown': "Unrecognised column '{header}'",
    'reading-ambiguous': "Column '{header}' could be {fields}: Nhắc Hạn is not sure, show it which column is which",
    'column-missing': "Header '{label}' not found",
    'value-unparseable': "Cannot read '{text}' in column '{label}'",
    'date-outside-window': "The date '{text}' in column '{label}' is outside the years {from}–{to}",
    'code-missing': 'Row {row}: no dossier code',
    'due-missing': 'Dossier {code}: no appointment date',
    'selector-invalid': "Invalid CSS selector: '{selector}'",
    'selector-empty': "CSS selector '{selector}' matches no element",
    'frame-inaccessible': 'Cannot read an embedded frame (cross-origin)',
    'detail-not-found': 'No dossier details found',
    'teach-incomplete': 'Click a cell of the appointment date and one of the dossier code',
    'teach-not-in-list': 'The cells clicked are not in one dossier list',
    'teach-same-column': 'Both cells are in the same column: click a cell of another column',
  },
};

export function describeDiagnostic(d: Diagnostic, lang: Language): string {
  return translate(MESSAGES, lang, d.code, d.params);
}

export function diagnostic(code: DiagnosticCode, level: Diagnostic['level'], params: Params = {}, row?: number): Diagnostic {
  return row === undefined ? { code, level, params } : { code, level, params, row };
}
