import { translate, type Catalog, type Language } from './format';

/**
 * The one table of words for where a dossier stands: the deadline's standings (lib/deadline:
 * overdue … unknown), said by the popup and the panel, and the history's outcomes (lib/history/
 * outcome.ts adds open, refused, withdrawn), said by the records page. The badge says more (days
 * left, days late) and keeps its own phrases in overlay.ts; where it says the same thing it uses
 * the same words ("Tạm dừng chờ bổ sung").
 */
const vi = {
  overdue: 'Quá hạn',
  'due-today': 'Đến hạn hôm nay',
  'due-soon': 'Sắp đến hạn',
  'check-soon': 'Sắp hết hạn kiểm tra',
  'on-time': 'Trong hạn',
  paused: 'Tạm dừng chờ bổ sung',
  'done-on-time': 'Xong đúng hạn',
  'done-late': 'Xong trễ hạn',
  'not-applicable': 'Không tính hạn',
  unknown: 'Không rõ ngày hẹn trả',
  open: 'Đang giải quyết',
  refused: 'Trả lại, không tiếp nhận',
  withdrawn: 'Rút hồ sơ',
} as const;

type StandingWordKey = keyof typeof vi;

export const standingWords: Catalog<StandingWordKey> = {
  vi,
  en: {
    overdue: 'Overdue',
    'due-today': 'Due today',
    'due-soon': 'Due soon',
    'check-soon': 'Check period ending',
    'on-time': 'On time',
    paused: 'Paused for additions',
    'done-on-time': 'Done on time',
    'done-late': 'Done late',
    'not-applicable': 'No deadline',
    unknown: 'Appointment unknown',
    open: 'In progress',
    refused: 'Sent back, not accepted',
    withdrawn: 'Withdrawn',
  },
};

export function standingWord(lang: Language, standing: StandingWordKey): string {
  return translate(standingWords, lang, standing);
}
