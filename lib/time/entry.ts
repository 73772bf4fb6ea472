/**
 * Dates as officers write them, whatever the browser's language: `dd/mm/yyyy`, 24-hour `HH:mm`,
 * months `mm/yyyy`. The browser's own date inputs follow its locale (an English Chrome shows
 * "05/23/2022, 04:00 PM" and reads 06/05 as 5 June), so the pages use text fields parsed here.
 * Values inside the extension stay ISO-like (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, `YYYY-MM`). Days are
 * read by day-entry.ts and shown by display.ts, the one home of each.
 */
import { parseDay } from './day-entry';
import { showDay, showLocalTime } from './display';

export type DateEntryKind = 'date' | 'datetime' | 'month';

const pad = (n: number) => String(n).padStart(2, '0');

/** A month typed `mm/yyyy` (or `yyyy-mm`), checked as its first day. */
const MY = /^(\d{1,2})[/.-](\d{4})$/;
const YM = /^(\d{4})-(\d{2})$/;
/** 16:30, 16h30, 16g30, 16h (giờ). */
const HM = /^(\d{1,2})(?:[:hg](\d{2})?)?$/i;

/** A 24-hour time of day as `HH:mm`: 7:30, 07:30, 7h30, 16g. */
export function parseTimeOfDay(text: string): string | undefined {
  const m = HM.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

/** The value typed, as `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM`; undefined when it is not one. */
export function parseDateEntry(text: string, kind: DateEntryKind): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (kind === 'date') return parseDay(trimmed);
  if (kind === 'month') {
    const my = MY.exec(trimmed) ?? YM.exec(trimmed);
    if (!my) return undefined;
    const [year, month] = MY.test(trimmed) ? [my[2]!, my[1]!] : [my[1]!, my[2]!];
    return parseDay(`01/${month}/${year}`)?.slice(0, 7);
  }
  // "20/05/2022 16:30", "20/05/2022, 16:30", "16:30 20/05/2022", "2022-05-20T16:30"
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(trimmed);
  const parts = iso ? [iso[1]!, iso[2]!] : trimmed.split(/,? |,|T/).filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  for (const [d, t] of [parts, [...parts].reverse()]) {
    const date = parseDay(d!);
    const time = parseTimeOfDay(t!.trim());
    if (date && time) return `${date}T${time}`;
  }
  return undefined;
}

/** How a value is shown: `20/05/2022`, `20/05/2022 16:30`, `05/2022`; '' stays ''. */
export function formatDateEntry(value: string, kind: DateEntryKind): string {
  if (value === '') return '';
  if (kind === 'month') return `${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return kind === 'datetime' ? showLocalTime(value) : showDay(value);
}

/** What to type, shown as the field's placeholder. */
export const DATE_ENTRY_PATTERN: Record<DateEntryKind, string> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  month: 'mm/yyyy',
};
