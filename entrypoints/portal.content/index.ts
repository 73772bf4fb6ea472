import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { backgroundSender } from '../../lib/messaging/send';
import { startLoader } from './loader';

/**
 * The loader: the only script every portal frame loads. It looks for a dossier list or a detail view
 * and asks the background to inject the overlay (overlay.content) into this frame when it finds one;
 * a frame without one costs this script alone.
 */
export default defineContentScript({
  matches: KNOWN_PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // The portal must keep working whatever happens here: nothing escapes the content script. A
    // failure to start is said in the page's console and kept for the tab, where the popup says it.
    startLoader(ctx, browser).catch((error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      console.error('[Nhắc Hạn] the loader could not start on this page:', error);
      void backgroundSender(browser)({ type: 'start-failed', url: location.href, reason });
    });
  },
});
