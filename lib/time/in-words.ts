/**
 * Dates and times written the way Vietnamese administrative documents write them.
 *
 * Inputs are the project's wall-clock strings ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', Vietnam local time),
 * split as text so no value ever passes through a `Date` in the machine's time zone.
 *
 * Nghị định 30/2020, Phụ lục I: days below 10 and the months 1 and 2 take a leading zero
 * ("ngày 05 tháng 02 năm 2026", but "ngày 20 tháng 5 năm 2022"); hours and minutes are written
 * with two digits as on the one-stop forms ("09 giờ 15 phút").
 */

/** The dotted blank an official form leaves for a value to be written by hand. */
export const BLANK = '…………';

interface DayParts {
  year: string;
  month: number;
  day: number;
}

function dayParts(day: string): DayParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return { year: match[1]!, month: Number(match[2]), day: Number(match[3]) };
}

function timeParts(dateTime: string): { hour: string; minute: string } {
  const match = /T(\d{2}):(\d{2})$/.exec(dateTime);
  if (!match) throw new RangeError(`not a YYYY-MM-DDTHH:mm time: ${dateTime}`);
  return { hour: match[1]!, minute: match[2]! };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "ngày 05 tháng 02 năm 2026" / "ngày 20 tháng 5 năm 2022" (the Nghị định 30/2020 rule). */
export function dayInWords(day: string): string {
  const p = dayParts(day);
  const month = p.month <= 2 ? two(p.month) : String(p.month);
  return `ngày ${two(p.day)} tháng ${month} năm ${p.year}`;
}

/** "09 giờ 15 phút" */
export function timeInWords(dateTime: string): string {
  const t = timeParts(dateTime);
  return `${t.hour} giờ ${t.minute} phút`;
}

/** "16 giờ 00 phút, ngày 17 tháng 5 năm 2022", the form's "… giờ … phút, ngày … tháng … năm …". */
export function dateTimeInWords(dateTime: string): string {
  return `${timeInWords(dateTime)}, ${dayInWords(dateTime.slice(0, 10))}`;
}

/** "05/05/2022", for table cells. */
export function dayShort(day: string): string {
  const p = dayParts(day);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** "14:30 05/05/2022", for table cells. */
export function dateTimeShort(dateTime: string): string {
  const t = timeParts(dateTime);
  return `${t.hour}:${t.minute} ${dayShort(dateTime.slice(0, 10))}`;
}

/** The blank form of `dayInWords`, left for a handwritten date. */
export const BLANK_DAY_IN_WORDS = 'ngày …… tháng …… năm ……';
/** The blank form of `dateTimeInWords`. */
export const BLANK_DATE_TIME_IN_WORDS = '…… giờ …… phút, ngày …… tháng …… năm ……';
