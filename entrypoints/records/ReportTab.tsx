import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { totalsByUnit } from '../../lib/documents';
import { getDraft, proposeReportRows, saveDraft, type DraftRecord, type ReportPeriod } from '../../lib/history';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { agencyProfileFrom } from '../../lib/documents/page/agency';
import { errorLines } from '../../lib/documents/page/error-lines';
import { explanationFileName, reportFileName } from '../../lib/documents/page/file-names';
import { shortTime } from '../../lib/time/display';
import { makeDocument } from '../../lib/documents/page/make-document';
import {
  editedRows,
  editValue,
  explanationInput,
  mergeDraft,
  monthlyReportInput,
  REPORT_KEY,
  setEdit,
  type EditedRow,
  type ReportField,
} from '../../lib/documents/page/report-draft';
import { draftIdFor, periodForMonth } from '../../lib/history/report-period';
import { monthOf } from '../../lib/time/strings';
import type { TabProps } from './context';
import { DateInput } from '../../components/pages/DateInput';

/** Typing saves the draft this long after the last key, so a burst of keys is one write. */
const SAVE_DELAY_MS = 400;

export function ReportTab({ db, context, lang, t }: TabProps) {
  const [month, setMonth] = useState(monthOf(context.asOf));
  const [draft, setDraft] = useState<DraftRecord>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const [busy, setBusy] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const period: ReportPeriod | undefined = useMemo(() => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return undefined;
    return periodForMonth(context.settings.report, month);
  }, [month]);
  const agency = agencyProfileFrom(context.settings.agency);
  const issueDate = context.asOf.slice(0, 10);
  const fail = (error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });

  useEffect(() => {
    if (!period) return;
    setDraft(undefined);
    (async () => {
      const [proposal, held] = await Promise.all([
        proposeReportRows(db, period, context.asOf, { calendar: context.calendar }),
        getDraft(db, draftIdFor(period)),
      ]);
      const merged = mergeDraft(held, period, proposal, vietnamLocalTime());
      setDraft(merged);
      await saveDraft(db, merged);
    })().catch(fail);
  }, [period?.from, period?.to]);

  const edit = (rowKey: string, field: string, value: string, proposed = '') => {
    setDraft((prev) => {
      if (!prev) return prev;
      const next = { ...prev, edits: setEdit(prev.edits, rowKey, field, value, proposed), updatedAt: vietnamLocalTime() };
      clearTimeout(pending.current);
      pending.current = setTimeout(() => void saveDraft(db, next).catch(fail), SAVE_DELAY_MS);
      return next;
    });
  };

  const rows = draft ? editedRows(draft) : [];
  const report = draft && period ? monthlyReportInput(draft, period, agency, issueDate) : undefined;
  const totals = report ? totalsByUnit({ returned: report.returned, late: report.late }) : [];
  const addressee = draft ? editValue(draft.edits, REPORT_KEY, 'addressee') : undefined;

  // A document is made from the draft as it stands: store it first, not 400 ms later.
  const flushDraft = async () => {
    clearTimeout(pending.current);
    if (draft) await saveDraft(db, draft);
  };
  useEffect(() => {
    const onHide = () => void flushDraft().catch(fail);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  });

  const make = async (task: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await flushDraft();
      await task();
      setNotice({ tone: 'success', text: done });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const makeReport = () =>
    make(async () => {
      if (!report) return;
      await makeDocument(db, {
        kind: 'monthly-report',
        data: report,
        codes: [...new Set(rows.filter((r) => !r.excluded).map((r) => r.row.code))],
        fileName: reportFileName(month),
        createdAt: vietnamLocalTime(),
      });
    }, t('report.made', { file: reportFileName(month) }));
  const makeExplanation = (row: EditedRow) =>
    make(async () => {
      await makeDocument(db, {
        kind: 'explanation',
        data: explanationInput(row, agency, issueDate, addressee),
        codes: [row.row.code],
        origin: row.row.origin,
        fileName: explanationFileName(row.row.code),
        createdAt: vietnamLocalTime(),
      });
    }, t('report.made', { file: explanationFileName(row.row.code) }));

  const reportField = (field: ReportField, label: string, multiline = false) => (
    <Field id={`report-${field}`} label={label}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={3} value={draft ? (editValue(draft.edits, REPORT_KEY, field) ?? '') : ''} onInput={(e) => edit(REPORT_KEY, field, e.currentTarget.value)} />
        ) : (
          <input {...control} class="input-text" value={draft ? (editValue(draft.edits, REPORT_KEY, field) ?? '') : ''} onInput={(e) => edit(REPORT_KEY, field, e.currentTarget.value)} />
        )
      }
    </Field>
  );

  return (
    <Section id="report" title={t('tab.report')} intro={t('report.intro')}>
      <Field
        id="report-month"
        label={t('report.month')}
        help={period ? t('report.period', { from: shortTime(period.from), to: shortTime(period.to), label: period.label }) : t('report.pickMonth')}
      >
        {(control) => <DateInput {...control} kind="month" value={month} onValue={setMonth} />}
      </Field>
      {!draft && period && <p>{t('page.loading')}</p>}
      {draft && (
        <>
          {reportField('addressee', t('report.addressee'))}
          {reportField('number', t('report.number'))}
          {reportField('remarks', t('report.remarks'), true)}
          <RowsTable kind="returned" rows={rows} t={t} edit={edit} explain={makeExplanation} busy={busy} />
          <RowsTable kind="late" rows={rows} t={t} edit={edit} explain={makeExplanation} busy={busy} />
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
          <div class="save-bar">
            <button type="button" class="button-primary" disabled={busy} onClick={() => void makeReport()}>
              {t('report.make')}
            </button>
            <span class="field-help">{t('report.draftSaved')}</span>
            <Notice message={notice} />
          </div>
        </>
      )}
      {!draft && <Notice message={notice} />}
    </Section>
  );
}

