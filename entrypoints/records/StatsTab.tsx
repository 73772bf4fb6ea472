import { useState } from 'preact/hooks';
import { countingPortals, monthlyStats, type MonthStats } from '../../lib/history';
import { Field } from '../../components/pages/Field';
import { PortalsField } from './PortalsField';
import { useCountedPortals } from './counted-portals';
import { useLatest } from './use-latest';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { BarChart } from '../../components/documents/BarChart';
import { errorLines } from '../../lib/documents/page/error-lines';
import { unitTotals } from '../../lib/documents/page/stats';
import { addMonths, monthOf } from '../../lib/time/strings';
import { MONTH_SHAPE } from '../../lib/time/shapes';
import type { TabProps } from './context';
import { DateInput } from '../../components/pages/DateInput';

export function StatsTab({ db, context, lang, t }: TabProps) {
  const [to, setTo] = useState(monthOf(context.asOf));
  const [from, setFrom] = useState(addMonths(monthOf(context.asOf), -5));
  const [stats, setStats] = useState<MonthStats[]>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  /** Like the report, the statistics count the office's portals, so a dossier seen on two counts once. */
  const [origins, setOrigins] = useState<string[]>([]);
  const fail = (error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
  const { portals, choose, ticked } = useCountedPortals(db, fail);

  const state = useLatest(
    () => {
      if (!portals || !MONTH_SHAPE.test(from) || !MONTH_SHAPE.test(to) || from > to) return undefined;
      setNotice(undefined);
      return (async () => {
        const months = await monthlyStats(db, from, to, context.asOf, { calendar: context.calendar, origins: countingPortals(portals.choice, portals.use) });
        // The portals offered are those with a late or returned dossier in any month shown.
        return { origins: [...new Set(months.flatMap((m) => m.origins))].sort(), months };
      })();
    },
    (next) => {
      setOrigins(next.origins);
      setStats(next.months);
    },
    fail,
    [from, to, portals],
  );

  const units = stats ? unitTotals(stats) : [];
  const late = t('stats.late');
  const sentBack = t('stats.sentBack');
  return (
    <Section id="stats" title={t('tab.stats')} intro={t('stats.intro')}>
      <div class="control-row">
        <Field id="stats-from" label={t('stats.from')}>
          {(control) => <DateInput {...control} kind="month" value={from} onValue={setFrom} />}
        </Field>
        <Field id="stats-to" label={t('stats.to')}>
          {(control) => <DateInput {...control} kind="month" value={to} onValue={setTo} />}
        </Field>
      </div>
      <PortalsField id="stats-portals" t={t} origins={origins} counted={ticked(origins)} onChoose={(origin, on) => void choose(origin, on).catch(fail)} />
      <Notice message={notice} />
      {stats && (
        <div class="stats-view" data-state={state} aria-busy={state === 'loading'}>
          <h3>{t('stats.byMonth')}</h3>
          <BarChart
            title={t('stats.byMonth')}
            labels={stats.map((s) => `${s.month.slice(5)}/${s.month.slice(0, 4)}`)}
            series={[
              { name: late, className: 'bar-late', values: stats.map((s) => s.late) },
              { name: sentBack, className: 'bar-returned', values: stats.map((s) => s.sentBack) },
            ]}
          />
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('stats.month')}</th>
                <th scope="col">{late}</th>
                <th scope="col">{sentBack}</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((s) => (
                <tr key={s.month}>
                  <th scope="row">{s.month}</th>
                  <td>{s.late}</td>
                  <td>{s.sentBack}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('stats.byUnit')}</h3>
          {units.length === 0 ? (
            <p>{t('report.noRows')}</p>
          ) : (
            <>
              <BarChart
                title={t('stats.byUnit')}
                labels={units.map((u) => String(u.index))}
                series={[
                  { name: late, className: 'bar-late', values: units.map((u) => u.late) },
                  { name: sentBack, className: 'bar-returned', values: units.map((u) => u.sentBack) },
                ]}
              />
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('report.unit')}</th>
                    <th scope="col">{late}</th>
                    <th scope="col">{sentBack}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => (
                    <tr key={u.unit}>
                      <td>{u.index}</td>
                      <th scope="row">{u.unit || t('stats.noUnit')}</th>
                      <td>{u.late}</td>
                      <td>{u.sentBack}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </Section>
  );
}
