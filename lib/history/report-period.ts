/**
 * Which period a monthly report covers, as the settings say (calendar month or a cut-off), the
 * label printed in its title, and whether a stored document is that period's report.
 */
import { reportPeriod, type DocumentRecord, type ReportPeriod } from './';
import type { LocalDateTime } from '../dossier/schema';

export interface ReportSettings {
  period: 'month' | 'cutoff';
  cutoffDay: number;
  reminderDay: number;
}

/** 'YYYY-MM' of a day or time string. */
export const monthOfTime = (time: string): string => time.slice(0, 7);

/** Nghị định 30/2020 writes the months 1 and 2 with a leading zero, the others without. */
const monthWord = (month: number): string => (month <= 2 ? `0${month}` : String(month));
const shortDay = (day: string): string => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`;

/** The period of the report made for `month` ('YYYY-MM'), with the label its title prints. */
export function periodForMonth(settings: Pick<ReportSettings, 'period' | 'cutoffDay'>, month: string): ReportPeriod {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const period = reportPeriod(settings.period, year, m, settings.cutoffDay);
  const label =
    settings.period === 'month'
      ? `tháng ${monthWord(m)} năm ${year}`
      : `từ ngày ${shortDay(period.from)} đến ngày ${shortDay(period.to)}`;
  return { from: period.from, to: period.to, label };
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
