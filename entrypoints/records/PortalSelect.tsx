import { Field } from '../../components/pages/Field';
import type { TabProps } from './context';

interface PortalSelectProps {
  id: string;
  t: TabProps['t'];
  origins: readonly string[];
  origin: string | undefined;
  onChoose(origin: string): void;
}

/**
 * Which portal a report or a statistic is for, shown only when the history holds more than one:
 * an office reports on its own one-stop system, so the rows of different portals are never added.
 */
export function PortalSelect({ id, t, origins, origin, onChoose }: PortalSelectProps) {
  if (origins.length < 2) return null;
  return (
    <Field id={id} label={t('report.portal')} help={t('report.portalHelp')}>
      {(control) => (
        <select {...control} value={origin} onChange={(e) => onChoose(e.currentTarget.value)}>
          {origins.map((o) => (
            <option key={o} value={o}>
              {o.replace(/^https?:\/\//, '')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
