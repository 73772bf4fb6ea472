import { proposeReportRows, reportPeriod, searchHistory, type HistoryDB, type HistoryHit } from '../../lib/history';
import { withoutKeys } from '../../lib/history/keys';
import { monthlyStats } from '../../lib/history/stats';
import { dueThisWeekSheet, onTimeSheet, overdueSheet, reportSheets, returnedSheet, statsSheet } from '../../lib/export/lists';
import { workbookBytes, XLSX_TYPE, type SheetSpec } from '../../lib/export/workbook';
import { downloadBytes } from '../../lib/documents/page/download';
import { onTimeRates, ratePeriods, type Granularity, type PeriodRates } from '../../lib/quality/on-time-rate';
import type { PageContext } from '../../lib/documents/page/page-context';

/** The lists the records page exports to Excel. */
export type ExcelList = 'overdue' | 'dueThisWeek' | 'returned' | 'report' | 'stats';
export const EXCEL_LISTS: readonly ExcelList[] = ['overdue', 'dueThisWeek', 'returned', 'report', 'stats'];

export interface ExcelRequest {
  list: ExcelList;
  /** `YYYY-MM`: the report's month, or the first month of the statistics. */
  from: string;
  /** `YYYY-MM`: the last month of the statistics. */
  to: string;
}

/** Every dossier the history holds, for the lists that cover them all. */
const EVERY = 1_000_000;

const day = (time: string) => time.slice(0, 10);
const fileDay = (time: string) => `${time.slice(8, 10)}-${time.slice(5, 7)}-${time.slice(0, 4)}`;

/** Monday 00:00 and Sunday 23:59 of the week holding `asOf`, as Vietnam local times. */
export function weekOf(asOf: string): { from: string; to: string } {
  const [y, m, d] = day(asOf).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: `${monday.toISOString().slice(0, 10)}T00:00`, to: `${sunday.toISOString().slice(0, 10)}T23:59` };
}

/** Open dossiers whose appointment falls in the week of `asOf`, soonest first. */
export function dueThisWeek(hits: readonly HistoryHit[], asOf: string): HistoryHit[] {
  const week = weekOf(asOf);
  return hits
    .filter((h) => h.dossier.snapshot.dueAt !== undefined && h.dossier.snapshot.dueAt >= week.from && h.dossier.snapshot.dueAt <= week.to)
    .sort((a, b) => (a.dossier.snapshot.dueAt! < b.dossier.snapshot.dueAt! ? -1 : 1));
}

/** The on-time rate over `from`…`to` from every dossier this browser has seen. */
export async function loadOnTimeRates(db: HistoryDB, granularity: Granularity, from: string, to: string, asOf: string): Promise<PeriodRates[]> {
  const dossiers = (await db.getAll('dossiers')).map(withoutKeys);
  return onTimeRates(dossiers, ratePeriods(granularity, from, to), asOf);
}

/** The sheets and file name of one exported list. */
export async function excelSheets(db: HistoryDB, context: PageContext, request: ExcelRequest): Promise<{ sheets: SheetSpec[]; fileName: string; rows: number }> {
  const { asOf, calendar, settings } = context;
  const stamp = fileDay(asOf);
  const search = (standing: 'overdue' | 'open' | 'refused') => searchHistory(db, { asOf, standing, limit: EVERY });
  let sheets: SheetSpec[];
  let fileName: string;
  switch (request.list) {
    case 'overdue':
      sheets = [overdueSheet((await search('overdue')).sort((a, b) => (a.dossier.snapshot.dueAt! < b.dossier.snapshot.dueAt! ? -1 : 1)), asOf, calendar)];
      fileName = `Ho-so-qua-han_${stamp}.xlsx`;
      break;
    case 'dueThisWeek':
      sheets = [dueThisWeekSheet(dueThisWeek(await search('open'), asOf), asOf)];
      fileName = `Ho-so-den-han-tuan-nay_${stamp}.xlsx`;
      break;
    case 'returned':
      sheets = [returnedSheet(await search('refused'), asOf)];
      fileName = `Ho-so-tra-lai_${stamp}.xlsx`;
      break;
    case 'report': {
      const period = reportPeriod(settings.report.period, Number(request.from.slice(0, 4)), Number(request.from.slice(5, 7)), settings.report.cutoffDay);
      sheets = reportSheets(await proposeReportRows(db, period, asOf, { calendar }), period.label);
      fileName = `Bao-cao-thang_${request.from.slice(5, 7)}-${request.from.slice(0, 4)}.xlsx`;
      break;
    }
    case 'stats': {
      const stats = await monthlyStats(db, request.from, request.to, asOf, { calendar });
      const rates = await loadOnTimeRates(db, 'month', request.from, request.to, asOf);
      sheets = [statsSheet(stats), onTimeSheet(rates, asOf)];
      fileName = `Thong-ke_${request.from}_${request.to}.xlsx`;
      break;
    }
  }
  return { sheets, fileName, rows: sheets.reduce((n, s) => n + s.rows.length, 0) };
}

/** Writes the workbook (loading exceljs now, not before) and hands it to the browser as a download. */
export async function downloadWorkbook(sheets: readonly SheetSpec[], fileName: string, asOf: string): Promise<void> {
  downloadBytes(await workbookBytes(sheets, asOf), fileName, XLSX_TYPE);
}
