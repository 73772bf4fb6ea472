import type { Catalog } from './format';

/**
 * Strings shown inside the portal (badges, tooltips, the panel). Kept apart from the extension
 * pages' strings because the content script carries them and has a size budget.
 */
export type OverlayKey =
  | 'badge.overdue'
  | 'badge.due-today'
  | 'badge.due-soon'
  | 'badge.check-soon'
  | 'badge.on-time'
  | 'badge.paused'
  | 'badge.done-on-time'
  | 'badge.done-late'
  | 'badge.not-applicable'
  | 'badge.unknown'
  | 'badge.overdue-today'
  | 'badge.returned-undated'
  | 'badge.unreadable'
  | 'short.overdue'
  | 'short.due-today'
  | 'short.due-soon'
  | 'short.check-soon'
  | 'short.on-time'
  | 'short.paused'
  | 'short.done-on-time'
  | 'short.done-late'
  | 'short.not-applicable'
  | 'short.unknown'
  | 'short.overdue-today'
  | 'short.returned-undated'
  | 'short.unreadable'
  | 'tip.unreadable'
  | 'problem.unreadable'
  | 'problem.too-long'
  | 'tip.rule.overdue-today'
  | 'tip.rule.returned-undated'
  | 'tip.hint'
  | 'tip.action'
  | 'tip.action.supplement'
  | 'panel.supplement'
  | 'panel.summary'
  | 'tip.due'
  | 'tip.received'
  | 'tip.rule.overdue'
  | 'tip.rule.due-today'
  | 'tip.rule.due-soon'
  | 'tip.rule.check-soon'
  | 'tip.rule.on-time'
  | 'tip.rule.paused'
  | 'tip.rule.done-on-time'
  | 'tip.rule.done-late'
  | 'tip.rule.not-applicable'
  | 'tip.rule.unknown'
  | 'tip.apology'
  | 'tip.repeated-supplement'
  | 'panel.title'
  | 'panel.collapse'
  | 'panel.expand'
  | 'panel.move'
  | 'panel.asOf'
  | 'panel.rows'
  | 'panel.action'
  | 'panel.none'
  | 'panel.problems'
  | 'panel.settings'
  | 'panel.apology'
  | 'panel.days'
  | 'teach.start'
  | 'teach.describe'
  | 'teach.click'
  | 'teach.field.dueAt'
  | 'teach.field.code'
  | 'teach.field.receivedAt'
  | 'teach.field.status'
  | 'teach.save'
  | 'teach.cancel'
  | 'teach.saved'
  | 'teach.not-saved';

