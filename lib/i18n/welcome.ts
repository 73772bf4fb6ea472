import type { Catalog } from './format';

/** The welcome page (welcome.html), opened once when the extension is installed. */
const vi = {
  'welcome.title': 'Chào mừng đến với Nhắc Hạn',
  'welcome.intro': 'Nhắc Hạn gắn nhãn hạn xử lý lên từng hồ sơ ngay trong cổng một cửa bạn đang dùng, tính theo ngày làm việc (trừ cuối tuần, ngày lễ, Tết và lịch nghỉ bù hằng năm), và điền sẵn phiếu xin lỗi, phiếu yêu cầu bổ sung, báo cáo tháng. Ba việc nên làm ngay:',
  'welcome.portal': '1. Bật trên cổng một cửa của bạn',
  'welcome.portal.intro': 'Các cổng một cửa có sẵn (ví dụ …motcua.vnpt.vn) chạy ngay, không cần làm gì. Với cổng khác: mở trang danh sách hồ sơ, bấm biểu tượng Nhắc Hạn trên thanh công cụ rồi bấm "Bật trên trang này"; trình duyệt chỉ hỏi quyền cho đúng trang đó.',
  'welcome.portal.pin': 'Nên ghim biểu tượng Nhắc Hạn (hình tờ lịch có đồng hồ) lên thanh công cụ để thấy dấu ! nhắc báo cáo.',
  'welcome.agency': '2. Điền thông tin cơ quan',
  'welcome.agency.intro': 'Tên cơ quan chủ quản, cơ quan ban hành, địa danh, ký hiệu văn bản, người ký và nơi nhận: dùng cho phần đầu và phần chữ ký của mọi văn bản (theo Nghị định 30/2020).',
  'welcome.agency.open': 'Mở Cài đặt → Thông tin cơ quan',
  'welcome.colours': '3. Ý nghĩa các nhãn',
  'welcome.colours.intro': 'Mỗi hồ sơ trong danh sách có một nhãn nhỏ dưới ngày hẹn trả. Đưa chuột lên nhãn để xem cách tính; bấm nhãn đỏ để tạo phiếu xin lỗi.',
  'welcome.colour.overdue': 'Đỏ: đã quá ngày hẹn trả. Cần gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.',
  'welcome.colour.due-today': 'Đỏ: hẹn trả trong hôm nay.',
  'welcome.colour.due-soon': 'Vàng: sắp đến hạn (mặc định còn 2 ngày làm việc trở xuống).',
  'welcome.colour.check-soon': 'Vàng: sắp hết thời hạn kiểm tra hồ sơ, cần báo bổ sung (nếu thiếu) một lần bằng văn bản.',
  'welcome.colour.on-time': 'Xanh lá: còn trong hạn.',
  'welcome.colour.paused': 'Xanh dương: đang chờ công dân bổ sung, thời gian giải quyết tạm dừng.',
  'welcome.colour.done-late': 'Xám: đã xong; nhãn ghi trễ bao nhiêu ngày nếu trả muộn.',
  'welcome.reminders': 'Nhắc việc',
  'welcome.reminders.intro': 'Từ ngày 20 hằng tháng (đổi được trong Cài đặt), dấu ! đỏ trên biểu tượng nhắc rằng báo cáo hồ sơ trả lại, trễ hạn của kỳ này chưa lập; lập xong thì dấu ! mất. Có thể bật thêm thông báo mỗi sáng ngày làm việc.',
  'welcome.reminders.report': 'Mở Báo cáo tháng',
  'welcome.reminders.morning': 'Bật nhắc việc buổi sáng',
  'welcome.privacy': 'Dữ liệu ở đâu',
  'welcome.privacy.intro': 'Hồ sơ có thông tin cá nhân của công dân. Nhắc Hạn lưu mọi thứ trong trình duyệt này, không gửi đi đâu, không có thống kê truy cập; chỉ đọc các trang cổng một cửa bạn cho phép.',
} as const;

export type WelcomeKey = keyof typeof vi;

export const welcomeMessages: Catalog<WelcomeKey> = {
  vi,
  en: {
    'welcome.title': 'Welcome to Nhắc Hạn',
    'welcome.intro': 'Nhắc Hạn flags every dossier inside the one-stop portal you already use, in working days (weekends, public and lunar holidays and each year’s official schedule left out), and fills the apology letter, the request for additions and the monthly report. Three things to do first:',
    'welcome.portal': '1. Turn it on for your portal',
    'welcome.portal.intro': 'Built-in one-stop portals (e.g. …motcua.vnpt.vn) work at once. For another portal: open its dossier list, click the Nhắc Hạn icon in the toolbar, then "Enable on this site"; the browser asks for that one site only.',
    'welcome.portal.pin': 'Pin the Nhắc Hạn icon (a calendar page with a clock) to the toolbar to see the report reminder’s !.',
    'welcome.agency': '2. Fill in your agency',
    'welcome.agency.intro': 'Parent agency, issuing agency, place name, document symbol, signer and recipients: the header and signature block of every document (Decree 30/2020).',
    'welcome.agency.open': 'Open Settings → Agency',
    'welcome.colours': '3. What the labels mean',
    'welcome.colours.intro': 'Each dossier in a list gets a small label under its appointment date. Hover it to see how it was counted; click a red one to make the apology letter.',
    'welcome.colour.overdue': 'Red: past its appointment. An apology letter with a new appointment is due.',
    'welcome.colour.due-today': 'Red: due today.',
    'welcome.colour.due-soon': 'Amber: due soon (2 working days or fewer by default).',
    'welcome.colour.check-soon': 'Amber: the completeness check is running out; ask for additions (if any) once, in writing.',
    'welcome.colour.on-time': 'Green: on time.',
    'welcome.colour.paused': 'Blue: waiting for the citizen’s additions; the clock is stopped.',
    'welcome.colour.done-late': 'Grey: done; says how many days late if it was.',
    'welcome.reminders': 'Reminders',
    'welcome.reminders.intro': 'From the 20th of each month (configurable), a red ! on the icon says this period’s report of returned and late dossiers is not made yet; it goes once the report is made. A notification every working morning can be turned on too.',
    'welcome.reminders.report': 'Open the monthly report',
    'welcome.reminders.morning': 'Turn on the morning reminder',
    'welcome.privacy': 'Where the data stays',
    'welcome.privacy.intro': 'Dossiers carry citizens’ personal data. Nhắc Hạn keeps everything in this browser, sends nothing anywhere and has no analytics; it reads only the one-stop portal pages you allow.',
  },
};
