import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { backgroundSender } from '../../lib/messaging/send';
import { startOverlay } from './overlay';

/**
 * The overlay proper (flags, badges, the panel), injected by the background into a frame only once
 * the loader (portal.content) found a dossier list or a detail view there.
 */
export default defineContentScript({
  matches: KNOWN_PORTAL_MATCHES,
  registration: 'runtime',
  main(ctx) {
    // The portal must keep working whatever happens here: nothing escapes the content script. A
    // failure to start is said in the page's console and kept for the tab, where the popup says it.
    startOverlay(ctx, browser).catch((error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      console.error('[Nhắc Hạn] the overlay could not start on this page:', error);
      void backgroundSender(browser)({ type: 'start-failed', url: location.href, reason });
    });
  },
});
