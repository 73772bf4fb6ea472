import type { Catalog } from './format';

/**
 * Words for the rules of issue 13 wherever a standing is explained (badge tooltips, the panel):
 * the end of processing at "Đã xử lý xong", the apology lead time, the office's end of day.
 * Small on purpose: the content script carries it.
 */
export type DeadlineKey =
  | 'badge.finished-on-time'
  | 'badge.finished-late'
  | 'badge.finished-undated'
  | 'tip.rule.finished-on-time'
  | 'tip.rule.finished-late'
  | 'tip.rule.finished-undated'
  | 'tip.apology-by'
  | 'tip.apology-overdue'
  | 'tip.day-end';

export const deadlineMessages: Catalog<DeadlineKey> = {
  vi: {
    'badge.finished-on-time': 'Xong đúng hạn, chờ trả',
    'badge.finished-late': 'Xong trễ {days} ngày',
    'badge.finished-undated': 'Đã xong, không rõ ngày xong',
    'tip.rule.finished-on-time': 'Đã xử lý xong không muộn hơn ngày hẹn; kết quả đang chờ công dân đến nhận.',
    'tip.rule.finished-late':
      'Đã xử lý xong muộn {days} ngày làm việc so với ngày hẹn (tính đến ngày xử lý xong); kết quả chưa trả cho công dân.',
    'tip.rule.finished-undated': 'Trang ghi đã xử lý xong nhưng không ghi ngày xong: không xác định được đúng hạn hay trễ hạn.',
    'tip.apology-by': 'Văn bản xin lỗi và hẹn lại ngày trả phải gửi chậm nhất {by} (01 ngày làm việc trước ngày hẹn).',
    'tip.apology-overdue': 'Đã quá thời hạn gửi văn bản xin lỗi ({by}, 01 ngày làm việc trước ngày hẹn): gửi ngay.',
    'tip.day-end': 'Trang chỉ ghi ngày, không ghi giờ: tính đến {end}, giờ hết ngày làm việc đặt trong Cài đặt.',
  },
  en: {
    'badge.finished-on-time': 'Done on time, awaiting collection',
    'badge.finished-late': 'Done {days} days late',
    'badge.finished-undated': 'Done, finish date unknown',
    'tip.rule.finished-on-time': 'Processing finished no later than the appointment; the result awaits collection by the citizen.',
    'tip.rule.finished-late':
      'Processing finished {days} working days after the appointment (counted to the finish day); the result is not yet handed over.',
    'tip.rule.finished-undated': 'The page says processing is finished but not when: on time or late cannot be told.',
    'tip.apology-by': 'The apology with a new appointment must go out by {by} (one working day before the appointment).',
    'tip.apology-overdue': 'The time to send the apology ({by}, one working day before the appointment) has passed: send it now.',
    'tip.day-end': 'The page gives a date without a time: counted to {end}, the end of the office day set in the settings.',
  },
};
