import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { TabStatus } from '../../lib/messaging/protocol';

const TabStatusSchema = z.object({
  counts: z.record(z.string(), z.number().int().nonnegative()),
  rows: z.number().int().nonnegative(),
  lists: z.number().int().nonnegative(),
}) satisfies z.ZodType<TabStatus>;

/**
 * Asks the tab's content script what it flagged. Undefined when nothing answers: the script is not
 * in the page (not a portal, not yet enabled, page loaded before the extension) or the page is busy.
 */
export async function readTabStatus(tabId: number): Promise<TabStatus | undefined> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'tab-status' });
    const parsed = TabStatusSchema.safeParse(reply);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
