import { rowFacts } from '../../lib/documents';
import {
  RETURN_LIKE_STATUSES,
  countedPortals,
  countingPortals,
  documentsFor,
  getDraft,
  listDrafts,
  periodTotals,
  proposeReportRows,
  totalsOrigins,
  type HistoryDB,
  type ReportPeriod,
  type ReportRow,
} from '../../lib/history';
import { mergeDraft, returnedStatuses } from '../../lib/documents/page/report-draft';
import type { PageContext } from '../../lib/documents/page/page-context';
import { draftIdFor } from '../../lib/history/report-period';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import type { CountedPortals } from './counted-portals';

/** Rows with what the dossier's documents already say: the apology sent, the reason written. */
async function withDocumentFacts(db: HistoryDB, rows: ReportRow[]): Promise<ReportRow[]> {
  return Promise.all(
    rows.map(async (row) => {
      const documents = (await Promise.all([row.code, ...(row.aliases ?? [])].map((code) => documentsFor(db, code)))).flat();
      const facts = rowFacts(documents);
      const reason = row.reason ?? facts.reason;
      return {
        ...row,
        ...(reason === undefined ? {} : { reason }),
        ...(row.kind === 'late' && facts.apology !== undefined ? { apology: facts.apology } : {}),
      };
    }),
  );
}

/**
 * The period's draft over the counted portals: the officer's edits kept, the rows proposed again from
 * the history, with the portals offered and counted and the period's totals. `statusChoice` is the
 * office's latest choice of "trả lại" statuses made in the tab (the draft's stored choice otherwise).
 */
export async function proposeDraft(db: HistoryDB, context: PageContext, period: ReportPeriod, statusChoice: string | undefined, { choice, use }: CountedPortals) {
  const id = draftIdFor(period);
  const [held, drafts] = await Promise.all([getDraft(db, id), listDrafts(db)]);
  const previous = drafts.find((d) => d.id !== id && d.id.startsWith('monthly-report:'));
  const stored = returnedStatuses(mergeDraft(held, period, { sentBack: [], late: [] }, context.asOf, previous).edits);
  const statuses = statusChoice === undefined ? stored : RETURN_LIKE_STATUSES.filter((s) => statusChoice.split(',').includes(s));
  const options = { calendar: context.calendar, returnedStatuses: statuses };
  // Proposed once, over every portal that counts; every portal of the period is offered (one with
  // only dossiers on time too), and the boxes tick those that count.
  const counting = countingPortals(choice, use);
  const [proposal, seen, seenOn] = await Promise.all([
    proposeReportRows(db, period, context.asOf, { ...options, origins: counting }),
    periodTotals(db, period, context.asOf, counting),
    totalsOrigins(db, period, context.asOf),
  ]);
  const origins = [...new Set([...proposal.origins, ...seenOn])].sort();
  const counted = countedPortals(origins, choice, use);
  const rows = { sentBack: await withDocumentFacts(db, proposal.sentBack), late: await withDocumentFacts(db, proposal.late) };
  return { origins, counted, seen, draft: mergeDraft(held, period, rows, vietnamLocalTime(), previous) };
}
