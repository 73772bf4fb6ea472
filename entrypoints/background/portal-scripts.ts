import { browser } from 'wxt/browser';
import { loadSettings, saveSettings } from '../../lib/settings/storage';

/**
 * Portals beyond the built-in hosts: the officer grants one origin at a time (optional host
 * permission, asked by the popup inside the click) and the content script is registered for exactly
 * the origins that are both enabled in the settings and granted.
 */
const SCRIPT_ID = 'nhac-han-user-portals';
export const CONTENT_SCRIPT_FILE = '/content-scripts/portal.js';

export function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

export async function syncPortalScripts(): Promise<string[]> {
  const settings = await loadSettings();
  const granted: string[] = [];
  for (const origin of settings.portalOrigins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: granted.map(originPattern),
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}

/** Called after the popup obtained the permission: remember the origin and start at once. */
export async function enableOrigin(origin: string, tabId?: number): Promise<boolean> {
  const normalised = new URL(origin).origin;
  if (!(await browser.permissions.contains({ origins: [originPattern(normalised)] }))) return false;
  const settings = await loadSettings();
  if (!settings.portalOrigins.includes(normalised)) {
    await saveSettings({ ...settings, portalOrigins: [...settings.portalOrigins, normalised] });
  }
  await syncPortalScripts();
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
  }
  return true;
}

export async function disableOrigin(origin: string): Promise<void> {
  const normalised = new URL(origin).origin;
  const settings = await loadSettings();
  await saveSettings({ ...settings, portalOrigins: settings.portalOrigins.filter((o) => o !== normalised) });
  await browser.permissions.remove({ origins: [originPattern(normalised)] });
  await syncPortalScripts();
}
