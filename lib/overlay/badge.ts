import { hideTip, showTip } from './tooltip';

/**
 * The flag shown in a dossier row: one line inside the row's appointment cell, under the cell's own
 * text. Its words live in a shadow root, so the row's textContent (what the reader and the change
 * detection see) stays exactly the page's own, and no host stylesheet can restyle it.
 *
 * Why in the flow of the cell and not drawn over it: a label that overflows a zero-size host lands
 * wherever the cell's padding happens to be, which on real portals is the next row, the next column
 * or outside a clipping row. A block in the cell's flow is always inside its own row and column and
 * is clipped by nothing the cell's text is not clipped by. `contain: inline-size` keeps the badge out
 * of the table's column-width computation (its intrinsic width counts as zero), so the portal's columns
 * keep their widths and the badge takes the cell's width instead, ellipsing its words if the column
 * is narrower; the row grows by at most that one line.
 */
export const BADGE_ATTR = 'data-nhachan-badge';

export type Tone = 'danger' | 'warn' | 'info' | 'ok' | 'muted';

/**
 * Text/background pairs, each at least 4.5:1 (WCAG AA for 11–12 px text): danger 7.0, warn 6.3,
 * info 8.1, ok 5.9, muted 6.9.
 */
const CSS = `
:host{all:initial!important;display:block!important;contain:inline-size!important;margin:2px 0 0!important;
 padding:0!important;line-height:0!important;text-align:left!important;direction:ltr!important}
[part=label]{display:inline-block;box-sizing:border-box;max-width:100%;padding:0 4px;border:1px solid;border-radius:3px;
 font:600 11px/14px Arial,Helvetica,sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:top;
 letter-spacing:0;text-transform:none;text-decoration:none}
[part=label]:focus{outline:2px solid #1e429f;outline-offset:1px}
[role=button]{cursor:pointer}
.danger{background:#fde8e8;color:#9b1c1c;border-color:#f5b5b5}
.warn{background:#fff4dc;color:#7a4200;border-color:#f3cf86}
.info{background:#e8f0fe;color:#1e429f;border-color:#b6ccf8}
.ok{background:#e9f7ef;color:#1c6b3c;border-color:#b2dfc3}
.muted{background:#f1f1f1;color:#4b4b4b;border-color:#d6d6d6}
@media print{:host{display:none!important}}
`;

/** One parsed stylesheet per document, shared by every badge's shadow root. */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheet(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet !== undefined) return sheet;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    sheet = Sheet ? new Sheet() : null;
    sheet?.replaceSync(CSS);
  } catch {
    sheet = null; // a browser without constructable stylesheets: each badge carries a <style>
  }
  sheets.set(doc, sheet);
  return sheet;
}

export function createBadge(doc: Document): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc);
  if (sheet) root.adoptedStyleSheets = [sheet];
  else root.appendChild(doc.createElement('style')).textContent = CSS;
  const label = doc.createElement('span');
  label.setAttribute('part', 'label');
  // Every badge is reachable by keyboard: focusing it shows the tooltip with the rule and the dates.
  label.tabIndex = 0;
  root.appendChild(label);
  host.addEventListener('click', activate);
  host.addEventListener('keydown', activate);
  host.addEventListener('mouseenter', reveal);
  host.addEventListener('focusin', reveal);
  host.addEventListener('mouseleave', conceal);
  host.addEventListener('focusout', conceal);
  return host;
}

interface Painted {
  tooltip: string;
  action?: () => void;
}
const painted = new WeakMap<HTMLElement, Painted>();

function labelOf(host: HTMLElement): HTMLElement | null {
  return (host.shadowRoot?.lastElementChild as HTMLElement | null) ?? null;
}

function reveal(event: Event): void {
  const host = event.currentTarget as HTMLElement;
  const label = labelOf(host);
  const tooltip = painted.get(host)?.tooltip;
  if (label && tooltip) showTip(label, tooltip);
}

function conceal(event: Event): void {
  hideTip((event.currentTarget as HTMLElement).ownerDocument);
}

/**
 * Documents open on the officer's own click or key press only: a page's script can call `click()`
 * on a badge (its shadow root is open), and such events are not trusted. One gesture opens one tab:
 * the background also refuses a second document tab from the same page within the same moment.
 */
function activate(event: Event): void {
  const host = event.currentTarget as HTMLElement;
  if (event instanceof KeyboardEvent) {
    if (event.key === 'Escape') hideTip(host.ownerDocument);
    if (event.key !== 'Enter' && event.key !== ' ') return;
  }
  const action = painted.get(host)?.action;
  if (!action || !event.isTrusted) return;
  // The row's own handlers (open the detail, select the row) must not fire for a click on the badge.
  event.stopPropagation();
  event.preventDefault();
  action();
}

/**
 * `action` makes the badge a button (the apology letter of an overdue row); without it the badge is
 * plain text. Listeners sit on the host, added once when it is built, however often it is painted.
 */
export interface BadgeWords {
  text: string;
  /** Said instead of `text` where the column is too narrow for it (see fittingWords). */
  short: string;
  tone: Tone;
  tooltip: string;
}

export function paintBadge(host: HTMLElement, words: BadgeWords, action?: () => void): void {
  const label = labelOf(host);
  if (!label) return;
  const { text, tone, tooltip } = words;
  if (label.textContent !== text) label.textContent = text;
  if (label.className !== tone) label.className = tone;
  label.setAttribute('aria-label', `${text}. ${tooltip}`);
  painted.set(host, { tooltip, action });
  label.setAttribute('role', action ? 'button' : 'note');
}

const LABEL_FONT = '600 11px Arial, Helvetica, sans-serif';
/** The label's padding and borders, left and right. */
const LABEL_CHROME = 10;
const textWidths = new Map<string, number>();
let measurer: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** The width of a badge's words in its own font, measured once per string without touching the page. */
function wordsWidth(text: string): number | undefined {
  if (measurer === undefined) {
    measurer = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    if (measurer) measurer.font = LABEL_FONT;
  }
  if (!measurer) return undefined;
  let width = textWidths.get(text);
  if (width === undefined) {
    width = measurer.measureText(text).width + LABEL_CHROME;
    textWidths.set(text, width);
  }
  return width;
}

/**
 * The words a badge says in a cell `room` px wide (its content box): its own, or the shorter ones
 * when they do not fit (the tooltip and the accessible name keep the whole).
 */
export function fittingWords(words: BadgeWords, room: number | undefined): BadgeWords {
  const width = room === undefined ? undefined : wordsWidth(words.text);
  return width !== undefined && width > room! ? { ...words, text: words.short } : words;
}

export function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTR);
}
