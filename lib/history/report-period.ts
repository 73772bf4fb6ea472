/**
 * Which period a monthly report covers, as the settings say (calendar month or a cut-off), the
 * label printed in its title, and whether a stored document is that period's report.
 */
import type { LocalDateTime } from '../dossier/schema';
import { addMonths, daysInMonth, lastDayOf, makeDay } from '../time/strings';
import { HistoryError } from './errors';
import type { DocumentRecord, Period } from './records';

export interface ReportPeriod extends Period {
  /** Printed in the report's title: "tháng 5 năm 2022" or "từ ngày 16/4/2022 đến ngày 15/5/2022". */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Nghị định 30/2020 writes the months 1 and 2 with a leading zero, the others without. */
const monthWord = (month: number): string => (month <= 2 ? `0${month}` : String(month));
const shortDay = (day: string): string => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;

/**
 * The days a report covers: a calendar month, or the month ending on a cut-off day (many offices
 * report from the 16th of one month to the 15th of the next). A cut-off beyond a short month's end
 * falls on its last day.
 */
export function reportPeriod(kind: 'month' | 'cutoff', year: number, month: number, cutoffDay = 15): ReportPeriod {
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new HistoryError('invalid-argument', { detail: `year ${year}, month ${month}` });
  }
  const monthKey = `${String(year).padStart(4, '0')}-${pad(month)}`;
  if (kind === 'month') {
    return { from: `${monthKey}-01`, to: lastDayOf(monthKey), label: `tháng ${monthWord(month)} năm ${year}` };
  }
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 31) {
    throw new HistoryError('invalid-argument', { detail: `cut-off day ${cutoffDay}` });
  }
  const previous = addMonths(monthKey, -1);
  const py = Number(previous.slice(0, 4));
  const pm = Number(previous.slice(5, 7));
  const previousCutoff = Math.min(cutoffDay, daysInMonth(py, pm));
  const from = previousCutoff === daysInMonth(py, pm) ? `${monthKey}-01` : makeDay(py, pm, previousCutoff + 1);
  const to = makeDay(year, month, Math.min(cutoffDay, daysInMonth(year, month)));
  return { from, to, label: `từ ngày ${shortDay(from)} đến ngày ${shortDay(to)}` };
}

export interface ReportSettings {
  period: 'month' | 'cutoff';
  cutoffDay: number;
  reminderDay: number;
}

/** The period of the report made for `month` ('YYYY-MM'), with the label its title prints. */
export function periodForMonth(settings: Pick<ReportSettings, 'period' | 'cutoffDay'>, month: string): ReportPeriod {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return reportPeriod(settings.period, year, m, settings.cutoffDay);
}

/** Drafts are kept per period, so the officer's edits come back whenever that period is opened. */
export const draftIdFor = (period: Pick<ReportPeriod, 'from' | 'to'>): string => `monthly-report:${period.from}:${period.to}`;

/** True when `doc` is a monthly report rendered for exactly this period. */
export function isReportFor(doc: DocumentRecord, period: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  if (doc.kind !== 'monthly-report') return false;
  const data = doc.data as { period?: { from?: unknown; to?: unknown } } | null | undefined;
  return data?.period?.from === period.from && data.period.to === period.to;
}

/** The reminder shows from the reminder day of the month until that month's report exists. */
export function reminderNeeded(asOf: LocalDateTime, reminderDay: number, reportMade: boolean): boolean {
  return !reportMade && Number(asOf.slice(8, 10)) >= reminderDay;
}
