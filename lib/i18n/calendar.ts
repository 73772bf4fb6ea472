import type { Catalog } from './format';

/** Why a pasted yearly schedule was refused (lib/calendar/year-schedule.ts raises them). */
export type YearScheduleErrorCode =
  | 'not-a-date'
  | 'no-kind'
  | 'other-year'
  | 'duplicate'
  | 'make-up-not-saturday'
  | 'reversed-range'
  | 'empty';

/**
 * Calendar words shown on several surfaces (badge tooltips, the letter form, the settings, the
 * report): the notice for a year without an official schedule, and a loaded schedule's line errors.
 */
export type CalendarKey =
  | 'no-schedule'
  | `schedule.${YearScheduleErrorCode}`
  | 'ys.title'
  | 'ys.intro'
  | 'ys.year'
  | 'ys.source'
  | 'ys.sourceHelp'
  | 'ys.text'
  | 'ys.textHelp'
  | 'ys.errors'
  | 'ys.nothingSaved'
  | 'ys.preview'
  | 'ys.apply'
  | 'ys.applied'
  | 'ys.loaded'
  | 'ys.loadedItem'
  | 'ys.edit'
  | 'ys.remove'
  | 'ys.removed'
  | 'ys.saveFailed'
  | 'ys.legend'
  | 'ys.weekdays'
  | 'ys.month'
  | 'ys.badYear'
  | 'weekdays';

