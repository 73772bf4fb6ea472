import { useEffect, useState } from 'preact/hooks';
import { GRANULARITIES, type Granularity, type OnTimeRow, type PeriodRates } from '../../lib/quality/on-time-rate';
import { onTimeSheet } from '../../lib/export/lists';
import { ON_TIME_COLUMNS } from '../../lib/export/columns';
import { DataTable } from '../../components/pages/DataTable';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { BarChart } from '../../components/documents/BarChart';
import { errorLines } from '../../lib/documents/page/error-lines';
import { shortTime } from '../../lib/time/display';
import { addMonths, monthOf } from '../../lib/time/strings';
import type { TabProps } from './context';
import { downloadWorkbook, loadOnTimeRates } from './excel-export';
import { DateInput } from '../../components/pages/DateInput';

const counted = (r: OnTimeRow) => r.early + r.onTime + r.openInTime + r.late + r.openLate;

/** The QĐ 766 on-time rate per month, quarter or year and per unit, with its chart and Excel export. */
export function QualityTab({ db, context, lang, t }: TabProps) {
  const [granularity, setGranularity] = useState<Granularity>('month');
  const [from, setFrom] = useState(addMonths(monthOf(context.asOf), -5));
  const [to, setTo] = useState(monthOf(context.asOf));
  const [rates, setRates] = useState<PeriodRates[]>();
  const [seen, setSeen] = useState(0);
  const [notice, setNotice] = useState<NoticeProps['message']>();

  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(from) || !/^\d{4}-\d{2}$/.test(to) || from > to) return;
    setNotice(undefined);
    Promise.all([loadOnTimeRates(db, granularity, from, to, context.asOf), db.count('dossiers')])
      .then(([next, count]) => {
        setRates(next);
        setSeen(count);
      })
      .catch((error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') }));
  }, [granularity, from, to]);

  const percent = (rate: number | undefined) =>
    rate === undefined ? t('quality.noRate') : `${(rate * 100).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} %`;
  const exportRates = async () => {
    if (!rates) return;
    try {
      await downloadWorkbook([onTimeSheet(rates, context.asOf)], `Ty-le-dung-han_${from}_${to}.xlsx`, context.asOf);
    } catch (error) {
      console.error('on-time rate export failed:', error);
      setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
    }
  };

  return (
    <Section id="quality" title={t('tab.quality')} intro={t('quality.intro')}>
      <p class="notice notice-info" data-nhachan-scope="seen-only">
        {t('quality.seenOnly', { count: seen, asOf: shortTime(context.asOf) })}
      </p>
      <div class="control-row">
        <Field id="quality-granularity" label={t('quality.granularity')}>
          {(control) => (
            <select {...control} value={granularity} onChange={(e) => setGranularity(e.currentTarget.value as Granularity)}>
              {GRANULARITIES.map((g) => (
                <option key={g} value={g}>
                  {t(`quality.granularity.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="quality-from" label={t('stats.from')}>
          {(control) => <DateInput {...control} kind="month" value={from} onValue={setFrom} />}
        </Field>
        <Field id="quality-to" label={t('stats.to')}>
          {(control) => <DateInput {...control} kind="month" value={to} onValue={setTo} />}
        </Field>
      </div>
      <Notice message={notice} />
      {rates && (
        <>
          <BarChart
            title={t('quality.chart')}
            labels={rates.map((r) => r.period.label)}
            max={100}
            bar={64}
            series={[{ name: t('quality.rate'), className: 'bar-on-time', values: rates.map((r) => Math.round((r.total.rate ?? 0) * 1000) / 10) }]}
          />
          <p>
            <button type="button" class="button-primary" onClick={() => void exportRates()}>
              {t('quality.export')}
            </button>
          </p>
          <DataTable columns={ON_TIME_COLUMNS} t={t}>
            {rates.flatMap(({ period, total, units }) =>
              [{ ...total, unit: t('quality.all') }, ...units].filter((row, i) => i === 0 || counted(row) > 0).map((row, i) => (
                <tr key={`${period.key}-${i}`} class={i === 0 ? 'row-total' : undefined}>
                  <th scope="row">{i === 0 ? period.label : ''}</th>
                  <td>{row.unit || t('stats.noUnit')}</td>
                  <td>{row.early}</td>
                  <td>{row.onTime}</td>
                  <td>{row.openInTime}</td>
                  <td>{row.late}</td>
                  <td>{row.openLate}</td>
                  <td>{percent(row.rate)}</td>
                </tr>
              )),
            )}
          </DataTable>
        </>
      )}
    </Section>
  );
}
