import type { LocalDateTime } from '../dossier/schema';

/**
 * Excel workbooks (.xlsx) of plain tables, written by exceljs (a maintained library made for it;
 * README § Dependencies). exceljs is imported only when a workbook is written, so its ~1 MB reaches
 * only the page that exports, and only when the officer exports.
 */

/** How a column's values are written: dates as real Excel dates shown dd/mm/yyyy (and 24-hour time). */
type CellKind = 'text' | 'integer' | 'date' | 'datetime' | 'percent';

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** Width in characters (Excel's unit). */
  width: number;
}

export type CellValue = string | number | undefined;

export interface SheetSpec {
  /** Tab name; Excel allows 31 characters and none of : \ / ? * [ ]. */
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly CellValue[])[];
  /** A line above the header (what the list is, when it was computed); the header stays frozen below it. */
  title?: string;
}

const NUMBER_FORMAT: Record<CellKind, string | undefined> = {
  text: '@',
  integer: '0',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  percent: '0.0%',
};

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A Vietnam local date or minute as the `Date` exceljs writes: Excel dates carry no zone, and exceljs
 * converts from UTC, so the wall time is built in UTC and shows in Excel exactly as on the portal.
 */
export function excelDate(value: LocalDateTime | string): Date {
  const m = TIME.exec(value);
  if (!m) throw new RangeError(`not a YYYY-MM-DD[THH:mm] date: ${value}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

/** A sheet name Excel accepts, unique within the workbook. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const clean = name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  return candidate;
}

function cellOf(kind: CellKind, value: CellValue): string | number | Date | null {
  if (value === undefined || value === '') return null;
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') return excelDate(value);
  return value;
}

/** The workbook's bytes: one sheet per spec, header row bold and frozen, widths set, dates typed. */
export async function workbookBytes(sheets: readonly SheetSpec[], created: LocalDateTime): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nhắc Hạn';
  workbook.created = excelDate(created);
  const taken = new Set<string>();
  for (const spec of sheets) {
    const name = sheetName(spec.name, taken);
    taken.add(name.toLowerCase());
    const headerRow = spec.title === undefined ? 1 : 2;
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }] });
    if (spec.title !== undefined) {
      sheet.addRow([spec.title]).font = { italic: true };
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    spec.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = column.width;
      const format = NUMBER_FORMAT[column.kind];
      if (format !== undefined) col.numFmt = format;
    });
    for (const row of spec.rows) sheet.addRow(spec.columns.map((c, i) => cellOf(c.kind, row[i])));
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: spec.columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
