import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { browser as Browser } from 'wxt/browser';
import type { TabStatus } from '../../lib/messaging/protocol';
import { backgroundSender } from '../../lib/messaging/send';
import { mayBringDossiers, mayShowDossiers } from '../../lib/overlay/find';
import { takeChecker } from '../../lib/overlay/handoff';

type Api = typeof Browser;
/** Looks again at most this often while a page keeps changing (an SPA loading its first route). */
const LOOK_INTERVAL_MS = 200;

/**
 * Watches the frame until it may show dossiers, then has the background inject the overlay into it
 * (scripting.executeScript, see README § Architecture) and steps aside.
 */
export async function startLoader(ctx: ContentScriptContext, api: Api): Promise<void> {
  const send = backgroundSender(api);
  const isTop = window === window.top;

  let injected: Promise<unknown> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastLook = Number.NEGATIVE_INFINITY;
  const inject = () => {
    injected ??= send({ type: 'inject-overlay' });
    observer.disconnect();
    clearTimeout(timer);
    return injected;
  };
  const look = () => {
    timer = undefined;
    lastLook = performance.now();
    if (!injected && ctx.isValid && mayShowDossiers(document)) {
      api.runtime.onMessage.removeListener(onMessage); // the overlay answers from now on
      void inject();
    }
  };
  const schedule = () => {
    if (timer === undefined && !injected) timer = setTimeout(look, Math.max(0, lastLook + LOOK_INTERVAL_MS - performance.now()));
  };
  // Only changes that may bring dossiers: a clock ticking in the header costs no look (find.ts).
  const observer = new MutationObserver((records) => {
    if (mayBringDossiers(records)) schedule();
  });

  // Until the overlay is here, the popup learns there is nothing flagged, and the settings' live
  // check of a reading profile gets the overlay injected to read the page with that profile.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const m = message as { type?: string; profile?: unknown } | null;
    if (!isTop) return undefined;
    if (m?.type === 'tab-status') sendResponse({ counts: {}, rows: 0, lists: 0 } satisfies TabStatus);
    if (m?.type === 'check-profile') {
      void inject().then(() => sendResponse(takeChecker()?.(m.profile)));
      return true; // answered asynchronously
    }
    return undefined;
  };

  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  api.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    api.runtime.onMessage.removeListener(onMessage);
  });
  look();
}
