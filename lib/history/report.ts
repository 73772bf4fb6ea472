import type { Calendar } from '../calendar';
import type { LocalDateTime } from '../dossier/schema';
import type { HistoryDB } from './db';
import { dayOf, isValidLocalDateTime, monthOf, monthsFromTo } from '../time/strings';
import { HistoryError } from './errors';
import { dossierCodes, groupDossiers, type DossierGroup } from './identity';
import { withoutKeys, type DossierRecord } from './keys';
import { daysLateBetween } from '../deadline/lateness';
import { PeriodSchema, type Period, type ReportRow, type StoredDossier } from './records';
import { completedAt, completionSeenOnly, sendBacks, type ReturnLikeStatus } from './outcome';

export interface ReportProposal {
  /** Dossiers an office refused or sent back during the period, one row per sending back. */
  sentBack: ReportRow[];
  /** Dossiers completed late during the period, or still not completed and late at its end. */
  late: ReportRow[];
  /** Every portal with a dossier in the period, counted or not: the office chooses among them. */
  origins: string[];
}

export interface ReportOptions {
  calendar?: Calendar;
  /** The statuses the office counts as "trả lại" (refusal by default): see RETURN_LIKE_STATUSES. */
  returnedStatuses?: readonly ReturnLikeStatus[];
  /**
   * The portals the report counts (lib/history/portals.ts): an office reports on the one-stop systems
   * it uses, and another portal's dossiers (under codes no page linked) would be counted again. All
   * portals when absent; none when empty.
   */
  origins?: readonly string[];
}

/** A stable identity for a row, so an officer's edits in a draft stay on the right row. */
export function reportRowKey(row: ReportRow): string {
  return `${row.kind}|${row.origin}|${row.code}|${row.sentBackAt ?? ''}`;
}

function baseRow(kind: ReportRow['kind'], d: StoredDossier): ReportRow {
  const s = d.snapshot;
  const row: ReportRow = { kind, origin: d.origin, code: d.code };
  if (d.aliases !== undefined) row.aliases = d.aliases;
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
  const reason = d.snapshot.reason === undefined ? {} : { reason: d.snapshot.reason };
  if (done !== undefined && dayOf(done) >= period.from && done <= end) {
    const seen = completionSeenOnly(d) ? { dateSeenOnly: true } : {};
    return { ...baseRow('late', d), completedAt: done, daysLate: daysLateBetween(due, done, calendar), ...seen, ...reason };
  }
  const openAtEnd = done === undefined ? d.snapshot.status !== 'waiting-additions' : done > end;
  if (!openAtEnd) return null;
  return { ...baseRow('late', d), daysLate: daysLateBetween(due, end, calendar), stillOpen: true, ...reason };
}

const byTime = (a: string | undefined, b: string | undefined) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/**
 * The dossiers behind `records`, one each: records of one dossier (found through every code they
 * carry, on any portal) are merged, so no dossier is counted twice.
 */
export async function linkedDossiers(
  index: { getAll(code: string): Promise<DossierRecord[]> },
  records: readonly DossierRecord[],
  origins?: readonly string[],
): Promise<StoredDossier[]> {
  const groups = await linkedGroups(index, records);
  if (origins === undefined) return groups.map((g) => g.merged);
  const counted = new Set(origins);
  return groups.flatMap((g) => {
    // The group's records are freshest first: the freshest counted one names the row.
    const own = g.records.find((r) => counted.has(r.origin));
    if (!own) return [];
    // On the report the dossier goes by the code its counted portal printed; the others are aliases.
    const codes = new Set([g.merged.code, ...(g.merged.aliases ?? [])]);
    codes.delete(own.code);
    const merged: StoredDossier = { ...g.merged, origin: own.origin, code: own.code };
    if (codes.size > 0) merged.aliases = [...codes].sort();
    else delete merged.aliases;
    return [merged];
  });
}

