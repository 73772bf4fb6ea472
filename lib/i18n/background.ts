import type { Catalog } from './format';

/** What the background says on the extension's icon. */
export type BackgroundKey = 'reminder.title';

export const backgroundMessages: Catalog<BackgroundKey> = {
  vi: {
    'reminder.title':
      'Nhắc Hạn: chưa lập báo cáo hồ sơ trả lại, trễ hạn kỳ này (hạn nộp trước ngày 25). Mở Lịch sử hồ sơ → Báo cáo tháng để lập.',
  },
  en: {
    'reminder.title':
      "Nhắc Hạn: this period's report of returned and late dossiers is not made yet (due before the 25th). Open Records → Monthly report.",
  },
};