interface RowsTableProps {
  kind: 'returned' | 'late';
  rows: EditedRow[];
  t: TabProps['t'];
  busy: boolean;
  edit(rowKey: string, field: string, value: string, proposed?: string): void;
  explain(row: EditedRow): Promise<void>;
}

function RowsTable({ kind, rows, t, busy, edit, explain }: RowsTableProps) {
  const mine = rows.filter((r) => r.row.kind === kind);
  return (
    <>
      <h3>{t(kind === 'returned' ? 'report.sentBack' : 'report.late', { count: mine.length })}</h3>
      {mine.length === 0 ? (
        <p>{t('report.noRows')}</p>
      ) : (
        <div class="table-wrap">
          <table class={`data report-rows report-${kind}`}>
            <thead>
              <tr>
                <th scope="col">{t('fact.dossierCode')}</th>
                <th scope="col">{t('fact.applicant')}</th>
                <th scope="col">{t(kind === 'returned' ? 'report.sentBackAt' : 'fact.dueAt')}</th>
                <th scope="col">{t(kind === 'returned' ? 'report.sentBackBy' : 'report.daysLate')}</th>
                <th scope="col">{t('report.reason')}</th>
                <th scope="col">{t('report.unit')}</th>
                <th scope="col">{t('report.include')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('report.explain')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mine.map((r) => (
                <tr key={r.key} class={r.excluded ? 'excluded' : undefined} data-code={r.row.code}>
                  <td class="code">{r.row.code}</td>
                  <td>{r.row.applicant}</td>
                  <td>{shortTime(kind === 'returned' ? r.row.sentBackAt : r.row.dueAt)}</td>
                  <td>{kind === 'returned' ? r.row.agency : r.row.stillOpen ? t('report.stillOpen', { days: r.row.daysLate ?? 0 }) : r.row.daysLate}</td>
                  <td>
                    <textarea
                      rows={2}
                      aria-label={t('report.reasonFor', { code: r.row.code })}
                      value={r.reason}
                      onInput={(e) => edit(r.key, 'reason', e.currentTarget.value, r.row.reason ?? '')}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('report.unitFor', { code: r.row.code })}
                      value={r.unit}
                      onInput={(e) => edit(r.key, 'unit', e.currentTarget.value, r.row.agency ?? '')}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('report.includeFor', { code: r.row.code })}
                      checked={!r.excluded}
                      onChange={(e) => edit(r.key, 'excluded', e.currentTarget.checked ? '' : 'yes')}
                    />
                  </td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => void explain(r)}>
                      {t('report.explain')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
