import { browser } from 'wxt/browser';
import type { ProfileCheck, SiteProfile } from '../../lib/portal';
import { originPattern } from '../../lib/settings/sites';

/** What checking a profile on the officer's open portal tab came to. */
export type LiveCheck =
  | { kind: 'no-tab' }
  | { kind: 'no-answer'; url: string }
  | { kind: 'checked'; url: string; check: ProfileCheck };

function isCheck(value: unknown): value is ProfileCheck {
  const v = value as Partial<ProfileCheck> | null | undefined;
  return typeof v?.rows === 'number' && typeof v.fields === 'object' && v.fields !== null;
}

/**
 * Asks the content script of an open tab of the profile's origin to read its page with the profile.
 * The query sees only tabs of origins the extension may access, which are the ones it can read.
 */
export async function checkOnOpenTab(profile: SiteProfile): Promise<LiveCheck> {
  const tabs = await browser.tabs.query({ url: originPattern(profile.origin) });
  let silent: string | undefined;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const url = tab.url ?? profile.origin;
    // A tab whose content script is not running (not reloaded since install) rejects; try the next.
    const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: 'check-profile', profile }).catch(() => undefined);
    if (isCheck(reply)) return { kind: 'checked', url, check: reply };
    silent ??= url;
  }
  return silent === undefined ? { kind: 'no-tab' } : { kind: 'no-answer', url: silent };
}
