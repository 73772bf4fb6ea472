import type { Browser } from 'wxt/browser';
import type { BackgroundMessageType } from '../../lib/messaging/protocol';

/**
 * Who sent a message, decided from what the browser says about the sender, never from the message:
 * a portal page can drive its content script, so whatever the content script writes is the page's word.
 * - `extension-page`: one of the extension's own pages (popup, options, records, letter…);
 * - `portal`: a content script in an http(s) page; its origin and URL are the frame's own.
 */
export type Sender =
  | { kind: 'extension-page' }
  | { kind: 'portal'; origin: string; url: string; tabId?: number; frameId?: number }
  | { kind: 'stranger' };

interface Self {
  /** `browser.runtime.id`. */
  id: string;
  /** `browser.runtime.getURL('/')`: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  base: string;
}

export function classifySender(sender: Browser.runtime.MessageSender, self: Self): Sender {
  if (sender.id !== self.id || sender.url === undefined) return { kind: 'stranger' };
  if (sender.url.startsWith(self.base)) return { kind: 'extension-page' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { kind: 'stranger' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'stranger' };
  return {
    kind: 'portal',
    origin: url.origin,
    url: url.href,
    ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
    ...(sender.frameId === undefined ? {} : { frameId: sender.frameId }),
  };
}

/**
 * Which sender may send which message. Changing the portals, the history or the reminder is for the
 * extension's own pages; reading a page and opening a document from a row is for content scripts.
 */
const ALLOWED: Record<BackgroundMessageType, readonly Sender['kind'][]> = {
  ping: ['extension-page', 'portal'],
  'get-config': ['portal'],
  'inject-overlay': ['portal'],
  'start-failed': ['portal'],
  observe: ['portal'],
  detail: ['portal'],
  'open-letter': ['portal'],
  'save-site-profile': ['portal'],
  'open-options': ['portal', 'extension-page'],
  'enable-origin': ['extension-page'],
  'disable-origin': ['extension-page'],
  'documents-changed': ['extension-page'],
};

export function maySend(type: BackgroundMessageType, sender: Sender): boolean {
  return ALLOWED[type].includes(sender.kind);
}

/**
 * The page a content script speaks for: the URL it names when that URL is of the sender's own origin
 * (a single-page portal moves its address with pushState), otherwise the sender's URL.
 */
export function pageUrl(claimed: string, sender: { origin: string; url: string }): string {
  try {
    const url = new URL(claimed);
    return url.origin === sender.origin ? url.href : sender.url;
  } catch {
    return sender.url;
  }
}
