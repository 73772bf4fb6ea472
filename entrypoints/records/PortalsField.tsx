import type { TabProps } from './context';

interface PortalsFieldProps {
  id: string;
  t: TabProps['t'];
  /** The portals with dossiers in what is shown. */
  origins: readonly string[];
  /** Those of them that count. */
  counted: readonly string[];
  onChoose(origin: string, on: boolean): void;
}

/**
 * Which portals the report and the statistics count (lib/history/portals.ts), one box each. A portal
 * only browsed is offered unticked, so the office sees it and can count it.
 */
export function PortalsField({ id, t, origins, counted, onChoose }: PortalsFieldProps) {
  if (origins.length === 0) return null;
  return (
    <fieldset id={id} class="report-portals" aria-describedby={`${id}-help`}>
      <legend>{t('report.portals')}</legend>
      <p id={`${id}-help`} class="field-help">
        {t('report.portalsHelp')}
      </p>
      {origins.map((origin) => (
        <label key={origin}>
          <input type="checkbox" value={origin} checked={counted.includes(origin)} onChange={(e) => onChoose(origin, e.currentTarget.checked)} />{' '}
          {origin.replace(/^https?:\/\//, '')}
        </label>
      ))}
      {counted.length === 0 && <p class="field-error">{t('report.portalsNone')}</p>}
    </fieldset>
  );
}
