import { bilingual, type Catalog, type Params } from '../i18n/format';

/** Why a calendar call was refused; the UI translates these with `CALENDAR_MESSAGES`. */
type CalendarErrorCode =
  | 'invalid-day'
  | 'invalid-date-time'
  | 'out-of-range'
  | 'invalid-number'
  | 'invalid-lunar-date'
  | 'no-working-day';

export const CALENDAR_MESSAGES: Catalog<CalendarErrorCode> = {
  vi: {
    'invalid-day': 'Ngày không hợp lệ: "{value}" (cần dạng YYYY-MM-DD, ngày có thật).',
    'invalid-date-time': 'Thời điểm không hợp lệ: "{value}" (cần dạng YYYY-MM-DDTHH:mm, giờ Việt Nam).',
    'out-of-range': 'Năm {year} nằm ngoài phạm vi lịch hỗ trợ ({min}–{max}).',
    'invalid-number': 'Số ngày không hợp lệ: {value} (cần số nguyên).',
    'invalid-lunar-date': 'Ngày âm lịch không tồn tại: {day}/{month}{leap}/{year}.',
    'no-working-day': 'Năm {year} không có ngày làm việc nào theo lịch đã cấu hình.',
  },
  en: {
    'invalid-day': 'Invalid day: "{value}" (expected a real date as YYYY-MM-DD).',
    'invalid-date-time': 'Invalid time: "{value}" (expected YYYY-MM-DDTHH:mm, Vietnam time).',
    'out-of-range': 'Year {year} is outside the supported calendar range ({min}–{max}).',
    'invalid-number': 'Invalid number of days: {value} (expected an integer).',
    'invalid-lunar-date': 'No such lunar date: {day}/{month}{leap}/{year}.',
    'no-working-day': 'Year {year} has no working day in the configured calendar.',
  },
};

export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    readonly params: Params = {},
  ) {
    super(bilingual(CALENDAR_MESSAGES, code, params));
    this.name = 'CalendarError';
  }
}
