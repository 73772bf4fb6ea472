import type { Dossier } from '../dossier/schema';
import type { Calendar } from '../calendar';
import type { OfficeDayEnd, Standing, StandingStatus } from '../deadline';
import type { Language } from '../i18n/format';
import type { SiteProfile } from '../portal';

/** The overlay's main-thread work, as performance measures (DevTools; the Chromium benchmark). */
export const PASS_MEASURE = 'nhac-han:pass';

/** What the overlay needs to judge rows; a new config re-judges every row. */
export interface OverlayConfig {
  asOf: string;
  dueSoonDays: number;
  officeDayEnd?: OfficeDayEnd;
  checkWindowDays: number;
  calendar: Calendar;
  language: Language;
  profile?: SiteProfile;
}

export interface FlaggedRow {
  dossier: Dossier;
  standing: Standing;
}

/** What one pass found on the page: the panel's and the popup's figures. */
export interface PageState {
  rows: number;
  lists: number;
  counts: Partial<Record<StandingStatus, number>>;
  /** Dossier rows currently on the page, in page order. */
  flagged: FlaggedRow[];
  problems: string[];
}

export const emptyPageState = (): PageState => ({ rows: 0, lists: 0, counts: {}, flagged: [], problems: [] });

export function tally(state: PageState, flagged: FlaggedRow): void {
  state.rows++;
  state.flagged.push(flagged);
  const status = flagged.standing.status;
  state.counts[status] = (state.counts[status] ?? 0) + 1;
}
