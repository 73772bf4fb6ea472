import type { Dossier } from '../dossier/schema';
import { describeDiagnostic, FIELD_LABELS, locateDossierLists, type Diagnostic, type ListView } from '../portal';
import { translate } from '../i18n/format';
import { overlayMessages } from '../i18n/overlay';
import type { DocumentAction } from './actions';
import { BadgeLayer } from './badge-layer';
import { DetailWatch } from './detail-watch';
import { RowJudge, STATUS_ATTR, DAYS_ATTR } from './rows';
import { emptyPageState, PASS_MEASURE, tally, type FlaggedRow, type OverlayConfig, type PageState } from './state';
import { concerns, LIST_HINT } from './watch';
import { logUnreadOnce, unreadList } from '../portal/unread';

export { PASS_MEASURE } from './state';
export type { FlaggedRow, OverlayConfig, PageState } from './state';

/**
 * Follows a living portal page: finds its dossier lists, flags each row and keeps the flags right
 * while the page pages, sorts, re-renders and changes routes. Only rows whose text changed are
 * re-read; the overlay's own mutations are ignored; bursts are coalesced into one pass per frame,
 * and a long list is flagged in slices that give the page its main thread back between them.
 */
export interface OverlayHooks {
  /** Rows read or judged anew in this pass, with their standing (the background records them). */
  onDossiers(rows: FlaggedRow[]): void;
  /** A detail view was read. */
  onDetail(dossier: Partial<Dossier>): void;
  onState(state: PageState): void;
  /** The officer asked for a row's document (its badge is a button, clicked by a person). */
  onDocument(action: DocumentAction, dossier: Dossier): void;
}

/** Main-thread time one slice of a pass may take before it yields to the page. */
export const SLICE_MS = 12;
/** Rows judged per page at most: beyond it the panel says the list is too long to handle fully. */
export const MAX_ROWS = 100_000;

export interface ControllerOptions {
  lazyBadges?: boolean;
  /** Slices of a pass over a long list, `SLICE_MS` by default. */
  sliceMs?: number;
  maxRows?: number;
}

export class OverlayController {
  private readonly judge: RowJudge;
  private readonly badges: BadgeLayer;
  private readonly details: DetailWatch;
  /** The lists found by the last pass, and their (and their split headers') elements. */
  private views: ListView[] = [];
  private lists: Element[] = [];
  private observer?: MutationObserver;
  private frame: number | undefined;
  /** The pass under way, sliced; a newer pass replaces it (rows already judged are memoised). */
  private pass?: Iterator<void, PageState>;
  private sliceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly sliceMs: number;
  private readonly maxRows: number;

  constructor(
    private readonly doc: Document,
    private config: OverlayConfig,
    private readonly hooks: OverlayHooks,
    options: ControllerOptions = {},
  ) {
    this.judge = new RowJudge(config);
    this.badges = new BadgeLayer(doc, () => this.config, (action, row) => hooks.onDocument(action, row.dossier), options.lazyBadges ?? false);
    this.details = new DetailWatch(doc, hooks.onDetail, this.schedule);
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.maxRows = options.maxRows ?? MAX_ROWS;
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.observer = new view.MutationObserver((records) => {
      if (concerns(records, this.lists)) this.schedule();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    view.addEventListener('popstate', this.schedule);
    view.addEventListener('hashchange', this.schedule);
    this.run();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    clearTimeout(this.sliceTimer);
    this.pass = undefined;
    const view = this.doc.defaultView;
    view?.removeEventListener('popstate', this.schedule);
    view?.removeEventListener('hashchange', this.schedule);
    this.badges.stop();
  }

  /** Takes the overlay's flags and badges off the page (the extension was updated or removed). */
  clear(): void {
    this.badges.clear();
    for (const row of this.doc.querySelectorAll(`[${STATUS_ATTR}]`)) {
      row.removeAttribute(STATUS_ATTR);
      row.removeAttribute(DAYS_ATTR);
    }
  }

  /** New settings, or the clock passed a change of standing: every row is judged again. */
  reconfigure(config: OverlayConfig): void {
    this.config = config;
    this.judge.rejudge(config);
    this.run();
  }

  /**
   * The page's own data (iGate's JSON) arrived for these codes, maybe after their rows were read:
   * those rows are read again in the next pass, so the JSON wins whichever came first.
   */
  reread(codes: ReadonlySet<string>): void {
    // The last pass's lists: a list that appeared since is read, JSON and all, by the pass its
    // arrival brings.
    let stale = false;
    for (const view of this.views) {
      for (const row of view.rowElements()) {
        const code = this.judge.memoOf(row)?.flagged?.dossier.code;
        if (code !== undefined && codes.has(code)) {
          this.judge.forget(row);
          stale = true;
        }
      }
    }
    if (stale) this.schedule();
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
      this.run();
    });
  };

