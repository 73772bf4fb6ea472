import type { LocalDateTime } from '../dossier/schema';
import type { HistoryDB } from './db';
import { isValidMonth, lastDayOf, monthsFromTo, type Month } from '../time/strings';
import { HistoryError } from './errors';
import { proposeReportRows, type ReportOptions } from './report';

export interface UnitCount {
  /** The agency as the portal spells it ('' when the page did not say). */
  unit: string;
  late: number;
  sentBack: number;
}

export interface MonthStats {
  month: Month;
  late: number;
  sentBack: number;
  units: UnitCount[];
  /** The portals of the month's late and returned dossiers, whichever count (what the office can tick). */
  origins: string[];
}

/** At most this many months per chart, so a typo in a year cannot start a decade of queries. */
export const MAX_STATS_MONTHS = 120;

/** Late and returned dossiers per month and per unit, counted as the monthly report counts them. */
export async function monthlyStats(
  db: HistoryDB,
  from: Month,
  to: Month,
  asOf: LocalDateTime,
  options: ReportOptions = {},
): Promise<MonthStats[]> {
  if (!isValidMonth(from) || !isValidMonth(to)) throw new HistoryError('invalid-argument', { detail: `${from}–${to}` });
  const months = monthsFromTo(from, to);
  if (months.length > MAX_STATS_MONTHS) throw new HistoryError('invalid-argument', { detail: `${months.length} months` });
  const stats: MonthStats[] = [];
  for (const month of months) {
    const rows = await proposeReportRows(db, { from: `${month}-01`, to: lastDayOf(month) }, asOf, options);
    const units = new Map<string, UnitCount>();
    const unit = (name: string) => {
      let count = units.get(name);
      if (!count) units.set(name, (count = { unit: name, late: 0, sentBack: 0 }));
      return count;
    };
    for (const row of rows.late) unit(row.agency ?? '').late++;
    for (const row of rows.sentBack) unit(row.agency ?? '').sentBack++;
    stats.push({
      month,
      late: rows.late.length,
      sentBack: rows.sentBack.length,
      units: [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'vi')),
      origins: rows.origins,
    });
  }
  return stats;
}
