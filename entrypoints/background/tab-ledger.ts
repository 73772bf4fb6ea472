import { browser } from 'wxt/browser';
import type { Dossier } from '../../lib/dossier/schema';
import { actionableRows, updateLedger, type LedgerRow, type TabLedger } from '../../lib/overlay/actionable';

/**
 * Per-tab ledgers live in storage.session: they survive the service worker being stopped between
 * page flips, and vanish with the browser session, as "since the tab opened" should.
 */
const key = (tabId: number) => `tab-ledger:${tabId}`;

export async function recordTabFlags(
  tabId: number,
  flags: { code: string; standing: LedgerRow['standing'] }[],
  dossiers: Dossier[],
): Promise<LedgerRow[]> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabLedger | undefined;
  const next = updateLedger(stored ?? {}, flags, dossiers);
  await browser.storage.session.set({ [key(tabId)]: next });
  return actionableRows(next);
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(key(tabId));
}
