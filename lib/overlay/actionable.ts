import type { Dossier } from '../dossier/schema';
import type { Standing, StandingStatus } from '../deadline';

/**
 * What needs the officer across every page of a tab: the latest judgement of each dossier seen there,
 * so paging, sorting and filtering in the portal never lose an overdue dossier from the panel.
 */
export interface LedgerRow {
  dossier: Dossier;
  /** `rule` tells a dossier finished late and not yet handed over, which still owes its apology. */
  standing: Pick<Standing, 'status' | 'daysLeft' | 'daysLate'> & { rule?: Standing['rule'] };
}
export type TabLedger = Record<string, LedgerRow>;

const RANK: Partial<Record<StandingStatus, number>> = { overdue: 0, 'due-today': 1, 'due-soon': 2, 'check-soon': 3 };
const rank = (s: LedgerRow['standing']) => (s.rule === 'finished-late' ? RANK.overdue : RANK[s.status]);

export function updateLedger(
  ledger: TabLedger,
  flags: readonly { code: string; standing: LedgerRow['standing'] }[],
  dossiers: readonly Dossier[],
): TabLedger {
  const byCode = new Map(dossiers.map((d) => [d.code, d]));
  const next: TabLedger = { ...ledger };
  for (const flag of flags) {
    const dossier = byCode.get(flag.code) ?? next[flag.code]?.dossier;
    if (dossier) next[flag.code] = { dossier, standing: flag.standing };
  }
  return next;
}

/** Overdue first (the latest first), then due today, due soon and checks running out. */
export function actionableRows(ledger: TabLedger): LedgerRow[] {
  return Object.values(ledger)
    .filter((row) => rank(row.standing) !== undefined)
    .sort(
      (a, b) =>
        rank(a.standing)! - rank(b.standing)! ||
        b.standing.daysLate - a.standing.daysLate ||
        (a.standing.daysLeft ?? 0) - (b.standing.daysLeft ?? 0) ||
        a.dossier.code.localeCompare(b.dossier.code),
    );
}
