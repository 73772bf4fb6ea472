import type { Day } from '../dossier/schema';
import { CalendarError } from './errors';
import { checkYear, formatDay, fromJdn, jdn, MIN_YEAR, parseDay } from './days';

/**
 * The Vietnamese lunisolar calendar, computed the way Hồ Ngọc Đức's "amlich" does: Meeus's
 * low-precision formulas for new moons and the sun's longitude, evaluated in Vietnam's time zone.
 * A Chinese-calendar library would be wrong here: Vietnam reckons at UTC+7 (105°E) since 1968 and
 * at UTC+8 before, which moves Tết in 1968, 1969, 1985, 2007, 2030, 2053 and Giỗ Tổ in 2009, 2037, 2038.
 */

interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: boolean;
}

const SYNODIC_MONTH = 29.530588853;
/** JD of the new moon of 1900-01-01, the k = 0 of the lunation numbering below. */
const NEW_MOON_EPOCH = 2415021.076998695;
const JD_1968 = jdn(1968, 1, 1) - 0.5;
const RAD = Math.PI / 180;

/** Hours east of UTC for an instant given as a JD: UTC+8 before 1968, UTC+7 from then on. */
function zoneHours(jd: number): number {
  return jd < JD_1968 ? 8 : 7;
}

/** JD (UT) of the k-th new moon after 1900-01-01 (Meeus, Astronomical Algorithms, ch. 49, short form). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const sin = (deg: number) => Math.sin(deg * RAD);
  const jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3 + 0.00033 * sin(166.56 + 132.87 * T - 0.009173 * T2);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  const c1 =
    (0.1734 - 0.000393 * T) * sin(M) + 0.0021 * sin(2 * M) - 0.4068 * sin(Mpr) + 0.0161 * sin(2 * Mpr) -
    0.0004 * sin(3 * Mpr) + 0.0104 * sin(2 * F) - 0.0051 * sin(M + Mpr) - 0.0074 * sin(M - Mpr) +
    0.0004 * sin(2 * F + M) - 0.0004 * sin(2 * F - M) - 0.0006 * sin(2 * F + Mpr) + 0.001 * sin(2 * F - Mpr) +
    0.0005 * sin(2 * Mpr + M);
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at a JD (Meeus ch. 25, low precision). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(RAD * M) + (0.019993 - 0.000101 * T) * Math.sin(RAD * 2 * M) + 0.00029 * Math.sin(RAD * 3 * M);
  const L = (L0 + dl) * RAD;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** The local day (JDN) on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  const jd = newMoon(k);
  return Math.floor(jd + 0.5 + zoneHours(jd) / 24);
}

/** Which of the 12 major-term sectors (0 = from the spring equinox) the sun is in at the start of a local day. */
function solarSector(day: number): number {
  const start = day - 0.5;
  return Math.floor((sunLongitude(start - zoneHours(start) / 24) / Math.PI) * 6);
}

/** First day of lunar month 11, the month containing the winter solstice of Gregorian `year`. */
function month11(year: number): number {
  const k = Math.floor((jdn(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return solarSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Months after month 11 (of a 13-month year) at which the leap month comes: the first without a major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = solarSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function lunarFromJdn(dayNumber: number, solarYear: number): LunarDate {
  // The mean-lunation estimate can be off by one month either way; step back to the last new moon.
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k);
  let a11 = month11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day: dayNumber - monthStart + 1, leap };
}

export function solarToLunar(day: Day): LunarDate {
  const n = parseDay(day);
  return lunarFromJdn(n, fromJdn(n).year);
}

/** JDN of a lunar date, or null when that month (a leap month, a 30th day) does not exist. */
function lunarToJdn({ year, month, day, leap }: LunarDate): number | null {
  const [a11, b11] = month < 11 ? [month11(year - 1), month11(year)] : [month11(year), month11(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    const leapMonth = (leapOff - 2 + 12) % 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(k + off);
  const length = newMoonDay(k + off + 1) - start;
  return day <= length ? start + day - 1 : null;
}

export function lunarToSolar(lunar: LunarDate): Day {
  const { year, month, day } = lunar;
  const valid = [year, month, day].every(Number.isInteger) && month >= 1 && month <= 12 && day >= 1 && day <= 30;
  // Lunar year 1899 still owns January 1900; the solar result is what must be in range.
  if (valid && year !== MIN_YEAR - 1) checkYear(year);
  const n = valid ? lunarToJdn({ ...lunar, leap: lunar.leap === true }) : null;
  if (n === null) {
    throw new CalendarError('invalid-lunar-date', { day: String(day), month: String(month), leap: lunar.leap ? ' nhuận' : '', year: String(year) });
  }
  checkYear(fromJdn(n).year);
  return formatDay(n);
}

/** The solar day of Tết Nguyên đán (1 tháng Giêng) of the lunar year that starts in Gregorian `year`. */
export function lunarNewYear(year: number): Day {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}
