import type { Calendar } from '../calendar/calendar';
import type { LocalDateTime } from '../dossier/schema';
import { daysLateBetween } from '../deadline/lateness';
import type { HistoryHit } from '../history/search';
import type { ReportProposal } from '../history/report';
import type { MonthStats } from '../history/stats';
import { sendBacks } from '../history/outcome';
import type { PeriodRates } from '../quality/on-time-rate';
import type { CellValue, SheetColumn, SheetSpec } from './workbook';

/**
 * The history's lists as Excel sheets. Headers are Vietnamese whatever the interface language:
 * the file goes to the unit's records and to the compiling office like the .docx documents, and its
 * column names follow the portals' own "Xuất Excel" lists (Mã hồ sơ, Ngày hẹn trả…).
 */

const col = (header: string, kind: SheetColumn['kind'], width: number): SheetColumn => ({ header, kind, width });

const DOSSIER_COLUMNS = [
  col('STT', 'integer', 6),
  col('Mã hồ sơ', 'text', 26),
  col('Chủ hồ sơ', 'text', 26),
  col('Thủ tục hành chính', 'text', 48),
  col('Đơn vị xử lý', 'text', 30),
  col('Ngày tiếp nhận', 'datetime', 17),
  col('Ngày hẹn trả', 'datetime', 17),
];

const dossierCells = (i: number, { dossier }: HistoryHit): CellValue[] => [
  i + 1,
  dossier.code,
  dossier.snapshot.applicant,
  dossier.snapshot.procedure,
  dossier.snapshot.agency,
  dossier.snapshot.receivedAt,
  dossier.snapshot.dueAt,
];

const asOfLine = (what: string, asOf: LocalDateTime) =>
  `${what}, tính đến ${asOf.slice(8, 10)}/${asOf.slice(5, 7)}/${asOf.slice(0, 4)} ${asOf.slice(11, 16)} từ các hồ sơ trình duyệt này đã thấy`;

/** Overdue dossiers, with working days late at `asOf` and when the list was last seen. */
export function overdueSheet(hits: readonly HistoryHit[], asOf: LocalDateTime, calendar?: Calendar): SheetSpec {
  return {
    name: 'Quá hạn',
    title: asOfLine('Hồ sơ quá hạn', asOf),
    columns: [...DOSSIER_COLUMNS, col('Số ngày làm việc quá hạn', 'integer', 12), col('Lần cuối thấy', 'datetime', 17)],
    rows: hits.map((hit, i) => [
      ...dossierCells(i, hit),
      hit.dossier.snapshot.dueAt === undefined ? undefined : daysLateBetween(hit.dossier.snapshot.dueAt, asOf, calendar),
      hit.dossier.lastSeen,
    ]),
  };
}

/** Open dossiers whose appointment falls in the week of `asOf` (Monday to Sunday). */
export function dueThisWeekSheet(hits: readonly HistoryHit[], asOf: LocalDateTime): SheetSpec {
  return {
    name: 'Đến hạn tuần này',
    title: asOfLine('Hồ sơ đến hạn trong tuần', asOf),
    columns: [...DOSSIER_COLUMNS, col('Lần cuối thấy', 'datetime', 17)],
    rows: hits.map((hit, i) => [...dossierCells(i, hit), hit.dossier.lastSeen]),
  };
}

/** Refused or sent-back dossiers, with the last sending back and its reason. */
export function returnedSheet(hits: readonly HistoryHit[], asOf: LocalDateTime): SheetSpec {
  return {
    name: 'Trả lại',
    title: asOfLine('Hồ sơ bị trả lại, từ chối', asOf),
    columns: [...DOSSIER_COLUMNS, col('Ngày trả lại', 'datetime', 17), col('Lý do', 'text', 48)],
    rows: hits.map((hit, i) => {
      const back = sendBacks(hit.dossier).at(-1);
      return [...dossierCells(i, hit), back?.at, back?.reason ?? hit.dossier.snapshot.reason];
    }),
  };
}

/** The month's report rows as proposed from the history: late, then returned. */
export function reportSheets(proposal: ReportProposal, label: string): SheetSpec[] {
  const base = DOSSIER_COLUMNS;
  const cells = (i: number, r: ReportProposal['late'][number]): CellValue[] => [i + 1, r.code, r.applicant, r.procedure, r.agency, r.receivedAt, r.dueAt];
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
  const rows: CellValue[][] = [];
  for (const { period, total, units } of rates) {
    for (const row of [{ ...total, unit: 'Tất cả' }, ...units]) {
      rows.push([period.label, row.unit || 'Chưa xác định', row.early, row.onTime, row.openInTime, row.late, row.openLate, row.rate]);
    }
  }
  return {
    name: 'Tỷ lệ đúng hạn',
    title: asOfLine('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (QĐ 766/QĐ-TTg, chỉ số 2.1)', asOf),
    columns: [
      col('Kỳ', 'text', 14),
      col('Đơn vị', 'text', 36),
      col('Trước hạn', 'integer', 10),
      col('Đúng hạn', 'integer', 10),
      col('Đang giải quyết trong hạn', 'integer', 14),
      col('Quá hạn', 'integer', 10),
      col('Đang giải quyết quá hạn', 'integer', 14),
      col('Tỷ lệ trước hạn, đúng hạn', 'percent', 14),
    ],
    rows,
  };
}
