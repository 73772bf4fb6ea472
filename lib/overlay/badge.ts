/**
 * The flag shown in a dossier row. Its text lives in a shadow root, so the row's textContent (what
 * the reader and the change detection see) stays exactly the page's own, and no host stylesheet can
 * restyle it. Inline-block, nowrap and a small line-height keep it from growing the row.
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
  'display:inline-block;box-sizing:border-box;margin:0 0 0 4px;padding:0 4px;border:1px solid;border-radius:3px;' +
  'font:600 11px/14px Arial,Helvetica,sans-serif;white-space:nowrap;vertical-align:middle;letter-spacing:0;' +
  'text-transform:none;text-decoration:none;max-width:16em;overflow:hidden;text-overflow:ellipsis';

export function createBadge(doc: Document): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  root.appendChild(doc.createElement('span'));
  return host;
}

export function paintBadge(host: HTMLElement, text: string, tone: Tone, tooltip: string): void {
  const label = host.shadowRoot?.firstElementChild as HTMLElement | null;
  if (!label) return;
  if (label.textContent !== text) label.textContent = text;
  label.setAttribute('style', `${BASE};${TONES[tone]}`);
  host.title = tooltip;
  host.setAttribute('aria-label', `${text}. ${tooltip}`);
}

export function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTR);
}
