import { browser } from 'wxt/browser';
import { TAB_MESSAGES, type TabStatus } from '../../lib/messaging/protocol';
import { tabSender } from '../../lib/messaging/send';

/**
 * Asks the tab's content script what it flagged. Undefined when nothing answers (logged): the
 * script is not in the page (page loaded before the extension, or it could not start) or the page
 * is busy.
 */
export async function readTabStatus(tabId: number): Promise<TabStatus | undefined> {
  const reply = TAB_MESSAGES['tab-status'].reply.safeParse(await tabSender(browser)(tabId, { type: 'tab-status' }));
  return reply.success ? reply.data : undefined;
}
