import { defineContentScript } from 'wxt/utils/define-content-script';
import { KNOWN_PORTAL_MATCHES } from '../lib/portal/hosts';
import { observeDossierSearch } from '../lib/portal/igate-observer';

/**
 * In the page's own world from the first byte, so it sees the list the page fetches on load; it only
 * reads copies and hands them to the portal content script (lib/portal/igate.ts validates them).
 */
export default defineContentScript({
  matches: KNOWN_PORTAL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    try {
      observeDossierSearch(window);
    } catch {
      // The page must keep working whatever happens here; the DOM reading stays.
    }
  },
});
