import { browser } from 'wxt/browser';
import { TAB_MESSAGES } from '../../lib/messaging/protocol';
import { tabSender } from '../../lib/messaging/send';
import type { ProfileCheck, SiteProfile } from '../../lib/portal';
import { originPattern } from '../../lib/settings/sites';

/** What checking a profile on the officer's open portal tab came to. */
export type LiveCheck =
  | { kind: 'no-tab' }
  | { kind: 'no-answer'; url: string }
  | { kind: 'checked'; url: string; check: ProfileCheck };


/**
 * Asks the content script of an open tab of the profile's origin to read its page with the profile.
 * The query sees only tabs of origins the extension may access, which are the ones it can read.
 */
export async function checkOnOpenTab(profile: SiteProfile): Promise<LiveCheck> {
  const tabs = await browser.tabs.query({ url: originPattern(profile.origin) });
  const send = tabSender(browser);
  let silent: string | undefined;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const url = tab.url ?? profile.origin;
    // A tab whose content script is not running (not reloaded since install) rejects; try the next.
    const reply = TAB_MESSAGES['check-profile'].reply.safeParse(await send(tab.id, { type: 'check-profile', profile }));
    if (reply.success) return { kind: 'checked', url, check: reply.data };
    silent ??= url;
  }
  return silent === undefined ? { kind: 'no-tab' } : { kind: 'no-answer', url: silent };
}
