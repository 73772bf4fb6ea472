import { useState } from 'preact/hooks';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { errorLines } from '../../lib/documents/page/error-lines';
import { addMonths, monthOf } from '../../lib/time/strings';
import type { TabProps } from './context';
import { downloadWorkbook, EXCEL_LISTS, excelSheets, type ExcelList } from './excel-export';
import { DateInput } from '../../components/pages/DateInput';

/** The history's lists as Excel files: one button a list, months where a list needs them. */
export function ExportTab({ db, context, lang, t }: TabProps) {
  const [month, setMonth] = useState(monthOf(context.asOf));
  const [from, setFrom] = useState(addMonths(monthOf(context.asOf), -5));
  const [to, setTo] = useState(monthOf(context.asOf));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeProps['message']>();

  const run = async (list: ExcelList) => {
    setBusy(true);
    setNotice({ tone: 'info', text: t('export.working') });
    try {
      const request = list === 'report' ? { list, from: month, to: month } : { list, from, to };
      const { sheets, fileName, rows } = await excelSheets(db, context, request);
      await downloadWorkbook(sheets, fileName, context.asOf);
      setNotice({ tone: 'success', text: t('export.done', { file: fileName, rows }) });
    } catch (error) {
      console.error('Excel export failed:', error);
      setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
    } finally {
      setBusy(false);
    }
  };

  const button = (list: ExcelList) => (
    <button type="button" class="button-primary" disabled={busy} onClick={() => void run(list)}>
      {t('export.download', { list: t(`export.list.${list}`) })}
    </button>
  );

  return (
    <Section id="export" title={t('tab.export')} intro={t('export.intro')}>
      <ul class="export-lists">
        {EXCEL_LISTS.filter((l) => l !== 'report' && l !== 'stats').map((list) => (
          <li key={list}>{button(list)}</li>
        ))}
        <li class="control-row">
          <Field id="export-month" label={t('export.month')}>
            {(control) => <DateInput {...control} kind="month" value={month} onValue={setMonth} />}
          </Field>
          {button('report')}
        </li>
        <li class="control-row">
          <Field id="export-from" label={t('stats.from')}>
            {(control) => <DateInput {...control} kind="month" value={from} onValue={setFrom} />}
          </Field>
          <Field id="export-to" label={t('stats.to')}>
            {(control) => <DateInput {...control} kind="month" value={to} onValue={setTo} />}
          </Field>
          {button('stats')}
        </li>
      </ul>
      <Notice message={notice} />
    </Section>
  );
}
