import type { Calendar } from '../calendar';
import type { LocalDateTime } from '../dossier/schema';
import type { HistoryDB } from './db';
import { dayOf, isValidLocalDateTime, monthOf, monthsFromTo } from '../time/strings';
import { HistoryError } from './errors';
import { withoutKeys, type DossierRecord } from './keys';
import { daysLateBetween } from '../deadline/lateness';
import { PeriodSchema, type Period, type ReportRow, type StoredDossier } from './records';
import type { ReportPeriod } from './report-period';
import { completedAt, sendBacks } from './outcome';

export interface ReportProposal {
  /** Dossiers an office refused or sent back during the period, one row per sending back. */
  sentBack: ReportRow[];
  /** Dossiers completed late during the period, or still not completed and late at its end. */
  late: ReportRow[];
}

/** A stable identity for a row, so an officer's edits in a draft stay on the right row. */
export function reportRowKey(row: ReportRow): string {
  return `${row.kind}|${row.origin}|${row.code}|${row.sentBackAt ?? ''}`;
}

function baseRow(kind: ReportRow['kind'], d: StoredDossier): ReportRow {
  const s = d.snapshot;
  const row: ReportRow = { kind, origin: d.origin, code: d.code };
  if (s.procedure !== undefined) row.procedure = s.procedure;
  if (s.applicant !== undefined) row.applicant = s.applicant;
  if (s.agency !== undefined) row.agency = s.agency;
  if (s.receivedAt !== undefined) row.receivedAt = s.receivedAt;
  if (s.dueAt !== undefined) row.dueAt = s.dueAt;
  return row;
}

function lateRow(d: StoredDossier, period: Period, end: LocalDateTime, calendar?: Calendar): ReportRow | null {
  const due = d.snapshot.dueAt;
  if (due === undefined || due >= end) return null;
  const done = completedAt(d);
  if (done !== undefined && done <= due) return null;
  if (done !== undefined && dayOf(done) >= period.from && done <= end) {
    const row = { ...baseRow('late', d), completedAt: done, daysLate: daysLateBetween(due, done, calendar) };
    return d.snapshot.reason === undefined ? row : { ...row, reason: d.snapshot.reason };
  }
  const openAtEnd = done === undefined ? d.snapshot.status !== 'waiting-additions' : done > end;
  if (!openAtEnd) return null;
  const row = { ...baseRow('late', d), daysLate: daysLateBetween(due, end, calendar), stillOpen: true };
  return d.snapshot.reason === undefined ? row : { ...row, reason: d.snapshot.reason };
}

const byTime = (a: string | undefined, b: string | undefined) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

function unique(records: DossierRecord[]): StoredDossier[] {
  const seen = new Map<string, StoredDossier>();
  for (const r of records) seen.set(`${r.origin}\u0000${r.code}`, withoutKeys(r));
  return [...seen.values()];
}

/**
 * Rows proposed for the period's report on returned and late dossiers. Reads only the month
 * indexes of the period (and the still-open dossiers due by its end), never the whole history.
 * Lateness is judged at the period's end, or at `asOf` when the period has not ended yet; days late
 * are working days of `options.calendar` (the statutory calendar by default).
 */
export async function proposeReportRows(
  db: HistoryDB,
  period: Period,
  asOf: LocalDateTime,
  options: { calendar?: Calendar } = {},
): Promise<ReportProposal> {
  const checked = PeriodSchema.safeParse({ from: period.from, to: period.to });
  if (!checked.success) throw new HistoryError('invalid-argument', { detail: `period ${JSON.stringify(period)}` });
  if (!isValidLocalDateTime(asOf)) throw new HistoryError('invalid-argument', { detail: `asOf ${asOf}` });
  const periodEnd = `${period.to}T23:59`;
  const end = asOf < periodEnd ? asOf : periodEnd;
  const months = monthsFromTo(monthOf(period.from), monthOf(period.to));

  const tx = db.transaction('dossiers');
  const [sentBack, lateSpan, open] = await Promise.all([
    Promise.all(months.map((m) => tx.store.index('by-sent-back-month').getAll(m))),
    Promise.all(months.map((m) => tx.store.index('by-late-month').getAll(m))),
    tx.store.index('by-open-due-month').getAll(IDBKeyRange.upperBound(monthOf(period.to))),
  ]);

  const sentBackRows: ReportRow[] = [];
  for (const d of unique(sentBack.flat())) {
    for (const back of sendBacks(d)) {
      const day = dayOf(back.at);
      if (day < period.from || day > period.to) continue;
      const row: ReportRow = { ...baseRow('returned', d), sentBackAt: back.at };
      const reason = back.reason ?? d.snapshot.reason;
      sentBackRows.push(reason === undefined ? row : { ...row, reason });
    }
  }
  const late = unique([...lateSpan.flat(), ...open])
    .map((d) => lateRow(d, period, end, options.calendar))
    .filter((row): row is ReportRow => row !== null);

  sentBackRows.sort((a, b) => byTime(a.sentBackAt, b.sentBackAt) || byTime(a.code, b.code));
  late.sort((a, b) => byTime(a.dueAt, b.dueAt) || byTime(a.code, b.code));
  return { sentBack: sentBackRows, late };
}
