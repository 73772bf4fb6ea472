import { useEffect, useState } from 'preact/hooks';
import { countedPortals, portalUses, type HistoryDB, type PortalUse } from '../../lib/history';
import { loadSettings, saveSettings } from '../../lib/settings/storage';
import type { TabProps } from './context';

interface PortalChoiceProps {
  db: HistoryDB;
  t: TabProps['t'];
  /** The portals that count, each time they are known or changed. */
  onChange(counted: ReadonlySet<string>): void;
  onError(error: unknown): void;
}

/**
 * Which portals feed the report: each portal of the history with how much it was used, ticked when
 * it counts. Unticking or ticking stores the office's choice in the settings (`report.portals`).
 */
export function PortalChoice({ db, t, onChange, onError }: PortalChoiceProps) {
  const [uses, setUses] = useState<PortalUse[]>();
  const [counted, setCounted] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    Promise.all([portalUses(db), loadSettings()])
      .then(([found, settings]) => {
        const chosen = countedPortals(found, settings.report.portals);
        setUses(found);
        setCounted(chosen);
        onChange(chosen);
      })
      .catch(onError);
  }, []);

  const toggle = async (origin: string, on: boolean) => {
    const next = new Set(counted);
    if (on) next.add(origin);
    else next.delete(origin);
    try {
      const settings = await loadSettings();
      await saveSettings({ ...settings, report: { ...settings.report, portals: [...next].sort() } });
      setCounted(next);
      onChange(next);
    } catch (error) {
      onError(error);
    }
  };

  if (!uses || uses.length < 2) return null;
  return (
    <fieldset class="portal-choice">
      <legend>{t('report.portals')}</legend>
      <p class="field-help">{t('report.portalsHelp')}</p>
      {uses.map((use) => (
        <label key={use.origin}>
          <input type="checkbox" checked={counted.has(use.origin)} onChange={(e) => void toggle(use.origin, e.currentTarget.checked)} />{' '}
          {t('report.portalUse', { origin: use.origin, dossiers: use.dossiers, days: use.days })}
        </label>
      ))}
    </fieldset>
  );
}
