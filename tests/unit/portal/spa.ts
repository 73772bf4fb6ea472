import { Browser, type BrowserPage } from 'happy-dom';
import { handleDemoRequest } from '../../../scripts/demo-server';
import { DEMO_ORIGIN } from './demo';

/**
 * happy-dom 21 resolves script `src` and `fetch()` URLs against the document URL, ignoring fixture B's
 * `<base href="/fixtures/b/">`; a browser would resolve them against the base. This applies the base
 * to what would otherwise hit the SPA fallback: assets and API calls under a `/vi/` route.
 */
function applyBase(url: URL): URL {
  const m = /^\/fixtures\/b\/vi\/(?:[^/]+\/)*?((?:api\/.*)|[^/]+\.(?:js|css|svg))$/.exec(url.pathname);
  if (m) url.pathname = `/fixtures/b/${m[1]}`;
  return url;
}

/**
 * Runs a script-rendered demo page for real in happy-dom: the page, its scripts and its API calls are
 * answered by the demo server module (no network), and timers run as in a browser.
 */
export async function openSpa(path: string): Promise<{ page: BrowserPage; document: Document; close(): Promise<void> }> {
  const browser = new Browser({
    settings: {
      fetch: {
        interceptor: {
          async beforeAsyncRequest({ request, window }) {
            const reply = await handleDemoRequest(applyBase(new URL(request.url)));
            return new window.Response(reply.body, { status: reply.status, headers: reply.headers });
          },
        },
      },
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      enableIframePageLoading: true,
      disableCSSFileLoading: true,
    },
  });
  const page = browser.newPage();
  await page.goto(new URL(path, DEMO_ORIGIN).href);
  await page.waitUntilComplete();
  return {
    page,
    get document() {
      return page.mainFrame.document as unknown as Document;
    },
    close: () => browser.close(),
  };
}

/** Clicks the first element matching `selector`. */
export function click(document: Document, selector: string): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.click();
}

/** Polls until `ready()` holds (the page's own timers keep running meanwhile). */
export async function waitFor(ready: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!ready()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
