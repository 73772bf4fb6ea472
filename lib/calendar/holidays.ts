import type { Catalog } from '../i18n/format';
import { jdn, parseDay } from './days';
import { lunarToSolar } from './lunar';
import type { OfficialSchedule } from './official-schedules';

/**
 * Statutory public holidays (nghỉ lễ, tết) by the labour code in force on each holiday's date,
 * and the compensatory day (nghỉ bù) owed when one falls on the weekly rest day.
 */

export type HolidayKey = 'new-year' | 'tet' | 'hung-kings' | 'victory' | 'labour' | 'national-day' | 'culture-day';

export const HOLIDAY_NAMES: Catalog<HolidayKey> = {
  vi: {
    'new-year': 'Tết Dương lịch',
    tet: 'Tết Nguyên đán',
    'hung-kings': 'Giỗ Tổ Hùng Vương',
    victory: 'Ngày Chiến thắng',
    labour: 'Ngày Quốc tế Lao động',
    'national-day': 'Quốc khánh',
    'culture-day': 'Ngày Văn hóa Việt Nam',
  },
  en: {
    'new-year': 'New Year',
    tet: 'Lunar New Year (Tết)',
    'hung-kings': 'Hùng Kings Commemoration',
    victory: 'Victory Day',
    labour: 'International Labour Day',
    'national-day': 'National Day',
    'culture-day': 'Vietnamese Culture Day',
  },
};

/** One labour code's holiday rules. `tetBefore` is how many of the Tết days precede mùng 1 by default. */
interface HolidayLaw {
  from: string;
  tetDays: number;
  tetBefore: number;
  hungKings: boolean;
  nationalDayDays: number;
  source: string;
}

/** Newest first. Rules before the 1994 code took effect are not modelled: its rules apply to earlier years. */
const HOLIDAY_LAWS: readonly HolidayLaw[] = [
  { from: '2021-01-01', tetDays: 5, tetBefore: 2, hungKings: true, nationalDayDays: 2, source: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112, 111(3)' },
  { from: '2013-05-01', tetDays: 5, tetBefore: 2, hungKings: true, nationalDayDays: 1, source: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115' },
  { from: '2007-01-01', tetDays: 4, tetBefore: 1, hungKings: true, nationalDayDays: 1, source: 'Luật 84/2007/QH11 sửa đổi Điều 73 Bộ luật Lao động 1994' },
  { from: '1900-01-01', tetDays: 4, tetBefore: 1, hungKings: false, nationalDayDays: 1, source: 'Bộ luật Lao động 1994, Điều 73' },
];

/**
 * Ngày Văn hóa Việt Nam, 24/11, a paid day off from 2026: Nghị quyết 28/2026/QH16, Điều 2, in force
 * 01/7/2026 ("Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao động được nghỉ làm việc
 * và hưởng nguyên lương"), carrying out NQ 80-NQ/TW (07/01/2026) and NQ 30/NQ-CP (02/2026).
 * It is not written into BLLĐ Điều 112(1), which is all that Điều 111(3)'s make-up names, so a
 * 24/11 on a weekend gets no compensatory day here (first in 2029); docs/rules.md §1 says this is a
 * reading, not a ruling, and an office overrides it with a loaded yearly schedule.
 */
const CULTURE_DAY: { from: string; month: number; day: number; madeUp: boolean; source: string } = {
  from: '2026-07-01',
  month: 11,
  day: 24,
  madeUp: false,
  source: 'Nghị quyết 28/2026/QH16, Điều 2',
};

function lawOn(day: number): HolidayLaw {
  return HOLIDAY_LAWS.find((law) => day >= parseDay(law.from)) ?? HOLIDAY_LAWS[HOLIDAY_LAWS.length - 1]!;
}

interface HolidayDay {
  day: number;
  key: HolidayKey;
  compensatory: boolean;
}

/**
 * The day joined to 2/9 when the PM has not fixed it: a weekday neighbour, preferring one that
 * bridges to the weekend, else the day before. This reproduces the choices of 2021–2026.
 */
function nationalDayExtra(year: number, isRest: (day: number) => boolean): number {
  const sep2 = jdn(year, 9, 2);
  const [before, after] = [sep2 - 1, sep2 + 1];
  const candidates = [before, after].filter((d) => !isRest(d));
  const bridging = candidates.find((d) => isRest(d + (d < sep2 ? -1 : 1)));
  return bridging ?? candidates[0] ?? before;
}

/**
 * The year's statutory holidays and compensatory days, sorted. With an official schedule, the PM's
 * Tết break and 2/9 companion replace the defaults: the break's weekdays are the Tết holiday and its
 * weekends are already part of it, so Tết earns no further compensatory day.
 */
export function statutoryHolidays(year: number, isRest: (day: number) => boolean, schedule?: OfficialSchedule): HolidayDay[] {
  const fixed: { day: number; key: HolidayKey }[] = [];
  const add = (day: number, key: HolidayKey) => fixed.push({ day, key });
  add(jdn(year, 1, 1), 'new-year');
  const tet = parseDay(lunarToSolar({ year, month: 1, day: 1, leap: false }));
  const tetLaw = lawOn(tet);
  const officialTet: number[] = [];
  if (schedule?.tetBreak) {
    for (let d = parseDay(schedule.tetBreak[0]); d <= parseDay(schedule.tetBreak[1]); d++) if (!isRest(d)) officialTet.push(d);
  } else {
    for (let i = 0; i < tetLaw.tetDays; i++) add(tet - tetLaw.tetBefore + i, 'tet');
  }
  const hungKings = parseDay(lunarToSolar({ year, month: 3, day: 10, leap: false }));
  if (lawOn(hungKings).hungKings) add(hungKings, 'hung-kings');
  add(jdn(year, 4, 30), 'victory');
  add(jdn(year, 5, 1), 'labour');
  const sep2 = jdn(year, 9, 2);
  add(sep2, 'national-day');
  if (lawOn(sep2).nationalDayDays > 1) {
    add(schedule?.nationalDayExtra ? parseDay(schedule.nationalDayExtra) : nationalDayExtra(year, isRest), 'national-day');
  }
  // 24/11 joins the days that earn a compensatory day only if the law is read to say so (see CULTURE_DAY).
  const cultureHoliday: { day: number; key: HolidayKey }[] = [];
  const cultureDay = jdn(year, CULTURE_DAY.month, CULTURE_DAY.day);
  if (cultureDay >= parseDay(CULTURE_DAY.from)) (CULTURE_DAY.madeUp ? fixed : cultureHoliday).push({ day: cultureDay, key: 'culture-day' });
  fixed.sort((a, b) => a.day - b.day);

  const taken = new Set<number>([...fixed.map((h) => h.day), ...cultureHoliday.map((h) => h.day), ...officialTet]);
  const result: HolidayDay[] = [...fixed, ...cultureHoliday, ...officialTet.map((day) => ({ day, key: 'tet' as const }))].map((h) => ({
    ...h,
    compensatory: false,
  }));
  for (const h of fixed) {
    if (!isRest(h.day)) continue;
    // Holidays sit at most a few days apart, so the next free weekday is always within a fortnight.
    for (let d = h.day + 1; d < h.day + 14; d++) {
      if (!isRest(d) && !taken.has(d)) {
        taken.add(d);
        result.push({ day: d, key: h.key, compensatory: true });
        break;
      }
    }
  }
  return result.sort((a, b) => a.day - b.day);
}
