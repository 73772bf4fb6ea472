import type { ListView } from '../portal';
import { translate } from '../i18n/format';
import { overlayMessages } from '../i18n/overlay';
import { documentAction, type DocumentAction } from './actions';
import { BADGE_ATTR, createBadge, fittingWords, paintBadge, type BadgeWords } from './badge';
import { describeStanding } from './describe';
import type { RowMemo } from './rows';
import { PASS_MEASURE, type FlaggedRow, type OverlayConfig } from './state';
import { removeTip } from './tooltip';

/**
 * Puts each judged row's badge in its appointment cell. With `lazy`, every row is flagged (its
 * attributes) at once, but a badge is built only for a row that comes within a screen of the
 * viewport: a 2,000-row register costs the badges of the rows seen.
 */
export class BadgeLayer {
  /** Judged rows whose badge waits until they come near the viewport. */
  private readonly offscreen = new Map<Element, { view: ListView; memo: RowMemo }>();
  private readonly visibility?: IntersectionObserver;

  constructor(
    private readonly doc: Document,
    private config: () => OverlayConfig,
    private readonly onDocument: (action: DocumentAction, flagged: FlaggedRow) => void,
    lazy: boolean,
  ) {
    const Observer = doc.defaultView?.IntersectionObserver;
    if (lazy && Observer) this.visibility = new Observer(this.reveal, { rootMargin: '100% 0px' });
  }

  /** The row was judged anew, or its badge may have been dropped by the page: show it (or soon). */
  place(view: ListView, row: Element, memo: RowMemo): void {
    if (!memo.flagged && !memo.failure) {
      memo.badge?.remove();
      memo.badge = undefined;
      return;
    }
    if (!memo.badge && this.visibility) {
      if (!this.offscreen.has(row)) this.visibility.observe(row);
      this.offscreen.set(row, { view, memo });
      return;
    }
    this.paintAll([{ view, row, memo }]);
  }

  /** Re-inserts a badge the page dropped when it re-rendered a cell with the same text. */
  restore(view: ListView, row: Element, memo: RowMemo): void {
    if (memo.badge && !memo.badge.isConnected) this.paintAll([{ view, row, memo }]);
  }

  /** Rows the page removed before they were ever seen: stop watching them. */
  sweep(): void {
    for (const row of this.offscreen.keys()) {
      if (row.isConnected) continue;
      this.visibility?.unobserve(row);
      this.offscreen.delete(row);
    }
  }

  stop(): void {
    this.visibility?.disconnect();
    this.offscreen.clear();
  }

  clear(): void {
    for (const badge of this.doc.querySelectorAll(`[${BADGE_ATTR}]`)) badge.remove();
    removeTip(this.doc);
  }

  private readonly reveal = (entries: IntersectionObserverEntry[]): void => {
    const started = performance.now();
    const due: Array<{ view: ListView; row: Element; memo: RowMemo }> = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const waiting = this.offscreen.get(entry.target);
      this.visibility?.unobserve(entry.target);
      this.offscreen.delete(entry.target);
      if (waiting) due.push({ ...waiting, row: entry.target });
    }
    this.paintAll(due);
    performance.measure(PASS_MEASURE, { start: started, detail: { badges: entries.length } });
  };

  /**
   * Paints a batch of badges: every cell's width is read first (the observer's callback comes after
   * layout, so the reads cost nothing), then every badge written, so a batch costs the table one
   * layout, in the next frame, never one per badge.
   */
  private paintAll(items: Array<{ view: ListView; row: Element; memo: RowMemo }>): void {
    const view = this.doc.defaultView;
    const cells = items.map(({ view: list, row }) => list.dueCell(row) ?? row.lastElementChild ?? row);
    const rooms = cells.map((cell) => {
      const style = view?.getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style?.paddingLeft ?? '0') - parseFloat(style?.paddingRight ?? '0');
      return Number.isFinite(room) && room > 0 ? room : undefined;
    });
    items.forEach(({ memo }, i) => {
      const badge = memo.badge ?? createBadge(this.doc);
      memo.badge = badge;
      const [words, action] = this.wordsOf(memo);
      paintBadge(badge, fittingWords(words, rooms[i]), action);
      if (badge.parentNode !== cells[i]) cells[i]!.appendChild(badge);
    });
  }

  private wordsOf(memo: RowMemo): [BadgeWords, (() => void) | undefined] {
    const config = this.config();
    if (memo.flagged) {
      const flagged = memo.flagged;
      const d = describeStanding(flagged.dossier, flagged.standing, config);
      const kind = documentAction(flagged.standing.status);
      const action = kind ? () => this.onDocument(kind, flagged) : undefined;
      return [{ ...d, tooltip: kind ? `${d.tooltip}\n${d.actionHints[kind]}` : d.tooltip }, action];
    }
    const t = (key: 'badge.unreadable' | 'short.unreadable' | 'tip.unreadable') =>
      translate(overlayMessages, config.language, key, { reason: memo.failure ?? '' });
    return [{ text: t('badge.unreadable'), short: t('short.unreadable'), tone: 'muted', tooltip: t('tip.unreadable') }, undefined];
  }
}
