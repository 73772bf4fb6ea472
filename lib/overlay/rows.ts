import { assessDossier } from '../deadline';
import { describeDiagnostic, type Diagnostic, type ListView, type RowRead } from '../portal';
import type { FlaggedRow, OverlayConfig } from './state';

/**
 * Reading, judging and marking one row. A row is judged again only when a text the reader reads in
 * it changed (the reader compares each cell's text with the previous read) or the settings did; the row contract is two attributes: `data-nhachan-status` (the standing) and
 * `data-nhachan-days` (signed working days left; a late dossier's lateness as a negative number).
 */
export interface RowMemo {
  /** The reader's last read of the row; the reader hands it back when nothing it reads changed. */
  read?: RowRead;
  badge?: HTMLElement;
  flagged?: FlaggedRow;
  problems: Diagnostic[];
  /** Reading or judging this row threw: it is marked unknown and said in the panel. */
  failure?: string;
  /** The settings generation the row was judged under. */
  generation: number;
}

export const STATUS_ATTR = 'data-nhachan-status';
export const DAYS_ATTR = 'data-nhachan-days';

export class RowJudge {
  private readonly memo = new WeakMap<Element, RowMemo>();
  /** Bumped by new settings or the passing of time: every row is judged again, keeping its badge. */
  private generation = 0;

  constructor(private config: OverlayConfig) {}

  rejudge(config: OverlayConfig): void {
    this.config = config;
    this.generation++;
  }

  memoOf(row: Element): RowMemo | undefined {
    return this.memo.get(row);
  }

  /**
   * The row's memo, fresh. `changed` collects the rows read or judged anew (to be recorded);
   * `fresh` is false when nothing about the row changed since the last pass.
   */
  judge(view: ListView, row: Element, changed: FlaggedRow[]): { memo: RowMemo; fresh: boolean } {
    const memo = this.memo.get(row);
    const next: RowMemo = { badge: memo?.badge, problems: [], generation: this.generation };
    // One row the reader or the calendar cannot take (a date in year 2200, a cell the reader chokes
    // on) is marked unknown and said in the panel; it never stops the pass over the other rows.
    try {
      const read = view.readRow(row, memo?.read);
      if (read && memo && read === memo.read && memo.generation === this.generation) return { memo, fresh: false };
      next.read = read;
      if (read) {
        // An unreadable row is said once, as such, by the panel's count of unreadable rows.
        next.problems = read.unreadable ? read.problems.filter((p) => p !== read.unreadable) : read.problems;
        if (read.unreadable) next.failure = describeDiagnostic(read.unreadable, this.config.language);
        else if (read.dossier) next.flagged = { dossier: read.dossier, standing: assessDossier(read.dossier, this.config.asOf, this.config) };
      }
    } catch (error) {
      next.flagged = undefined;
      next.failure = error instanceof Error ? error.message : String(error);
    }
    if (next.flagged) {
      const { standing } = next.flagged;
      changed.push(next.flagged);
      row.setAttribute(STATUS_ATTR, standing.status);
      const days = standing.daysLeft ?? (standing.daysLate > 0 ? -standing.daysLate : null);
      if (days === null) row.removeAttribute(DAYS_ATTR);
      else row.setAttribute(DAYS_ATTR, String(days));
    } else if (next.failure) {
      row.setAttribute(STATUS_ATTR, 'unknown');
      row.removeAttribute(DAYS_ATTR);
    } else {
      row.removeAttribute(STATUS_ATTR);
      row.removeAttribute(DAYS_ATTR);
    }
    this.memo.set(row, next);
    return { memo: next, fresh: true };
  }

  /** Reads the row again at its next judging though its text did not change; its badge stays. */
  forget(row: Element): void {
    const memo = this.memo.get(row);
    if (memo) memo.read = undefined;
  }
}
