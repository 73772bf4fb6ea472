/**
 * Runs in the page's own world (MAIN), on iGate portals: watches the dossier-list JSON the page
 * already fetches (`/pa/dossier/search`, portal.md §3.1) and hands a copy to the content script. It
 * changes no request and no response: `fetch` returns the page's own promise and Response (the copy
 * is read from a clone), an XHR is only listened to after it has loaded. The last few hand-overs are
 * kept and handed over again when the content script, injected later, asks. Nothing here may throw
 * into the page, and it imports nothing, so it stays a few hundred bytes.
 */

/** The DOM event carrying the JSON (as a string: objects do not cross from one world to the other). */
export const IGATE_EVENT = 'nhac-han-igate';
/** Records handed over per response, at most: a hostile page could return anything. */
export const IGATE_MAX_RECORDS = 500;
/**
 * Asked by the content script when it starts listening: the observer hands over again the responses
 * it kept. The overlay is injected only once a list is found, after the page fetched its first page.
 */
export const IGATE_REPLAY_EVENT = 'nhac-han-igate-replay';
/** The last responses kept for a replay (each at most IGATE_MAX_RECORDS records): bounded memory. */
export const IGATE_KEPT_RESPONSES = 5;

/** The list endpoints whose records the reader can use (Spring paging, `content[]`). */
export function isDossierSearch(url: string): boolean {
  return /\/pa\/dossier\/search(?:[?#]|$)/.test(url);
}

type Win = Window & typeof globalThis;
const INSTALLED = Symbol.for('nhac-han-igate-observer');

function dispatch(win: Win, detail: string): void {
  win.document.dispatchEvent(new win.CustomEvent(IGATE_EVENT, { detail }));
}

/** Installs the observer once per window. */
export function observeDossierSearch(win: Win): void {
  const marked = win as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  /** The last hand-overs, oldest first, in this closure only (the page cannot reach them). */
  const kept: string[] = [];
  const handOver = (url: string, json: unknown): void => {
    const content = (json as { content?: unknown } | null)?.content;
    if (!Array.isArray(content)) return;
    const detail = JSON.stringify({ url, content: content.slice(0, IGATE_MAX_RECORDS) });
    kept.push(detail);
    if (kept.length > IGATE_KEPT_RESPONSES) kept.shift();
    dispatch(win, detail);
  };
  // Oldest first, so a newer response's record of a code replaces an older one in the content script.
  win.document.addEventListener(IGATE_REPLAY_EVENT, () => {
    for (const detail of [...kept]) dispatch(win, detail);
  });

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
      const reply = originalFetch.apply(this, args) as Promise<Response>;
      reply.then(
        (response) => {
          try {
            if (!isDossierSearch(response.url)) return;
            response
              .clone()
              .json()
              .then(
                (json: unknown) => handOver(response.url, json),
                () => undefined, // not JSON: nothing to hand over; the page reads its own copy
              );
          } catch {
            // A Response that cannot be cloned (already read by the page): the DOM reading stays.
          }
        },
        () => undefined, // the page's own promise keeps its rejection for the page
      );
      return reply;
    } as typeof fetch;
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const originalOpen = proto.open;
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]): void {
      try {
        const url = String(args[1] ?? '');
        if (isDossierSearch(new URL(url, win.location.href).pathname)) {
          this.addEventListener('load', () => {
            try {
              const type = this.responseType;
              const json: unknown = type === 'json' ? this.response : type === '' || type === 'text' ? JSON.parse(this.responseText) : undefined;
              handOver(this.responseURL || url, json);
            } catch {
              // Not JSON: nothing to hand over.
            }
          });
        }
      } catch {
        // An unparsable URL: the request goes on untouched.
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
  }
}
