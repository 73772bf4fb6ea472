import type { Catalog } from './format';

/** The popup: the current tab's standing counts and whether the extension may run there. */
const vi = {
  'app.name': 'Nhắc Hạn',

  'popup.title': 'Nhắc Hạn',
  'popup.loading': 'Đang tải…',
  'popup.site': 'Trang hiện tại',
  'popup.notWeb': 'Nhắc Hạn chỉ làm việc trên trang web của cổng một cửa (địa chỉ bắt đầu bằng http hoặc https).',
  'popup.known': 'Đây là cổng một cửa có sẵn: Nhắc Hạn tự làm việc trên trang này.',
  'popup.enabled': 'Bạn đã bật Nhắc Hạn trên trang này.',
  'popup.notEnabled': 'Nhắc Hạn chưa làm việc trên trang này. Nếu đây là cổng một cửa của cơ quan bạn, hãy bật lên; trình duyệt sẽ hỏi bạn cho phép.',
  'popup.enable': 'Bật trên trang này',
  'popup.disable': 'Tắt trên trang này',
  'popup.enabledNow': 'Đã bật. Nhắc Hạn bắt đầu đọc trang này.',
  'popup.denied': 'Trình duyệt chưa được cho phép truy cập trang này nên Nhắc Hạn chưa bật.',
  'popup.failed': 'Không thực hiện được: {error}',
  'popup.disabledNow': 'Đã tắt Nhắc Hạn trên trang này.',
  'popup.counts': 'Hồ sơ trên trang',
  'popup.rows': '{rows} hồ sơ trong {lists} danh sách',
  'popup.noList': 'Trang này chưa có danh sách hồ sơ nào được Nhắc Hạn đọc.',
  'popup.startFailed': 'Nhắc Hạn không khởi động được trên trang này ({reason}). Hãy tải lại trang; nếu vẫn lỗi, hãy báo cho quản trị viên.',
  'popup.asOf': 'Đang xem theo thời điểm {asOf}, không phải giờ hiện tại.',
  'popup.clearAsOf': 'Về giờ hiện tại',
  'popup.settings': 'Cài đặt',
  'popup.history': 'Lịch sử và báo cáo',
  'popup.reminder': 'Dấu ! đỏ trên biểu tượng: báo cáo hồ sơ trả lại, trễ hạn của kỳ này chưa lập (hạn nộp trước ngày 25). Lập báo cáo thì dấu ! mất.',
  'popup.makeReport': 'Lập báo cáo tháng',
} as const;

export type PopupKey = keyof typeof vi;

export const popupMessages: Catalog<PopupKey> = {
  vi,
  en: {
    'app.name': 'Nhắc Hạn',

    'popup.title': 'Nhắc Hạn',
    'popup.loading': 'Loading…',
    'popup.site': 'Current page',
    'popup.notWeb': 'Nhắc Hạn only works on one-stop portal web pages (addresses starting with http or https).',
    'popup.known': 'This is a built-in one-stop portal: Nhắc Hạn works here on its own.',
    'popup.enabled': 'You enabled Nhắc Hạn on this site.',
    'popup.notEnabled': 'Nhắc Hạn is not working on this site. If this is your office’s one-stop portal, enable it; the browser will ask for your permission.',
    'popup.enable': 'Enable on this site',
    'popup.disable': 'Disable on this site',
    'popup.enabledNow': 'Enabled. Nhắc Hạn is starting to read this page.',
    'popup.denied': 'The browser was not allowed to access this site, so Nhắc Hạn is not enabled.',
    'popup.failed': 'Could not do that: {error}',
    'popup.disabledNow': 'Nhắc Hạn is disabled on this site.',
    'popup.counts': 'Dossiers on this page',
    'popup.rows': '{rows} dossiers in {lists} lists',
    'popup.noList': 'Nhắc Hạn has not read any dossier list on this page.',
    'popup.startFailed': 'Nhắc Hạn could not start on this page ({reason}). Reload the page; if it happens again, tell your administrator.',
    'popup.asOf': 'Viewing as of {asOf}, not the current time.',
    'popup.clearAsOf': 'Back to the current time',
    'popup.settings': 'Settings',
    'popup.history': 'History and reports',
    'popup.reminder': 'The red ! on the icon: this period’s report of returned and late dossiers is not made yet (due before the 25th). It goes once the report is made.',
    'popup.makeReport': 'Make the monthly report',
  },
};
