/**
 * The flag shown in a dossier row. Its text lives in a shadow root, so the row's textContent (what
 * the reader and the change detection see) stays exactly the page's own, and no host stylesheet can
 * restyle it. The host is an empty block of zero size at the end of the cell, and the label overflows
 * from it into the space under the cell's text (the cell's padding): it adds nothing to the cell's
 * width or height, so an automatically laid-out table keeps its columns and rows, and the portal's
 * layout does not move.
 */
export const BADGE_ATTR = 'data-nhachan-badge';

export type Tone = 'danger' | 'warn' | 'info' | 'ok' | 'muted';

const TONES: Record<Tone, string> = {
  danger: 'background:#fde8e8;color:#9b1c1c;border-color:#f5b5b5',
  warn: 'background:#fff4dc;color:#8a4b00;border-color:#f3cf86',
  info: 'background:#e8f0fe;color:#1e429f;border-color:#b6ccf8',
  ok: 'background:#e9f7ef;color:#1c6b3c;border-color:#b2dfc3',
  muted: 'background:#f1f1f1;color:#555;border-color:#d6d6d6',
};

const BASE =
  'display:inline-block;box-sizing:border-box;margin:1px 0 0;padding:0 4px;border:1px solid;border-radius:3px;' +
  'font:600 11px/13px Arial,Helvetica,sans-serif;white-space:nowrap;vertical-align:top;letter-spacing:0;' +
  'text-transform:none;text-decoration:none;max-width:16em;overflow:hidden;text-overflow:ellipsis';

export function createBadge(doc: Document): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, '');
  host.setAttribute('style', 'display:block;width:0;height:0;overflow:visible;white-space:nowrap;text-align:left;line-height:0');
  const root = host.attachShadow({ mode: 'open' });
  root.appendChild(doc.createElement('span'));
  return host;
}

const actions = new WeakMap<HTMLElement, () => void>();

function activate(event: Event): void {
  const host = event.currentTarget as HTMLElement;
  const action = actions.get(host);
  if (!action) return;
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  // The row's own handlers (open the detail, select the row) must not fire for a click on the badge.
  event.stopPropagation();
  event.preventDefault();
  action();
}

/**
 * `action` makes the badge a button (the apology letter of an overdue row); without it the badge is
 * plain text. Listeners sit on the host so they are added once per badge, however often it is painted.
 */
export function paintBadge(host: HTMLElement, text: string, tone: Tone, tooltip: string, action?: () => void): void {
  const label = host.shadowRoot?.firstElementChild as HTMLElement | null;
  if (!label) return;
  if (label.textContent !== text) label.textContent = text;
  label.setAttribute('style', `${BASE};${TONES[tone]}${action ? ';cursor:pointer' : ''}`);
  host.title = tooltip;
  host.setAttribute('aria-label', `${text}. ${tooltip}`);
  // The label, not the zero-size host, takes the focus and the role: it is what is seen and clicked.
  if (action) {
    if (!actions.has(host)) {
      host.addEventListener('click', activate);
      host.addEventListener('keydown', activate);
    }
    actions.set(host, action);
    label.setAttribute('role', 'button');
    label.tabIndex = 0;
  } else if (actions.delete(host)) {
    host.removeEventListener('click', activate);
    host.removeEventListener('keydown', activate);
    label.removeAttribute('role');
    label.removeAttribute('tabindex');
  }
}

export function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTR);
}
