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
 * attributes) at once, but a badge is built only for a row within a screen of the viewport: a
 * 50,000-row register costs the badges of the rows seen. The rows near the viewport are found by a
 * binary search over the pass's rows (in page order, so in vertical order), after the browser laid
 * the page out, at the end of a pass and on scrolling: a few rectangles read, not one observer
 * entry per row every frame.
 */
type Item = { view: ListView; row: Element; memo: RowMemo };

/** Rows painted per reveal at most (a screen of rows above and below, with room to spare). */
const REVEAL_MAX = 400;

export class BadgeLayer {
  /** Judged rows whose badge waits until they come near the viewport. */
  private readonly waiting = new Map<Element, Item>();
  /** This pass's rows in page order, for the search. */
  private order: Element[] = [];
  private revealTimer: ReturnType<typeof setTimeout> | undefined;
  private revealFrame: number | undefined;

  constructor(
    private readonly doc: Document,
    private config: () => OverlayConfig,
    private readonly onDocument: (action: DocumentAction, flagged: FlaggedRow) => void,
    private readonly lazy: boolean,
  ) {
    if (lazy) {
      // Scroll events do not bubble; captured at the document they come from any scrolling box.
      doc.addEventListener('scroll', this.revealSoon, { capture: true, passive: true });
      doc.defaultView?.addEventListener('resize', this.revealSoon, { passive: true });
    }
  }

  /** A new pass begins: rows are listed again in the order it meets them. */
  beginPass(): void {
    this.order = [];
  }

  /** The row was judged anew: show its badge (or, lazily, once it is near the viewport). */
  place(view: ListView, row: Element, memo: RowMemo): void {
    this.order.push(row);
    if (!memo.flagged && !memo.failure) {
      memo.badge?.remove();
      memo.badge = undefined;
      this.waiting.delete(row);
      return;
    }
    if (this.lazy && !memo.badge) {
      this.waiting.set(row, { view, row, memo });
      return;
    }
    this.paintAll([{ view, row, memo }]);
  }

  /** A row unchanged since the last pass; re-inserts a badge the page dropped with a re-rendered cell. */
  restore(view: ListView, row: Element, memo: RowMemo): void {
    this.order.push(row);
    if (memo.badge && !memo.badge.isConnected) this.paintAll([{ view, row, memo }]);
  }

  /**
   * End of a slice of a pass: the rows in view get badges. At the end of the pass (`final`), rows the
   * page removed are forgotten: once per pass, not per slice, which on 50,000 rows was a walk over
   * every waiting row in each of hundreds of slices.
   */
  settle(final: boolean): void {
    if (final) for (const row of this.waiting.keys()) if (!row.isConnected) this.waiting.delete(row);
    if (this.waiting.size > 0) this.revealSoon();
  }

  stop(): void {
    this.doc.removeEventListener('scroll', this.revealSoon, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.revealSoon);
    if (this.revealFrame !== undefined) this.doc.defaultView?.cancelAnimationFrame(this.revealFrame);
    clearTimeout(this.revealTimer);
    this.waiting.clear();
  }

  clear(): void {
    for (const badge of this.doc.querySelectorAll(`[${BADGE_ATTR}]`)) badge.remove();
    removeTip(this.doc);
  }

  /** After the next frame is laid out (a frame, then a task): reading rows' boxes then costs no layout. */
  private readonly revealSoon = (): void => {
    const view = this.doc.defaultView;
    if (!view || this.revealFrame !== undefined || this.revealTimer !== undefined || this.waiting.size === 0) return;
    this.revealFrame = view.requestAnimationFrame(() => {
      this.revealFrame = undefined;
      this.revealTimer = setTimeout(() => {
        this.revealTimer = undefined;
        this.reveal();
      }, 0);
    });
  };

  /** Paints the waiting rows within a screen above and below the viewport. */
  reveal(): void {
    const view = this.doc.defaultView;
    if (!view || this.waiting.size === 0) return;
    const started = performance.now();
    const height = view.innerHeight;
    const rows = this.order;
    // The first row whose bottom is below the band's top (rows are in vertical order).
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.getBoundingClientRect().bottom < -height) lo = mid + 1;
      else hi = mid;
    }
    const due: Item[] = [];
    for (let i = lo; i < rows.length && i < lo + REVEAL_MAX; i++) {
      const row = rows[i]!;
      if (row.getBoundingClientRect().top > 2 * height) break;
      const item = this.waiting.get(row);
      if (!item) continue;
      this.waiting.delete(row);
      due.push(item);
    }
    this.paintAll(due);
    performance.measure(PASS_MEASURE, { start: started, detail: { badges: due.length } });
  }

  /**
   * Paints a batch of badges: every cell's width is read first (the observer's callback comes after
   * layout, so the reads cost nothing), then every badge written, so a batch costs the table one
   * layout, in the next frame, never one per badge.
   */
  private paintAll(items: Item[]): void {
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
      const kind = documentAction(flagged.standing);
      const action = kind ? () => this.onDocument(kind, flagged) : undefined;
      return [{ ...d, tooltip: kind ? `${d.tooltip}\n${d.actionHints[kind]}` : d.tooltip }, action];
    }
    const t = (key: 'badge.unreadable' | 'short.unreadable' | 'tip.unreadable') =>
      translate(overlayMessages, config.language, key, { reason: memo.failure ?? '' });
    return [{ text: t('badge.unreadable'), short: t('short.unreadable'), tone: 'muted', tooltip: t('tip.unreadable') }, undefined];
  }
}
