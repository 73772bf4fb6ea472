import type { LocalDateTime } from '../dossier/schema';
import type { HistoryDB } from './db';
import { dayOf, isValidLocalDateTime, monthOf } from '../time/strings';
import { HistoryError } from './errors';
import { linkedDossiers } from './report';
import { PeriodSchema, type Period, type StoredDossier } from './records';
import { completedAt } from './outcome';

/**
 * The period's totals in the shape of Biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): received,
 * resolved and pending, over the dossiers this browser saw, each dossier once. The portal's own
 * statistics count every dossier of the office; these count only what a page showed, so the report
 * labels them so. The channel of receipt (online, in person, by post) is not on the pages read, so
 * the history leaves that split out rather than guess.
 */
export interface SeenTotals {
  receivedTotal: number;
  carriedOver: number;
  resolvedTotal: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pendingTotal: number;
  pendingOnTime: number;
  pendingLate: number;
}

/** Refused and withdrawn dossiers leave the count when they are closed, like a resolved one. */
function closedAt(d: StoredDossier): LocalDateTime | undefined {
  const done = completedAt(d);
  if (done !== undefined) return done;
  if (d.snapshot.status !== 'refused' && d.snapshot.status !== 'withdrawn') return undefined;
  return [...d.events].reverse().find((e) => e.status === d.snapshot.status)?.at;
}

/** True when the period's totals count `d`: received by `end`, and not closed before the period began. */
function inTotals(d: StoredDossier, period: Period, end: LocalDateTime): boolean {
  const received = d.snapshot.receivedAt;
  if (received === undefined || received > end) return false;
  const closed = closedAt(d);
  return dayOf(received) >= period.from || closed === undefined || dayOf(closed) >= period.from;
}

/** Counts for one period from dossiers already merged (lib/history/identity.ts); pure, for tests. */
export function countTotals(dossiers: readonly StoredDossier[], period: Period, end: LocalDateTime): SeenTotals {
  const t: SeenTotals = {
    receivedTotal: 0,
    carriedOver: 0,
    resolvedTotal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pendingTotal: 0,
    pendingOnTime: 0,
    pendingLate: 0,
  };
  for (const d of dossiers) {
    if (!inTotals(d, period, end)) continue;
    const received = d.snapshot.receivedAt!;
    const closed = closedAt(d);
    const inPeriod = dayOf(received) >= period.from;
    if (inPeriod) t.receivedTotal++;
    else t.carriedOver++;
    const due = d.snapshot.dueAt;
    if (closed !== undefined && closed <= end) {
      t.resolvedTotal++;
      // Biểu II.06a: "trước hạn" before the appointment day, "đúng hạn" on it, "quá hạn" after it.
      if (due === undefined || closed <= due) {
        if (due !== undefined && dayOf(closed) < dayOf(due)) t.resolvedEarly++;
        else t.resolvedOnTime++;
      } else t.resolvedLate++;
    } else {
      t.pendingTotal++;
      if (due !== undefined && due < end) t.pendingLate++;
      else t.pendingOnTime++;
    }
  }
  return t;
}

/** The end of `period` as judged: its last minute, or `asOf` when that is earlier. */
function checkedEnd(period: Period, asOf: LocalDateTime): LocalDateTime {
  if (!PeriodSchema.safeParse({ from: period.from, to: period.to }).success) throw new HistoryError('invalid-argument', { detail: `period ${JSON.stringify(period)}` });
  if (!isValidLocalDateTime(asOf)) throw new HistoryError('invalid-argument', { detail: `asOf ${asOf}` });
  const periodEnd = `${period.to}T23:59`;
  return asOf < periodEnd ? asOf : periodEnd;
}

/** Every dossier received by the period's end: carried-over ones may be from any earlier month. */
function receivedBy(db: HistoryDB, period: Period) {
  const tx = db.transaction('dossiers');
  const codes = tx.store.index('by-codes');
  return { received: tx.store.index('by-received-month').getAll(IDBKeyRange.upperBound(monthOf(period.to))), byCode: { getAll: (code: string) => codes.getAll(code) } };
}

/** The totals of `period` on the counted portals (`origins`; all when absent), judged at its end or at `asOf` if earlier. */
export async function periodTotals(db: HistoryDB, period: Period, asOf: LocalDateTime, origins?: readonly string[]): Promise<SeenTotals> {
  const end = checkedEnd(period, asOf);
  const { received, byCode } = receivedBy(db, period);
  return countTotals(await linkedDossiers(byCode, await received, origins), period, end);
}

/** The portals with a dossier in the period's totals, sorted: what the office may choose to count. */
export async function totalsOrigins(db: HistoryDB, period: Period, asOf: LocalDateTime): Promise<string[]> {
  const end = checkedEnd(period, asOf);
  const records = (await receivedBy(db, period).received).filter((r) => inTotals(r, period, end));
  return [...new Set(records.map((r) => r.origin))].sort();
}
