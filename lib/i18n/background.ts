import type { Catalog } from './format';

/** What the background says on the extension's icon. */
export type BackgroundKey = 'reminder.title' | 'morning.title' | 'morning.message' | 'morning.seen';

export const backgroundMessages: Catalog<BackgroundKey> = {
  vi: {
    'reminder.title':
      'Nhắc Hạn: chưa lập báo cáo hồ sơ trả lại, trễ hạn kỳ này (hạn nộp trước ngày 25). Mở Lịch sử hồ sơ → Báo cáo tháng để lập.',
    'morning.title': 'Nhắc Hạn, sáng {day}',
    'morning.message': '{overdue} hồ sơ quá hạn, {today} đến hạn hôm nay, {next} đến hạn ngày làm việc tới ({nextDay}).',
    'morning.seen': 'Theo các danh sách đã xem trên cổng, lần cũ nhất lúc {seen}. Bấm để xem.',
  },
  en: {
    'reminder.title':
      "Nhắc Hạn: this period's report of returned and late dossiers is not made yet (due before the 25th). Open Records → Monthly report.",
    'morning.title': 'Nhắc Hạn, morning of {day}',
    'morning.message': '{overdue} overdue, {today} due today, {next} due on the next working day ({nextDay}).',
    'morning.seen': 'From the portal lists as last seen, the oldest at {seen}. Click to see them.',
  },
};
