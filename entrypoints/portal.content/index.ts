import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
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
    startLoader(ctx, browser).catch((error: unknown) => console.error('[Nhắc Hạn] loader:', error));
  },
});
