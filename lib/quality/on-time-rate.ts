import type { Day, LocalDateTime } from '../dossier/schema';
import { addMonths, dayOf, lastDayOf, monthsFromTo, type Month } from '../time/strings';
import type { StoredDossier } from '../history/records';
import { completedAt } from '../history/outcome';

/**
 * The on-time rate officers are judged by: indicator 2.1 of Quyết định 766/QĐ-TTg (23/6/2022),
 * "tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", as "Mô tả công thức tính chỉ số 766" describes it
 * (shared/domain.md §2 and §6): dossiers finished, or still being processed, within their
 * appointment (NgayHenTra), divided by the dossiers processed in the period.
 * - End of processing is "Đã xử lý xong", else "Đã trả kết quả" (`completedAt`).
 * - Early ("trước hạn"): finished on a day before the appointment's day; on time ("đúng hạn"):
 *   finished by the appointment's minute; late ("quá hạn") after it.
 * - A dossier asked for additions more than once counts as late, whenever it finished.
 * - A dossier still open at the period's end counts on time until its appointment has passed;
 *   one paused for the citizen's supplement is not late while it waits (its waiting time does not count).
 * - Refused and withdrawn dossiers have no result to be on time with, and a dossier without an
 *   appointment cannot be judged: both are left out.
 * Computed from what this browser has seen: the portal's own figure covers every dossier.
 */

export type Granularity = 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];

interface RatePeriod {
  /** `2022-05`, `2022-Q2` or `2022`. */
  key: string;
  /** How officers write it: `05/2022`, `Quý II/2022`, `Năm 2022`. */
  label: string;
  from: Day;
  to: Day;
}

interface OnTimeCount {
  early: number;
  onTime: number;
  late: number;
  openInTime: number;
  openLate: number;
}

export interface OnTimeRow extends OnTimeCount {
  /** The processing agency as the portal spells it ('' when the page did not say). */
  unit: string;
  /** (early + on time + open in time) / all; undefined when there is nothing to count. */
  rate: number | undefined;
}

export interface PeriodRates {
  period: RatePeriod;
  total: OnTimeRow;
  units: OnTimeRow[];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The months, quarters or years that touch `from`…`to` (months `YYYY-MM`), in order. */
export function ratePeriods(granularity: Granularity, from: Month, to: Month): RatePeriod[] {
  const periods: RatePeriod[] = [];
  const seen = new Set<string>();
  for (const month of monthsFromTo(from, to)) {
    const year = month.slice(0, 4);
    const m = Number(month.slice(5, 7));
    let period: RatePeriod;
    if (granularity === 'month') {
      period = { key: month, label: `${month.slice(5, 7)}/${year}`, from: `${month}-01`, to: lastDayOf(month) };
    } else if (granularity === 'quarter') {
      const q = Math.ceil(m / 3);
      const first = `${year}-${String(q * 3 - 2).padStart(2, '0')}`;
      period = { key: `${year}-Q${q}`, label: `Quý ${ROMAN[q - 1]}/${year}`, from: `${first}-01`, to: lastDayOf(addMonths(first, 2)) };
    } else {
      period = { key: year, label: `Năm ${year}`, from: `${year}-01-01`, to: `${year}-12-31` };
    }
    if (!seen.has(period.key)) {
      seen.add(period.key);
      periods.push(period);
    }
  }
  return periods;
}

const supplementRequests = (d: StoredDossier) => d.events.filter((e) => e.status === 'waiting-additions').length;

type Verdict = keyof OnTimeCount;

/** Where one dossier falls in one period, or undefined when the period does not count it. */
export function verdictIn(d: StoredDossier, period: RatePeriod, asOf: LocalDateTime): Verdict | undefined {
  const s = d.snapshot;
  if (s.status === 'refused' || s.status === 'withdrawn' || s.dueAt === undefined) return undefined;
  const periodEnd = `${period.to}T23:59`;
  const end = asOf < periodEnd ? asOf : periodEnd;
  if (`${period.from}T00:00` > end) return undefined;
  const started = s.receivedAt ?? s.submittedAt ?? d.firstSeen;
  if (started > end) return undefined;
  const done = completedAt(d);
  const askedTwice = supplementRequests(d) > 1;
  if (done !== undefined && done <= end) {
    if (dayOf(done) < period.from) return undefined; // finished in an earlier period
    if (askedTwice || done > s.dueAt) return 'late';
    return dayOf(done) < dayOf(s.dueAt) ? 'early' : 'onTime';
  }
  if (askedTwice) return 'openLate';
  if (s.status === 'waiting-additions') return 'openInTime';
  return s.dueAt < end ? 'openLate' : 'openInTime';
}

const emptyRow = (unit: string): OnTimeRow => ({ unit, early: 0, onTime: 0, late: 0, openInTime: 0, openLate: 0, rate: undefined });

function rateOf(c: OnTimeCount): number | undefined {
  const all = c.early + c.onTime + c.late + c.openInTime + c.openLate;
  return all === 0 ? undefined : (c.early + c.onTime + c.openInTime) / all;
}

/** The on-time rate of each period, overall and per unit (units in Vietnamese order). */
export function onTimeRates(dossiers: readonly StoredDossier[], periods: readonly RatePeriod[], asOf: LocalDateTime): PeriodRates[] {
  return periods.map((period) => {
    const total = emptyRow('');
    const units = new Map<string, OnTimeRow>();
    for (const d of dossiers) {
      const verdict = verdictIn(d, period, asOf);
      if (verdict === undefined) continue;
      const name = d.snapshot.agency ?? '';
      let unit = units.get(name);
      if (!unit) units.set(name, (unit = emptyRow(name)));
      unit[verdict]++;
      total[verdict]++;
    }
    total.rate = rateOf(total);
    const rows = [...units.values()].map((u) => ({ ...u, rate: rateOf(u) }));
    rows.sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
    return { period, total, units: rows };
  });
}
