import type { HistoryDB, ReportPeriod } from '../../lib/history';
import { isReportFor } from '../../lib/history/report-period';

/**
 * Whether the history holds a monthly report for a period. A report for a period can only be made
 * once the period has begun, so only documents created from its first day are read.
 */
export async function monthlyReportMade(db: HistoryDB, period: Pick<ReportPeriod, 'from' | 'to'>): Promise<boolean> {
  const since = IDBKeyRange.lowerBound(`${period.from}T00:00`);
  const documents = await db.getAllFromIndex('documents', 'by-created', since);
  return documents.some((doc) => isReportFor(doc, period));
}
