/** Days as officers type and read them on the settings page: `dd/mm/yyyy` (or `yyyy-mm-dd`), one per line. */

interface DayListResult {
  /** Valid days as `YYYY-MM-DD`, sorted, without repeats. */
  days: string[];
  /** Lines that are not a real day in either accepted form (1-based line numbers). */
  bad: { line: number; text: string }[];
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A real calendar day, checked in UTC arithmetic so the browser's time zone plays no part. */
function dayString(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One day written as `dd/mm/yyyy` (Vietnamese habit; `.` and `-` also accepted) or `yyyy-mm-dd`. */
export function parseDay(text: string): string | undefined {
  const trimmed = text.trim();
  const dmy = DMY.exec(trimmed);
  if (dmy) return dayString(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(trimmed);
  if (ymd) return dayString(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

/** A textarea with one day per line; blank lines are ignored. */
export function parseDayList(text: string): DayListResult {
  const days = new Set<string>();
  const bad: DayListResult['bad'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const day = parseDay(line);
    if (day) days.add(day);
    else bad.push({ line: index + 1, text: line });
  });
  return { days: [...days].sort(), bad };
}