export const overlayMessages: Catalog<OverlayKey> = {
  vi: {
    'badge.overdue': 'Quá hạn {days} ngày',
    'badge.due-today': 'Đến hạn hôm nay',
    'badge.due-soon': 'Còn {days} ngày làm việc',
    'badge.check-soon': 'Sắp hết hạn kiểm tra hồ sơ',
    'badge.on-time': 'Trong hạn',
    'badge.paused': 'Tạm dừng chờ bổ sung',
    'badge.done-on-time': 'Xong đúng hạn',
    'badge.done-late': 'Trả trễ {days} ngày',
    'badge.not-applicable': 'Không tính hạn',
    'badge.unknown': 'Không rõ ngày hẹn trả',
    'badge.overdue-today': 'Quá giờ hẹn hôm nay',
    'badge.returned-undated': 'Đã trả, không rõ ngày trả',
    'badge.unreadable': 'Không đọc được dòng này',
    // Shorter words for a column too narrow for the badge's own (the tooltip keeps the whole).
    'short.overdue': 'Quá {days} ngày',
    'short.due-today': 'Đến hạn',
    'short.due-soon': 'Còn {days} ngày',
    'short.check-soon': 'Hạn kiểm tra',
    'short.on-time': 'Trong hạn',
    'short.paused': 'Chờ bổ sung',
    'short.done-on-time': 'Đúng hạn',
    'short.done-late': 'Trả trễ',
    'short.not-applicable': 'Không tính',
    'short.unknown': 'Không rõ hạn',
    'short.overdue-today': 'Quá giờ hẹn',
    'short.returned-undated': 'Đã trả',
    'short.unreadable': 'Lỗi đọc',
    'tip.unreadable': 'Nhắc Hạn không đọc được dòng này ({reason}); các dòng khác vẫn được xét.',
    'problem.unreadable': '{rows} dòng không đọc được, ví dụ: {reason}',
    'problem.too-long': 'Danh sách có {rows} dòng, quá dài để xét hết: chỉ xét {limit} dòng đầu.',
    'tip.rule.overdue-today': 'Đã qua giờ hẹn trả trong hôm nay.',
    'tip.rule.returned-undated': 'Trang ghi đã trả kết quả nhưng không ghi ngày trả: không xác định được đúng hạn hay trễ hạn.',
    'tip.hint': 'Trang không ghi ngày hẹn trả; đánh giá theo nhãn "{hint}" của trang.',
    'tip.action': 'Bấm để tạo phiếu xin lỗi và hẹn lại ngày trả kết quả.',
    'tip.action.supplement': 'Bấm để tạo phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (chỉ yêu cầu một lần).',
    'panel.supplement': 'Phiếu yêu cầu bổ sung',
    'panel.summary': '{overdue} quá hạn · {today} đến hạn hôm nay · {soon} sắp đến hạn',
    'tip.due': 'Hẹn trả: {due}',
    'tip.received': 'Tiếp nhận: {received}',
    'tip.rule.overdue': 'Đã qua thời điểm hẹn trả; tính {days} ngày làm việc sau ngày hẹn đến {asOf}.',
    'tip.rule.due-today': 'Hẹn trả trong hôm nay.',
    'tip.rule.due-soon': 'Còn {days} ngày làm việc đến ngày hẹn trả (ngưỡng "sắp đến hạn": {threshold} ngày).',
    'tip.rule.check-soon': 'Hồ sơ chưa được kiểm tra; thời hạn {window} ngày làm việc để thông báo bổ sung kết thúc {deadline}.',
    'tip.rule.on-time': 'Còn {days} ngày làm việc đến ngày hẹn trả.',
    'tip.rule.paused': 'Đang chờ công dân bổ sung: thời gian giải quyết tạm dừng.',
    'tip.rule.done-on-time': 'Đã trả kết quả không muộn hơn ngày hẹn.',
    'tip.rule.done-late': 'Đã trả kết quả muộn {days} ngày làm việc so với ngày hẹn.',
    'tip.rule.not-applicable': 'Hồ sơ bị từ chối hoặc đã rút: không tính hạn.',
    'tip.rule.unknown': 'Trang không ghi ngày hẹn trả của hồ sơ này.',
    'tip.apology': 'Cần gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.',
    'tip.repeated-supplement': 'Đã yêu cầu bổ sung hơn một lần (chỉ được yêu cầu một lần).',
    'panel.title': 'Nhắc Hạn',
    'panel.collapse': 'Thu gọn',
    'panel.expand': 'Mở rộng',
    'panel.move': 'Kéo để di chuyển',
    'panel.asOf': 'Đang xem theo thời điểm {asOf}',
    'panel.rows': '{rows} hồ sơ trên trang',
    'panel.action': 'Cần xử lý (mọi trang đã xem)',
    'panel.none': 'Không có hồ sơ cần xử lý.',
    'panel.problems': 'Không đọc được',
    'panel.settings': 'Cài đặt đọc trang',
    'panel.apology': 'Tạo phiếu xin lỗi',
    'panel.days': '{days} ngày',
    'teach.start': 'Chỉ cho Nhắc Hạn cột nào là gì',
    'teach.describe': 'Lưu mô tả trang',
    'teach.click': 'Bấm vào một ô của cột «{field}»',
    'teach.field.dueAt': 'Ngày hẹn trả',
    'teach.field.code': 'Mã hồ sơ',
    'teach.field.receivedAt': 'Ngày tiếp nhận (không bắt buộc)',
    'teach.field.status': 'Trạng thái (không bắt buộc)',
    'teach.save': 'Lưu',
    'teach.cancel': 'Hủy',
    'teach.saved': 'Đã lưu cách đọc trang này',
    'teach.not-saved': 'Chưa lưu được cách đọc trang này; hãy thử lại hoặc sửa trong phần Cài đặt',
  },
  en: {
    'badge.overdue': '{days} days overdue',
    'badge.due-today': 'Due today',
    'badge.due-soon': '{days} working days left',
    'badge.check-soon': 'Completeness check ending',
    'badge.on-time': 'On time',
    'badge.paused': 'Paused for additions',
    'badge.done-on-time': 'Done on time',
    'badge.done-late': 'Returned {days} days late',
    'badge.not-applicable': 'No deadline',
    'badge.unknown': 'No appointment date',
    'badge.overdue-today': 'Past the time today',
    'badge.returned-undated': 'Returned, date unknown',
    'badge.unreadable': 'Row could not be read',
    'short.overdue': '{days}d late',
    'short.due-today': 'Due today',
    'short.due-soon': '{days}d left',
    'short.check-soon': 'Check ends',
    'short.on-time': 'On time',
    'short.paused': 'Paused',
    'short.done-on-time': 'On time',
    'short.done-late': 'Late',
    'short.not-applicable': 'No deadline',
    'short.unknown': 'No date',
    'short.overdue-today': 'Past time',
    'short.returned-undated': 'Returned',
    'short.unreadable': 'Unreadable',
    'tip.unreadable': 'Nhắc Hạn could not read this row ({reason}); the other rows are still judged.',
    'problem.unreadable': '{rows} rows could not be read, e.g. {reason}',
    'problem.too-long': 'The list has {rows} rows, too long to handle fully: only the first {limit} are judged.',
    'tip.rule.overdue-today': 'The appointment time today has passed.',
    'tip.rule.returned-undated': 'The page says the result was returned but gives no date: on time or late cannot be told.',
    'tip.hint': 'The page gives no appointment date; judged from its label "{hint}".',
    'tip.action': 'Click to make the apology letter with a new appointment.',
    'tip.action.supplement': 'Click to make the request for additions (asked only once).',
    'panel.supplement': 'Request for additions',
    'panel.summary': '{overdue} overdue · {today} due today · {soon} due soon',
    'tip.due': 'Appointment: {due}',
    'tip.received': 'Received: {received}',
    'tip.rule.overdue': 'The appointment has passed; {days} working days after it up to {asOf}.',
    'tip.rule.due-today': 'The appointment is today.',
    'tip.rule.due-soon': '{days} working days to the appointment ("due soon" threshold: {threshold}).',
    'tip.rule.check-soon': 'Not yet checked; the {window}-working-day window to ask for additions ends {deadline}.',
    'tip.rule.on-time': '{days} working days to the appointment.',
    'tip.rule.paused': "Waiting for the citizen's additions: the clock is stopped.",
    'tip.rule.done-on-time': 'The result was returned no later than the appointment.',
    'tip.rule.done-late': 'The result was returned {days} working days after the appointment.',
    'tip.rule.not-applicable': 'Refused or withdrawn: no deadline applies.',
    'tip.rule.unknown': 'The page gives no appointment date for this dossier.',
    'tip.apology': 'An apology letter with a new appointment is due.',
    'tip.repeated-supplement': 'Additions were requested more than once (only once is allowed).',
    'panel.title': 'Nhắc Hạn',
    'panel.collapse': 'Collapse',
    'panel.expand': 'Expand',
    'panel.move': 'Drag to move',
    'panel.asOf': 'Viewing as of {asOf}',
    'panel.rows': '{rows} dossiers on this page',
    'panel.action': 'Needs action (all pages seen)',
    'panel.none': 'Nothing needs action.',
    'panel.problems': 'Could not read',
    'panel.settings': 'Reading settings',
    'panel.apology': 'Apology letter',
    'panel.days': '{days} days',
    'teach.start': 'Show Nhắc Hạn which column is which',
    'teach.describe': 'Save a page description',
    'teach.click': 'Click a cell of the column «{field}»',
    'teach.field.dueAt': 'Appointment date',
    'teach.field.code': 'Dossier code',
    'teach.field.receivedAt': 'Received date (optional)',
    'teach.field.status': 'Status (optional)',
    'teach.save': 'Save',
    'teach.cancel': 'Cancel',
    'teach.saved': 'How to read this page was saved',
    'teach.not-saved': 'How to read this page could not be saved; try again or edit it in the settings',
  },
};