  /** One whole pass at once; for tests and benchmarks (the page itself gets sliced passes). */
  flush(): PageState {
    clearTimeout(this.sliceTimer);
    const pass = this.steps(Number.POSITIVE_INFINITY);
    let step = pass.next();
    while (!step.done) step = pass.next();
    this.pass = undefined;
    return step.value;
  }

  /** Starts a pass; its first slice runs now, the rest after the page had its turn. */
  private run(): void {
    clearTimeout(this.sliceTimer);
    this.pass = this.steps(this.sliceMs);
    this.slice();
  }

  private readonly slice = (): void => {
    const pass = this.pass;
    if (!pass) return;
    if (pass.next().done) {
      this.pass = undefined;
      return;
    }
    // A macrotask: the page's input, rendering and own scripts run before the next slice.
    this.sliceTimer = setTimeout(this.slice, 0);
  };

  /**
   * A pass over the page as a generator that yields whenever `budget` ms of main-thread time were
   * spent: each slice is measured (DevTools' performance panel; the benchmark reads the entries).
   */
  private *steps(budget: number): Generator<void, PageState> {
    let started = performance.now();
    let judged = 0;
    const measure = () => performance.measure(PASS_MEASURE, { start: started, detail: { rows: judged } });
    const state = emptyPageState();
    this.badges.beginPass();
    const views: ListView[] = this.doc.querySelector(LIST_HINT) ? locateDossierLists(this.doc, this.config.profile) : [];
    this.views = views;
    this.lists = views.flatMap((v) => (v.headerElement ? [v.element, v.headerElement] : [v.element]));
    const problems = new Set<string>();
    const say = (d: Diagnostic) => problems.add(describeDiagnostic(d, this.config.language));
    const failures: string[] = [];
    let changed: FlaggedRow[] = [];
    let total = 0;
    for (const view of views) {
      state.lists++;
      for (const field of view.fields.missing) say({ code: 'column-missing', level: 'warning', params: { label: FIELD_LABELS[field] } });
      // Rows are walked as the pass goes, so every slice (the first included) yields on time.
      for (const row of view.rowElements()) {
        total++;
        if (judged < this.maxRows) {
          judged++;
          const { memo, fresh } = this.judge.judge(view, row, changed);
          if (fresh) this.badges.place(view, row, memo);
          else this.badges.restore(view, row, memo);
          for (const problem of memo.problems) if (problem.level !== 'info') say(problem);
          if (memo.failure) failures.push(memo.failure);
          if (memo.flagged) tally(state, memo.flagged);
        }
        if ((total & 15) === 0 && performance.now() - started > budget) {
          // What is read so far goes out before the pause: a long list is recorded as it is read.
          if (changed.length > 0) this.hooks.onDossiers(changed);
          changed = [];
          this.badges.settle(false);
          measure();
          yield;
          started = performance.now();
        }
      }
    }
    const t = (key: 'problem.unreadable' | 'problem.too-long', params: Record<string, string | number>) =>
      translate(overlayMessages, this.config.language, key, params);
    if (failures.length > 0) {
      console.warn('[Nhắc Hạn] rows that could not be read:', failures.length, failures[0]);
      problems.add(t('problem.unreadable', { rows: failures.length, reason: failures[0]! }));
    }
    if (total > this.maxRows) problems.add(t('problem.too-long', { rows: total, limit: this.maxRows }));
    // No list read, but one that looks like a list: why, once in the console, and in the panel.
    const unread = views.length === 0 && this.doc.querySelector(LIST_HINT) ? unreadList(this.doc) : undefined;
    if (unread) {
      say(unread);
      logUnreadOnce(this.doc, unread);
    }
    state.problems = [...problems];
    this.badges.settle(true);
    if (changed.length > 0) this.hooks.onDossiers(changed);
    this.details.check(this.lists, this.config.profile);
    this.hooks.onState(state);
    measure();
    return state;
  }
}
