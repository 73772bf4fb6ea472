import { browser } from 'wxt/browser';
import { loadSettings, saveSettings } from '../../lib/settings/storage';
import { siteAccess } from '../../lib/settings/sites';
import { SiteProfileSchema } from '../../lib/portal/site-profile';

/**
 * Portals beyond the built-in hosts: the officer grants one origin at a time (optional host
 * permission, asked by the popup inside the click) and the content script is registered for exactly
 * the origins that are both enabled in the settings and granted.
 */
const SCRIPT_ID = 'nhac-han-user-portals';
const CONTENT_SCRIPT_FILE = '/content-scripts/portal.js';
/** iGate's list JSON observer, in the page's own world from document start (lib/portal/igate-observer.ts). */
const OBSERVER_ID = 'nhac-han-user-portals-observer';
const OBSERVER_FILE = '/content-scripts/igate-observer.js';
/** The overlay proper, injected only into frames where the loader found a dossier list or detail. */
const OVERLAY_SCRIPT_FILE = '/content-scripts/overlay.js';

function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

export async function syncPortalScripts(): Promise<string[]> {
  const settings = await loadSettings();
  const granted: string[] = [];
  for (const origin of settings.portalOrigins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const matches = granted.map(originPattern);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  // Unchanged registrations are left alone: unregistering at every start would leave a moment in
  // which a portal page opened by the restored session gets no overlay.
  if (existing && JSON.stringify([...(existing.matches ?? [])].sort()) === JSON.stringify([...matches].sort())) return granted;
  if (existing) {
    const ids = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID, OBSERVER_ID] })).map((s) => s.id);
    await browser.scripting.unregisterContentScripts({ ids });
  }
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      { id: OBSERVER_ID, matches, js: [OBSERVER_FILE], allFrames: true, runAt: 'document_start', world: 'MAIN', persistAcrossSessions: true },
    ]);
    // The browser drops registered scripts when the extension is installed or updated (and an
    // unpacked one at every start); portal tabs already open would stay bare until reloaded.
    await injectIntoOpenTabs(matches);
  }
  return granted;
}

/** Starts the overlay in open tabs of these portals; the script ignores a second start. */
async function injectIntoOpenTabs(matches: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
      } catch {
        // A tab still loading, or showing an error page: the registered script covers its next load.
      }
    }),
  );
}

/**
 * The loader of a portal frame found dossiers: the overlay goes into that frame only. Only our own
 * loader asks (the router lets only a content script of a portal tab send it); the injection itself needs the host
 * access the officer granted, so a frame of another site cannot obtain it.
 */
export async function injectOverlay({ tabId, frameId }: { tabId?: number; frameId?: number }): Promise<boolean> {
  if (tabId === undefined) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [OVERLAY_SCRIPT_FILE] });
  return true;
}

/** Called after the popup obtained the permission: remember the origin; syncing starts it at once. */
export async function enableOrigin(origin: string): Promise<boolean> {
  const normalised = new URL(origin).origin;
  if (!(await browser.permissions.contains({ origins: [originPattern(normalised)] }))) return false;
  const settings = await loadSettings();
  if (!settings.portalOrigins.includes(normalised)) {
    await saveSettings({ ...settings, portalOrigins: [...settings.portalOrigins, normalised] });
  }
  await syncPortalScripts();
  return true;
}

export async function disableOrigin(origin: string): Promise<void> {
  const normalised = new URL(origin).origin;
  const settings = await loadSettings();
  await saveSettings({ ...settings, portalOrigins: settings.portalOrigins.filter((o) => o !== normalised) });
  await browser.permissions.remove({ origins: [originPattern(normalised)] });
  await syncPortalScripts();
}

/**
 * The overlay's "teach this page" made a reading profile: it replaces the profile of the sender's
 * origin. The profile must name that origin (a page never writes another site's profile), and the
 * page must be one the extension reads: a built-in portal, or an origin the officer enabled and
 * still grants. The settings' own validation still runs on saving.
 */
export async function saveSiteProfile(sender: { origin: string; url: string }, raw: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const profile = SiteProfileSchema.safeParse(raw);
  if (!profile.success) return { ok: false, error: 'invalid profile' };
  const { origin, url } = sender;
  if (profile.data.origin !== origin) return { ok: false, error: 'a profile of another origin' };
  const settings = await loadSettings();
  const granted = settings.portalOrigins.includes(origin) && (await browser.permissions.contains({ origins: [originPattern(origin)] }));
  const access = siteAccess(url, settings.portalOrigins, granted).kind;
  if (access !== 'known' && access !== 'enabled') return { ok: false, error: 'not an enabled portal' };
  const others = settings.siteProfiles.filter((p) => p.origin !== origin);
  await saveSettings({ ...settings, siteProfiles: [...others, profile.data] });
  return { ok: true };
}