/** Every portal behind `records` and the records they link to. */
export async function linkedOrigins(index: { getAll(code: string): Promise<DossierRecord[]> }, records: readonly DossierRecord[]): Promise<string[]> {
  const groups = await linkedGroups(index, records);
  return [...new Set(groups.flatMap((g) => g.records.map((r) => r.origin)))].sort();
}

async function linkedGroups(
  index: { getAll(code: string): Promise<DossierRecord[]> },
  records: readonly DossierRecord[],
): Promise<DossierGroup[]> {
  const found = new Map<string, StoredDossier>();
  const add = (r: DossierRecord) => found.set(`${r.origin}\u0000${r.code}`, withoutKeys(r));
  records.forEach(add);
  const asked = new Set<string>();
  // Two rounds reach a code shown beside a code shown beside the first: links are short chains.
  for (let round = 0; round < 2; round++) {
    const codes = [...new Set([...found.values()].flatMap(dossierCodes))].filter((c) => !asked.has(c));
    codes.forEach((c) => asked.add(c));
    (await Promise.all(codes.map((c) => index.getAll(c)))).flat().forEach(add);
  }
  return groupDossiers([...found.values()]);
}

/**
 * Rows proposed for the period's report on returned and late dossiers. Reads only the month
 * indexes of the period (and the still-open dossiers due by its end), never the whole history.
 * Lateness is judged at the period's end, or at `asOf` when the period has not ended yet; days late
 * are working days of `options.calendar` (the statutory calendar by default). One dossier seen under
 * two codes or on two portals is one row (lib/history/identity.ts).
 */
export async function proposeReportRows(
  db: HistoryDB,
  period: Period,
  asOf: LocalDateTime,
  options: ReportOptions = {},
): Promise<ReportProposal> {
  const checked = PeriodSchema.safeParse({ from: period.from, to: period.to });
  if (!checked.success) throw new HistoryError('invalid-argument', { detail: `period ${JSON.stringify(period)}` });
  if (!isValidLocalDateTime(asOf)) throw new HistoryError('invalid-argument', { detail: `asOf ${asOf}` });
  const periodEnd = `${period.to}T23:59`;
  const end = asOf < periodEnd ? asOf : periodEnd;
  const months = monthsFromTo(monthOf(period.from), monthOf(period.to));
  const statuses = options.returnedStatuses ?? ['refused'];

  const tx = db.transaction('dossiers');
  const [sentBack, lateSpan, open] = await Promise.all([
    Promise.all(months.map((m) => tx.store.index('by-sent-back-month').getAll(m))),
    Promise.all(months.map((m) => tx.store.index('by-late-month').getAll(m))),
    tx.store.index('by-open-due-month').getAll(IDBKeyRange.upperBound(monthOf(period.to))),
  ]);
  const codes = tx.store.index('by-codes');
  const byCode = { getAll: (code: string) => codes.getAll(code) };

  const sentBackRows: ReportRow[] = [];
  for (const d of await linkedDossiers(byCode, sentBack.flat(), options.origins)) {
    for (const back of sendBacks(d, statuses)) {
      const day = dayOf(back.at);
      if (day < period.from || day > period.to) continue;
      const row: ReportRow = { ...baseRow('returned', d), sentBackAt: back.at, ...(back.seenOnly ? { dateSeenOnly: true } : {}) };
      const reason = back.reason ?? d.snapshot.reason;
      sentBackRows.push(reason === undefined ? row : { ...row, reason });
    }
  }
  const late = (await linkedDossiers(byCode, [...lateSpan.flat(), ...open], options.origins))
    .map((d) => lateRow(d, period, end, options.calendar))
    .filter((row): row is ReportRow => row !== null);

  sentBackRows.sort((a, b) => byTime(a.sentBackAt, b.sentBackAt) || byTime(a.code, b.code));
  late.sort((a, b) => byTime(a.dueAt, b.dueAt) || byTime(a.code, b.code));
  const origins = await linkedOrigins(byCode, [...sentBack.flat(), ...lateSpan.flat(), ...open]);
  return { sentBack: sentBackRows, late, origins };
}
