import type { DocumentsKey } from '../i18n/documents';
import type { OnTimeRow } from '../quality/on-time-rate';
import { shortTime } from '../time/display';
import type { CellValue, SheetColumn } from './workbook';

/**
 * The columns of the records page's tables and of the Excel lists, defined once: the page's header
 * (a catalogue key, in the interface language), the sheet's header (Vietnamese whatever the
 * interface language, see lists.ts), how the sheet types and sizes it, and where its value comes from.
 */
export interface Column<Row> {
  label: DocumentsKey;
  sheet: SheetColumn;
  value: (row: Row) => CellValue;
}

const column = <Row,>(label: DocumentsKey, header: string, kind: SheetColumn['kind'], width: number, value: (row: Row) => CellValue): Column<Row> => ({
  label,
  sheet: { header, kind, width },
  value,
});

/** A dossier as its tables show it, flat: a stored dossier's code and snapshot, or a report row. */
export interface DossierFacts {
  code: string;
  applicant?: string;
  procedure?: string;
  agency?: string;
  receivedAt?: string;
  dueAt?: string;
}

/** The sheet headers follow the portals' own "Xuất Excel" lists (Mã hồ sơ, Ngày hẹn trả…). */
export const DOSSIER_COLUMNS = {
  code: column<DossierFacts>('fact.dossierCode', 'Mã hồ sơ', 'text', 26, (d) => d.code),
  applicant: column<DossierFacts>('fact.applicant', 'Chủ hồ sơ', 'text', 26, (d) => d.applicant),
  procedure: column<DossierFacts>('fact.procedure', 'Thủ tục hành chính', 'text', 48, (d) => d.procedure),
  agency: column<DossierFacts>('fact.processingAgency', 'Đơn vị xử lý', 'text', 30, (d) => d.agency),
  receivedAt: column<DossierFacts>('fact.receivedAt', 'Ngày tiếp nhận', 'datetime', 17, (d) => d.receivedAt),
  dueAt: column<DossierFacts>('fact.dueAt', 'Ngày hẹn trả', 'datetime', 17, (d) => d.dueAt),
};

/** When the extension last saw the dossier on a portal list. */
export const LAST_SEEN = column<{ lastSeen: string }>('morning.lastSeen', 'Lần cuối thấy', 'datetime', 17, (d) => d.lastSeen);

/** A row of the on-time rate: one period's total or one unit's, the period named by its label. */
type OnTimeLine = OnTimeRow & { period: string };

/** The on-time rate (QĐ 766, indicator 2.1); the page's words are the sheet's. */
export const ON_TIME_COLUMNS: readonly Column<OnTimeLine>[] = [
  column('quality.period', 'Kỳ', 'text', 14, (r) => r.period),
  column('quality.unit', 'Đơn vị', 'text', 36, (r) => r.unit || 'Chưa xác định'),
  column('quality.early', 'Trước hạn', 'integer', 10, (r) => r.early),
  column('quality.onTime', 'Đúng hạn', 'integer', 10, (r) => r.onTime),
  column('quality.openInTime', 'Đang giải quyết trong hạn', 'integer', 14, (r) => r.openInTime),
  column('quality.late', 'Quá hạn', 'integer', 10, (r) => r.late),
  column('quality.openLate', 'Đang giải quyết quá hạn', 'integer', 14, (r) => r.openLate),
  column('quality.rate', 'Tỷ lệ trước hạn, đúng hạn', 'percent', 14, (r) => r.rate),
];

/** A cell as the records page shows it: dates and times as dd/mm/yyyy hh:mm, nothing for no value. */
export function shownCell<Row>(column: Column<Row>, row: Row): string {
  const value = column.value(row);
  if (value === undefined) return '';
  return column.sheet.kind === 'datetime' || column.sheet.kind === 'date' ? shortTime(String(value)) : String(value);
}
