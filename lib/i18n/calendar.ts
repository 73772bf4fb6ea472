import type { Catalog } from './format';
import type { YearScheduleErrorCode } from '../calendar/year-schedule';

/**
 * Calendar words shown on several surfaces (badge tooltips, the letter form, the settings, the
 * report): the notice for a year without an official schedule, and a loaded schedule's line errors.
 */
export type CalendarKey = 'no-schedule' | `schedule.${YearScheduleErrorCode}`;

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
  },
};
