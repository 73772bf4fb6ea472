import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { listenForPageData } from '../../lib/portal/igate';
import { startOverlay } from './overlay';

export default defineContentScript({
  matches: KNOWN_PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // iGate's own list JSON, handed over by the MAIN-world observer, is read with the rows.
    ctx.onInvalidated(listenForPageData(document));
    // The portal must keep working whatever happens here: nothing escapes the content script.
    startOverlay(ctx, browser).catch(() => undefined);
  },
});
