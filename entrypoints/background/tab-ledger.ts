import { browser } from 'wxt/browser';
import { startProblemKey } from '../../lib/messaging/protocol';
import type { Dossier } from '../../lib/dossier/schema';
import { actionableRows, updateLedger, type LedgerRow, type TabLedger } from '../../lib/overlay/actionable';

/**
 * Per-tab, per-portal ledgers live in storage.session: they survive the service worker being stopped between
 * page flips, and vanish with the browser session, as "since the tab opened" should.
 */
const key = (tabId: number, origin: string) => `tab-ledger:${tabId}:${origin}`;

export async function recordTabFlags(
  tabId: number,
  origin: string,
  flags: { code: string; standing: LedgerRow['standing'] }[],
  dossiers: Dossier[],
): Promise<LedgerRow[]> {
  const k = key(tabId, origin);
  const stored = (await browser.storage.session.get(k))[k] as TabLedger | undefined;
  const next = updateLedger(stored ?? {}, flags, dossiers);
  await browser.storage.session.set({ [k]: next });
  return actionableRows(next);
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(`tab-ledger:${tabId}:`) || k === startProblemKey(tabId));
  await browser.storage.session.remove(keys);
}
