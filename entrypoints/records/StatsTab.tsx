import { useEffect, useState } from 'preact/hooks';
import { monthlyStats, type MonthStats } from '../../lib/history';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { BarChart } from '../../components/docs/BarChart';
import { errorLines } from '../../components/docs/errors';
import { monthOfTime } from '../../components/docs/report-period';
import { shiftMonth, unitTotals } from '../../components/docs/stats';
import type { TabProps } from './context';
import { DateInput } from '../../components/pages/DateInput';

export function StatsTab({ db, context, lang, t }: TabProps) {
  const [to, setTo] = useState(monthOfTime(context.asOf));
  const [from, setFrom] = useState(shiftMonth(monthOfTime(context.asOf), -5));
  const [stats, setStats] = useState<MonthStats[]>();
  const [notice, setNotice] = useState<NoticeProps['message']>();

  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(from) || !/^\d{4}-\d{2}$/.test(to) || from > to) return;
    setNotice(undefined);
    monthlyStats(db, from, to, context.asOf, { calendar: context.calendar })
      .then(setStats)
      .catch((error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') }));
  }, [from, to]);

  const units = stats ? unitTotals(stats) : [];
  const late = t('stats.late');
  const returned = t('stats.returned');
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
      <Notice message={notice} />
      {stats && (
        <>
          <h3>{t('stats.byMonth')}</h3>
          <BarChart
            title={t('stats.byMonth')}
            labels={stats.map((s) => `${s.month.slice(5)}/${s.month.slice(0, 4)}`)}
            series={[
              { name: late, className: 'bar-late', values: stats.map((s) => s.late) },
              { name: returned, className: 'bar-returned', values: stats.map((s) => s.returned) },
            ]}
          />
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('stats.month')}</th>
                <th scope="col">{late}</th>
                <th scope="col">{returned}</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((s) => (
                <tr key={s.month}>
                  <th scope="row">{s.month}</th>
                  <td>{s.late}</td>
                  <td>{s.returned}</td>
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
                  { name: returned, className: 'bar-returned', values: units.map((u) => u.returned) },
                ]}
              />
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('report.unit')}</th>
                    <th scope="col">{late}</th>
                    <th scope="col">{returned}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => (
                    <tr key={u.unit}>
                      <td>{u.index}</td>
                      <th scope="row">{u.unit || t('stats.noUnit')}</th>
                      <td>{u.late}</td>
                      <td>{u.returned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </Section>
  );
}
