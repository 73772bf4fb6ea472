import type { Dossier } from '../dossier/schema';
import { assessDossier, type OfficeDayEnd, type Standing, type StandingStatus } from '../deadline';
import type { Calendar } from '../calendar';
import {
  describeDiagnostic,
  FIELD_LABELS,
  locateDossierLists,
  readDossierDetail,
  type Diagnostic,
  type ListView,
  type SiteProfile,
} from '../portal';
import type { Language } from '../i18n/format';
import { documentAction, type DocumentAction } from './actions';
import { BADGE_ATTR, createBadge, isBadge, paintBadge } from './badge';
import { describeStanding } from './describe';

/**
 * Follows a living portal page: finds its dossier lists, flags each row and keeps the flags right
 * while the page pages, sorts, re-renders and changes routes. Only rows whose text changed are
 * re-read; the overlay's own mutations are ignored; bursts are coalesced into one pass per frame.
 */
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

export interface PageState {
  rows: number;
  lists: number;
  counts: Partial<Record<StandingStatus, number>>;
  /** Dossier rows currently on the page, in page order. */
  flagged: FlaggedRow[];
  problems: string[];
}

export interface OverlayHooks {
  /** Dossiers read or re-read in this pass (the background records them). */
  onDossiers(dossiers: Dossier[]): void;
  /** A detail view was read. */
  onDetail(dossier: Partial<Dossier>): void;
  onState(state: PageState): void;
  /** The officer asked for a row's document (its badge is a button). */
  onDocument(action: DocumentAction, dossier: Dossier): void;
}

interface RowMemo {
  text: string;
  badge?: HTMLElement;
  flagged?: FlaggedRow;
  problems: Diagnostic[];
  /** The settings generation the row was judged under. */
  generation: number;
}

export const PASS_MEASURE = 'nhac-han:pass';

/** Open modals: their detail (often in a same-origin iframe) is read even on a list page. */
const DIALOG = '[role="dialog"],dialog[open],.ant-modal,.modal.show,mat-dialog-container';

/** Elements that can hold a dossier list; their absence keeps the overlay to this one cheap query. */
const LIST_HINT = 'table,[role="grid"],[role="table"],mat-table,[mat-table]';
/** What arriving in the page can change the overlay: a list or a modal. */
const WATCHED = `${LIST_HINT},${DIALOG}`;

export class OverlayController {
  private readonly memo = new WeakMap<Element, RowMemo>();
  /** The list (and split header) elements found by the last pass. */
  private lists: Element[] = [];
  /** Bumped by new settings: every row is judged again, keeping its badge. */
  private generation = 0;
  private observer?: MutationObserver;
  private frame: number | undefined;
  private lastDetailKey = '';
  private readonly watchedFrames = new WeakSet<HTMLIFrameElement>();

  /** Flagged rows whose badge waits until they come near the viewport (lazy badges only). */
  private readonly offscreen = new Map<Element, ListView>();
  private visibility?: IntersectionObserver;

  constructor(
    private readonly doc: Document,
    private config: OverlayConfig,
    private readonly hooks: OverlayHooks,
    options: { lazyBadges?: boolean } = {},
  ) {
    // Every row is flagged (its attributes) at once, but a badge is built only for a row that comes
    // within a screen of the viewport: a 2,000-row register costs the badges of the rows seen.
    const Observer = doc.defaultView?.IntersectionObserver;
    if (options.lazyBadges && Observer) this.visibility = new Observer(this.reveal, { rootMargin: '100% 0px' });
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.observer = new view.MutationObserver((records) => {
      if (this.concerns(records)) this.schedule();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    view.addEventListener('popstate', this.schedule);
    view.addEventListener('hashchange', this.schedule);
    this.flush();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    const view = this.doc.defaultView;
    view?.removeEventListener('popstate', this.schedule);
    view?.removeEventListener('hashchange', this.schedule);
    this.visibility?.disconnect();
    this.offscreen.clear();
  }

  /**
   * Whether a burst of mutations can change what the overlay shows. Once lists are known, a clock
   * ticking in the page's header or a menu opening elsewhere costs this test, not a pass over every
   * row: only changes inside a known list, a list or modal arriving, or a list leaving count.
   */
  private concerns(records: MutationRecord[]): boolean {
    if (this.lists.length === 0) return !records.every(isOwnMutation); // still looking: every change may be the one
    const inList = (node: Node) => this.lists.some((list) => list.contains(node));
    for (const record of records) {
      if (isOwnMutation(record)) continue;
      if (inList(record.target)) return true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && ((node as Element).matches(WATCHED) || (node as Element).querySelector(WATCHED))) return true;
      }
      for (const node of record.removedNodes) if (this.lists.some((list) => node === list || node.contains(list))) return true;
    }
    return false;
  }

