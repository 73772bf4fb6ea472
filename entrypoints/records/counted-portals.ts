import { useEffect, useState } from 'preact/hooks';
import { choosePortal, countedPortals, documentOrigins, type HistoryDB, type PortalChoice, type PortalUse } from '../../lib/history';
import { loadSettings, saveSettings } from '../../lib/settings/storage';

export interface CountedPortals {
  choice: PortalChoice;
  use: PortalUse;
}

/**
 * The office's choice of counted portals and the facts behind its default, read when a tab opens (the
 * other tab may have changed the choice since the page loaded). `choose` applies a tick at once (the
 * tab proposes its rows again from that render) and resolves once it is stored over the settings as
 * stored now.
 */
export function useCountedPortals(db: HistoryDB, fail: (error: unknown) => void) {
  const [portals, setPortals] = useState<CountedPortals>();
  useEffect(() => {
    Promise.all([loadSettings(), documentOrigins(db)])
      .then(([settings, documented]) => setPortals({ choice: settings.countedPortals, use: { enabled: settings.portalOrigins, documented } }))
      .catch(fail);
  }, []);
  const choose = async (origin: string, on: boolean) => {
    if (!portals) return;
    const choice = choosePortal(portals.choice, origin, on, portals.use);
    setPortals({ ...portals, choice });
    await saveSettings({ ...(await loadSettings()), countedPortals: choice });
  };
  /** The boxes show the choice at once, before the rows over it are proposed. */
  const ticked = (origins: readonly string[]) => (portals ? countedPortals(origins, portals.choice, portals.use) : []);
  return { portals, choose, ticked };
}
