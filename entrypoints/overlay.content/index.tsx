import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { startOverlay } from './overlay';

/**
 * The overlay proper (flags, badges, the panel), injected by the background into a frame only once
 * the loader (portal.content) found a dossier list or a detail view there.
 */
export default defineContentScript({
  matches: KNOWN_PORTAL_MATCHES,
  registration: 'runtime',
  main(ctx) {
    // The portal must keep working whatever happens here: a failure is logged, never thrown into the page.
    startOverlay(ctx, browser).catch((error: unknown) => console.error('[Nhắc Hạn] overlay:', error));
  },
});