export const calendarMessages: Catalog<CalendarKey> = {
  vi: {
    // Wording fixed by issue 13 so officers see the same sentence everywhere.
    'no-schedule': 'Năm {year} chưa có lịch nghỉ chính thức trong Nhắc Hạn: đang tính theo Bộ luật Lao động',
    'schedule.not-a-date': 'Dòng {line}: "{text}" không bắt đầu bằng một ngày có thật (cần dd/mm/yyyy, hoặc dd/mm/yyyy - dd/mm/yyyy).',
    'schedule.no-kind': 'Dòng {line}: "{text}" thiếu "nghỉ" hoặc "làm bù" sau ngày.',
    'schedule.other-year': 'Dòng {line}: ngày {day} thuộc năm {other}, không phải năm {year} đang nạp.',
    'schedule.duplicate': 'Dòng {line}: ngày {day} đã có ở dòng {first}.',
    'schedule.make-up-not-saturday': 'Dòng {line}: ngày làm bù {day} là {weekday}; ngày làm bù phải là thứ Bảy.',
    'schedule.reversed-range': 'Dòng {line}: khoảng ngày {from} - {to} ngược thứ tự.',
    'schedule.empty': 'Chưa có ngày nào cho năm {year}: mỗi dòng một ngày (hoặc khoảng ngày) kèm "nghỉ" hoặc "làm bù".',
    'ys.title': 'Lịch nghỉ chính thức của một năm',
    'ys.intro':
      'Khi Bộ Nội vụ / Văn phòng Chính phủ công bố lịch nghỉ Tết, Quốc khánh và ngày làm bù của một năm mà Nhắc Hạn chưa có, dán các ngày vào đây một lần: lịch được áp dụng cho mọi phép tính ngày làm việc ngay khi nạp.',
    'ys.year': 'Năm',
    'ys.source': 'Văn bản công bố',
    'ys.sourceHelp': 'Số và ngày của thông báo, ví dụ "Thông báo …/TB-BNV ngày …".',
    'ys.text': 'Các ngày nghỉ và ngày làm bù',
    'ys.textHelp':
      'Mỗi dòng một ngày hoặc một khoảng ngày, rồi "nghỉ" hoặc "làm bù", rồi tên (không bắt buộc). Ví dụ: "05/02/2027 - 12/02/2027 nghỉ Tết Nguyên đán", "20/02/2027 làm bù cho thứ Sáu 12/02/2027". Dòng bắt đầu bằng # là ghi chú.',
    'ys.errors': 'Chưa nạp được: sửa các dòng sau.',
    'ys.nothingSaved': 'Lịch đang dùng không thay đổi.',
    'ys.preview': 'Xem trước các tháng có ngày nghỉ hoặc làm bù',
    'ys.apply': 'Nạp lịch năm {year}',
    'ys.applied': 'Đã nạp lịch năm {year}: {off} ngày nghỉ, {work} ngày làm bù.',
    'ys.loaded': 'Các năm đã nạp',
    'ys.loadedItem': 'Năm {year}: {off} ngày nghỉ, {work} ngày làm bù. {source}',
    'ys.edit': 'Sửa',
    'ys.remove': 'Bỏ lịch năm {year}',
    'ys.removed': 'Đã bỏ lịch năm {year} đã nạp.',
    'ys.saveFailed': 'Không lưu được lịch năm: {error}',
    'ys.legend': 'Ô tô đậm là ngày nghỉ; ô có viền là ngày làm bù.',
    'ys.weekdays': 'T2,T3,T4,T5,T6,T7,CN',
    'ys.month': 'Tháng {month}/{year}',
    'ys.badYear': 'Năm phải là số từ 1900 đến 2199.',
    'weekdays': 'thứ Hai,thứ Ba,thứ Tư,thứ Năm,thứ Sáu,thứ Bảy,Chủ nhật',
  },
  en: {
    'no-schedule': 'Nhắc Hạn has no official holiday schedule for {year}: counting by the Labour Code',
    'schedule.not-a-date': 'Line {line}: "{text}" does not start with a real date (dd/mm/yyyy, or dd/mm/yyyy - dd/mm/yyyy).',
    'schedule.no-kind': 'Line {line}: "{text}" lacks "nghỉ" (day off) or "làm bù" (make-up working day) after the date.',
    'schedule.other-year': 'Line {line}: {day} is in {other}, not in {year}, the year being loaded.',
    'schedule.duplicate': 'Line {line}: {day} is already on line {first}.',
    'schedule.make-up-not-saturday': 'Line {line}: the make-up working day {day} is a {weekday}; make-up days must be Saturdays.',
    'schedule.reversed-range': 'Line {line}: the range {from} - {to} runs backwards.',
    'schedule.empty': 'No day for {year} yet: one day (or range) per line with "nghỉ" or "làm bù".',
    'ys.title': 'A year\'s official holiday schedule',
    'ys.intro':
      'When the Ministry of Home Affairs / Government Office publishes a year\'s Tết, National Day and make-up days that Nhắc Hạn lacks, paste the days here once: every working-day count uses them as soon as they are loaded.',
    'ys.year': 'Year',
    'ys.source': 'Published by',
    'ys.sourceHelp': 'The notice\'s number and date, e.g. "Thông báo …/TB-BNV ngày …".',
    'ys.text': 'Days off and make-up working days',
    'ys.textHelp':
      'One day or range per line, then "nghỉ" (day off) or "làm bù" (make-up working day), then an optional name. E.g. "05/02/2027 - 12/02/2027 nghỉ Tết Nguyên đán", "20/02/2027 làm bù". Lines starting with # are notes.',
    'ys.errors': 'Not loaded: fix these lines.',
    'ys.nothingSaved': 'The calendar in use has not changed.',
    'ys.preview': 'Preview of the months with days off or make-up days',
    'ys.apply': 'Load the {year} schedule',
    'ys.applied': 'Loaded the {year} schedule: {off} days off, {work} make-up days.',
    'ys.loaded': 'Loaded years',
    'ys.loadedItem': '{year}: {off} days off, {work} make-up days. {source}',
    'ys.edit': 'Edit',
    'ys.remove': 'Remove the {year} schedule',
    'ys.removed': 'Removed the loaded {year} schedule.',
    'ys.saveFailed': 'Could not save the yearly schedule: {error}',
    'ys.legend': 'Shaded cells are days off; outlined cells are make-up working days.',
    'ys.weekdays': 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
    'ys.month': '{month}/{year}',
    'ys.badYear': 'The year must be a number from 1900 to 2199.',
    'weekdays': 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday',
  },
};
