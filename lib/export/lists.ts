import type { Calendar } from '../calendar/calendar';
import type { LocalDateTime } from '../dossier/schema';
import { daysLateBetween } from '../deadline/lateness';
import type { HistoryHit } from '../history/search';
import type { ReportProposal } from '../history/report';
import type { MonthStats } from '../history/stats';
import { sendBacks } from '../history/outcome';
import type { PeriodRates } from '../quality/on-time-rate';
import type { CellValue, SheetColumn, SheetSpec } from './workbook';
import { DOSSIER_COLUMNS, LAST_SEEN, ON_TIME_COLUMNS, type DossierFacts } from './columns';

/**
 * The history's lists as Excel sheets. Headers are Vietnamese whatever the interface language:
 * the file goes to the unit's records and to the compiling office like the .docx documents, and its
 * column names follow the portals' own "Xuất Excel" lists (Mã hồ sơ, Ngày hẹn trả…).
 */

const col = (header: string, kind: SheetColumn['kind'], width: number): SheetColumn => ({ header, kind, width });

/** Every dossier list opens with its number in the list and the dossier's own columns (columns.ts). */
const DOSSIER_SHEET_COLUMNS = [col('STT', 'integer', 6), ...Object.values(DOSSIER_COLUMNS).map((c) => c.sheet)];

const dossierCells = (i: number, facts: DossierFacts): CellValue[] => [i + 1, ...Object.values(DOSSIER_COLUMNS).map((c) => c.value(facts))];

const hitCells = (i: number, { dossier }: HistoryHit): CellValue[] => dossierCells(i, { ...dossier.snapshot, code: dossier.code });

const asOfLine = (what: string, asOf: LocalDateTime) =>
  `${what}, tính đến ${asOf.slice(8, 10)}/${asOf.slice(5, 7)}/${asOf.slice(0, 4)} ${asOf.slice(11, 16)} từ các hồ sơ trình duyệt này đã thấy`;

/** Overdue dossiers, with working days late at `asOf` and when the list was last seen. */
export function overdueSheet(hits: readonly HistoryHit[], asOf: LocalDateTime, calendar?: Calendar): SheetSpec {
  return {
    name: 'Quá hạn',
    title: asOfLine('Hồ sơ quá hạn', asOf),
    columns: [...DOSSIER_SHEET_COLUMNS, col('Số ngày làm việc quá hạn', 'integer', 12), LAST_SEEN.sheet],
    rows: hits.map((hit, i) => [
      ...hitCells(i, hit),
      hit.dossier.snapshot.dueAt === undefined ? undefined : daysLateBetween(hit.dossier.snapshot.dueAt, asOf, calendar),
      LAST_SEEN.value(hit.dossier),
    ]),
  };
}

/** Open dossiers whose appointment falls in the week of `asOf` (Monday to Sunday). */
export function dueThisWeekSheet(hits: readonly HistoryHit[], asOf: LocalDateTime): SheetSpec {
  return {
    name: 'Đến hạn tuần này',
    title: asOfLine('Hồ sơ đến hạn trong tuần', asOf),
    columns: [...DOSSIER_SHEET_COLUMNS, LAST_SEEN.sheet],
    rows: hits.map((hit, i) => [...hitCells(i, hit), LAST_SEEN.value(hit.dossier)]),
  };
}

/** Refused or sent-back dossiers, with the last sending back and its reason. */
export function returnedSheet(hits: readonly HistoryHit[], asOf: LocalDateTime): SheetSpec {
  return {
    name: 'Trả lại',
    title: asOfLine('Hồ sơ bị trả lại, từ chối', asOf),
    columns: [...DOSSIER_SHEET_COLUMNS, col('Ngày trả lại', 'datetime', 17), col('Lý do', 'text', 48)],
    rows: hits.map((hit, i) => {
      const back = sendBacks(hit.dossier).at(-1);
      return [...hitCells(i, hit), back?.at, back?.reason ?? hit.dossier.snapshot.reason];
    }),
  };
}

/** The month's report rows as proposed from the history: late, then returned. */
export function reportSheets(proposal: ReportProposal, label: string): SheetSpec[] {
  const base = DOSSIER_SHEET_COLUMNS;
  const cells = dossierCells;
  return [
    {
      name: 'Trễ hạn',
      title: `Hồ sơ trễ hạn — ${label}`,
      columns: [...base, col('Ngày hoàn thành', 'datetime', 17), col('Số ngày trễ', 'integer', 10), col('Lý do', 'text', 48)],
      rows: proposal.late.map((r, i) => [...cells(i, r), r.stillOpen ? 'Chưa hoàn thành' : r.completedAt, r.daysLate, r.reason]),
    },
    {
      name: 'Trả lại',
      title: `Hồ sơ trả lại — ${label}`,
      columns: [...base, col('Ngày trả lại', 'datetime', 17), col('Lý do', 'text', 48)],
      rows: proposal.sentBack.map((r, i) => [...cells(i, r), r.sentBackAt, r.reason]),
    },
  ];
}

/** Late and returned dossiers per month and per unit, as the statistics tab shows them. */
export function statsSheet(stats: readonly MonthStats[]): SheetSpec {
  const rows: CellValue[][] = [];
  for (const s of stats) {
    rows.push([`${s.month}-01`, 'Tất cả', s.late, s.sentBack]);
    for (const u of s.units) rows.push([`${s.month}-01`, u.unit || 'Chưa xác định', u.late, u.sentBack]);
  }
  return {
    name: 'Thống kê',
    columns: [col('Tháng', 'date', 12), col('Đơn vị', 'text', 36), col('Trễ hạn', 'integer', 10), col('Trả lại', 'integer', 10)],
    rows,
  };
}

/** The on-time rate (QĐ 766, indicator 2.1) per period and unit. */
export function onTimeSheet(rates: readonly PeriodRates[], asOf: LocalDateTime): SheetSpec {
  const rows = rates.flatMap(({ period, total, units }) =>
    [{ ...total, unit: 'Tất cả' }, ...units].map((row) => ON_TIME_COLUMNS.map((c) => c.value({ ...row, period: period.label }))),
  );
  return {
    name: 'Tỷ lệ đúng hạn',
    title: asOfLine('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (QĐ 766/QĐ-TTg, chỉ số 2.1)', asOf),
    columns: ON_TIME_COLUMNS.map((c) => c.sheet),
    rows,
  };
}
