/**
 * The badge's tooltip: which rule judged the row and on which dates. One per document, shown in the
 * browser's top layer (a popover) so no clipping ancestor of the row can cut it, placed under the
 * badge (above it when there is no room), on hover and on keyboard focus alike. `title` is not used:
 * it never shows on focus.
 */
const TIP_ATTR = 'data-nhachan-tip';

const CSS = `
:host{all:initial!important}
[popover]{margin:0;inset:auto;position:fixed;max-width:360px;padding:6px 8px;border:1px solid #94a3b8;border-radius:4px;
 background:#fff;color:#1f2937;box-shadow:0 2px 8px rgba(0,0,0,.2);font:12px/1.4 Arial,Helvetica,sans-serif;white-space:pre-line}
@media print{:host{display:none!important}}
`;

const tips = new WeakMap<Document, HTMLElement>();

function tipOf(doc: Document): HTMLElement {
  const known = tips.get(doc);
  if (known?.isConnected) return known;
  const host = doc.createElement('span');
  host.setAttribute(TIP_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  root.appendChild(doc.createElement('style')).textContent = CSS;
  const tip = doc.createElement('div');
  tip.setAttribute('popover', 'manual');
  tip.setAttribute('role', 'tooltip');
  root.appendChild(tip);
  (doc.body ?? doc.documentElement).appendChild(host);
  tips.set(doc, tip);
  return tip;
}

/** Browsers before the Popover API (Firefox < 125) show the fixed box by its `hidden` attribute. */
function setShown(tip: HTMLElement, shown: boolean): void {
  if (typeof tip.showPopover !== 'function') {
    tip.hidden = !shown;
    return;
  }
  if (shown !== tip.matches(':popover-open')) {
    if (shown) tip.showPopover();
    else tip.hidePopover();
  }
}

export function showTip(anchor: HTMLElement, text: string): void {
  const doc = anchor.ownerDocument;
  const tip = tipOf(doc);
  tip.textContent = text;
  setShown(tip, true);
  const view = doc.defaultView;
  const a = anchor.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  const below = a.bottom + 4;
  const top = below + t.height <= height || a.top - 4 - t.height < 0 ? below : a.top - 4 - t.height;
  tip.style.left = `${Math.max(4, Math.min(a.left, width - t.width - 4))}px`;
  tip.style.top = `${Math.max(4, top)}px`;
}

export function hideTip(doc: Document): void {
  const tip = tips.get(doc);
  if (tip) setShown(tip, false);
}

/** Takes the tooltip off the page (the overlay was cleared). */
export function removeTip(doc: Document): void {
  const tip = tips.get(doc);
  tips.delete(doc);
  if (tip) (tip.getRootNode() as ShadowRoot).host.remove();
}
