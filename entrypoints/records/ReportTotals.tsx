import type { totalsByUnit } from '../../lib/documents';
import type { SeenTotals } from '../../lib/history';
import type { TabProps } from './context';

/** The period's totals in the shape of Biểu II.06a, over the dossiers this browser saw. */
export function SeenTable({ seen, t }: { seen: SeenTotals; t: TabProps['t'] }) {
  return (
    <>
      <h3>{t('report.seenTitle')}</h3>
      <p class="field-help">{t('report.seenHelp')}</p>
      <table class="data seen-totals">
        <tbody>
          <tr>
            <th scope="row">{t('report.seenReceived')}</th>
            <td>{seen.receivedTotal}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.seenCarried')}</th>
            <td>{seen.carriedOver}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.seenResolved')}</th>
            <td>
              {seen.resolvedTotal} ({seen.resolvedEarly} / {seen.resolvedOnTime} / {seen.resolvedLate})
            </td>
          </tr>
          <tr>
            <th scope="row">{t('report.seenPending')}</th>
            <td>
              {seen.pendingTotal} ({seen.pendingOnTime} / {seen.pendingLate})
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

/** The rows' counts per responsible unit, as the report's totals table prints them. */
export function UnitTotals({ totals, t }: { totals: ReturnType<typeof totalsByUnit>; t: TabProps['t'] }) {
  return (
    <>
      <h3>{t('report.totals')}</h3>
      {totals.length === 0 ? (
        <p>{t('report.noRows')}</p>
      ) : (
        <table class="data totals">
          <thead>
            <tr>
              <th scope="col">{t('report.unit')}</th>
              <th scope="col">{t('report.sentBackCount')}</th>
              <th scope="col">{t('report.lateCount')}</th>
              <th scope="col">{t('report.total')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((u) => (
              <tr key={u.unit}>
                <th scope="row">{u.unit}</th>
                <td>{u.returned}</td>
                <td>{u.late}</td>
                <td>{u.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
