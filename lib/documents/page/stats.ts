import type { MonthStats } from '../../history';

interface UnitTotal {
  /** Numbers the chart's bars; the table beside it names the unit. */
  index: number;
  unit: string;
  late: number;
  sentBack: number;
}

/** Late and sentBack dossiers per unit over all the months, most first. */
export function unitTotals(stats: readonly MonthStats[]): UnitTotal[] {
  const totals = new Map<string, { late: number; sentBack: number }>();
  for (const month of stats) {
    for (const u of month.units) {
      const entry = totals.get(u.unit) ?? { late: 0, sentBack: 0 };
      entry.late += u.late;
      entry.sentBack += u.sentBack;
      totals.set(u.unit, entry);
    }
  }
  return [...totals.entries()]
    .map(([unit, c]) => ({ unit, ...c }))
    .sort((a, b) => b.late + b.sentBack - (a.late + a.sentBack) || a.unit.localeCompare(b.unit, 'vi'))
    .map((u, i) => ({ index: i + 1, ...u }));
}