  /** Takes the overlay's flags and badges off the page (the extension was updated or removed). */
  clear(): void {
    for (const badge of this.doc.querySelectorAll(`[${BADGE_ATTR}]`)) badge.remove();
    for (const row of this.doc.querySelectorAll('[data-nhachan-status]')) {
      row.removeAttribute('data-nhachan-status');
      row.removeAttribute('data-nhachan-days');
    }
  }

  private readonly reveal = (entries: IntersectionObserverEntry[]): void => {
    const started = performance.now();
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const row = entry.target;
      const view = this.offscreen.get(row);
      this.visibility?.unobserve(row);
      this.offscreen.delete(row);
      const memo = this.memo.get(row);
      if (view && memo?.flagged) this.paintRow(view, row, memo);
    }
    performance.measure(PASS_MEASURE, { start: started, detail: { badges: entries.length } });
  };

  /** New settings (as-of, thresholds, calendar): every row is judged again. */
  reconfigure(config: OverlayConfig): void {
    this.config = config;
    this.generation++;
    this.flush();
  }

  /**
   * Coalesces a burst of mutations into one pass just before the next frame is painted, so rows a
   * portal swaps in are flagged in the same frame they appear (and a hidden tab does no work).
   */
  readonly schedule = (): void => {
    const view = this.doc.defaultView;
    if (this.frame !== undefined || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      this.flush();
    });
  };

  /** One pass over the page; also callable directly (tests, benchmarks). */
  flush(): PageState {
    const started = performance.now();
    const state: PageState = { rows: 0, lists: 0, counts: {}, flagged: [], problems: [] };
    const views: ListView[] = this.doc.querySelector(LIST_HINT) ? locateDossierLists(this.doc, this.config.profile) : [];
    this.lists = views.flatMap((v) => (v.headerElement ? [v.element, v.headerElement] : [v.element]));
    const changed: Dossier[] = [];
    const problems = new Set<string>();
    const say = (d: Diagnostic) => problems.add(describeDiagnostic(d, this.config.language));
    for (const view of views) {
      state.lists++;
      for (const field of view.fields.missing) say({ code: 'column-missing', level: 'warning', params: { label: FIELD_LABELS[field] } });
      for (const row of view.rowElements()) {
        const flagged = this.flagRow(view, row, changed);
        for (const problem of this.memo.get(row)?.problems ?? []) if (problem.level !== 'info') say(problem);
        if (!flagged) continue;
        state.rows++;
        state.flagged.push(flagged);
        const status = flagged.standing.status;
        state.counts[status] = (state.counts[status] ?? 0) + 1;
      }
    }
    state.problems = [...problems];
    // Rows the page removed before they were ever seen: stop watching them.
    for (const row of this.offscreen.keys()) {
      if (row.isConnected) continue;
      this.visibility?.unobserve(row);
      this.offscreen.delete(row);
    }
    if (changed.length > 0) this.hooks.onDossiers(changed);
    // A detail view is read where one can be: a page without a list (an SPA's detail route fills in
    // after the route changes, so every pass reads it), or an open modal, read alone, since reading a
    // whole list page as a detail view would cost a pass over every row for nothing.
    const dialog = this.doc.querySelector(DIALOG);
    if (dialog) {
      this.watchFrames(dialog);
      this.readDetail(dialog);
    } else if (views.length === 0) {
      this.readDetail(this.doc);
    }
    this.hooks.onState(state);
    // Shown in DevTools' performance panel; the Chromium benchmark reads it from the page.
    if (changed.length > 0) performance.measure(PASS_MEASURE, { start: started, detail: { rows: changed.length } });
    return state;
  }

  private flagRow(view: ListView, row: Element, changed: Dossier[]): FlaggedRow | undefined {
    const text = row.textContent ?? '';
    const memo = this.memo.get(row);
    if (memo && memo.text === text && memo.generation === this.generation) {
      // The page may re-render a cell with the same text and drop the badge with it.
      if (memo.badge && memo.flagged && !memo.badge.isConnected) this.placeBadge(view, row, memo);
      return memo.flagged;
    }
    const read = view.readRow(row);
    const next: RowMemo = { text, badge: memo?.badge, problems: read.problems, generation: this.generation };
    if (read.dossier) {
      const standing = assessDossier(read.dossier, this.config.asOf, this.config);
      next.flagged = { dossier: read.dossier, standing };
      changed.push(read.dossier);
      row.setAttribute('data-nhachan-status', standing.status);
      // Signed working days left; a dossier returned late keeps its lateness as a negative number.
      const days = standing.daysLeft ?? (standing.daysLate > 0 ? -standing.daysLate : null);
      if (days === null) row.removeAttribute('data-nhachan-days');
      else row.setAttribute('data-nhachan-days', String(days));
      this.placeBadge(view, row, next);
    } else {
      row.removeAttribute('data-nhachan-status');
      row.removeAttribute('data-nhachan-days');
      next.badge?.remove();
      next.badge = undefined;
    }
    this.memo.set(row, next);
    return next.flagged;
  }

  private placeBadge(view: ListView, row: Element, memo: RowMemo): void {
    if (!memo.flagged) return;
    if (!memo.badge && this.visibility) {
      if (!this.offscreen.has(row)) {
        this.offscreen.set(row, view);
        this.visibility.observe(row);
      }
      return;
    }
    this.paintRow(view, row, memo);
  }

  private paintRow(view: ListView, row: Element, memo: RowMemo): void {
    if (!memo.flagged) return;
    const { dossier, standing } = memo.flagged;
    const badge = memo.badge ?? createBadge(this.doc);
    memo.badge = badge;
    const d = describeStanding(dossier, standing, this.config);
    const kind = documentAction(standing);
    const action = kind ? () => this.hooks.onDocument(kind, dossier) : undefined;
    paintBadge(badge, d.text, d.tone, kind ? `${d.tooltip}\n${d.actionHints[kind]}` : d.tooltip, action);
    const cell = view.dueCell(row) ?? row.lastElementChild ?? row;
    if (badge.parentNode !== cell) cell.appendChild(badge);
  }

  /** A modal's iframe fills in after the modal appears; its load is not a mutation of this page. */
  private watchFrames(dialog: Element): void {
    for (const frame of dialog.querySelectorAll('iframe')) {
      if (this.watchedFrames.has(frame)) continue;
      this.watchedFrames.add(frame);
      frame.addEventListener('load', this.schedule);
    }
  }

  private readDetail(root: ParentNode): void {
    const detail = readDossierDetail(root, this.config.profile).dossier;
    if (!detail?.code) return;
    const key = JSON.stringify(detail);
    if (key === this.lastDetailKey) return;
    this.lastDetailKey = key;
    this.hooks.onDetail(detail);
  }
}

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (!isBadge(node)) return false;
  for (const node of record.removedNodes) if (!isBadge(node)) return false;
  return true;
}
