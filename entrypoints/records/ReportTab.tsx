import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { totalsByUnit } from '../../lib/documents';
import { RETURN_LIKE_STATUSES, saveDraft, type DraftRecord, type ReportPeriod, type SeenTotals } from '../../lib/history';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { noScheduleNotices, yearsWithoutSchedule } from '../../lib/calendar';
import { Field } from '../../components/pages/Field';
import { DateInput } from '../../components/pages/DateInput';
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
  monthlyReportInput,
  REPORT_KEY,
  returnedStatuses,
  setEdit,
  type EditedRow,
  type ReportField,
} from '../../lib/documents/page/report-draft';
import { periodForMonth } from '../../lib/history/report-period';
import { monthOf } from '../../lib/time/strings';
import type { TabProps } from './context';
import { PortalsField } from './PortalsField';
import { useCountedPortals } from './counted-portals';
import { useLatest } from './use-latest';
import { proposeDraft } from './report-proposal';
import { RowsTable } from './ReportRows';
import { SeenTable, UnitTotals } from './ReportTotals';

/** Typing saves the draft this long after the last key, so a burst of keys is one write. */
const SAVE_DELAY_MS = 400;

export function ReportTab({ db, context, lang, t }: TabProps) {
  const [month, setMonth] = useState(monthOf(context.asOf));
  const [draft, setDraft] = useState<DraftRecord>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const [busy, setBusy] = useState(false);
  const [seen, setSeen] = useState<SeenTotals>();
  /** The office's latest choice of "trả lại" statuses, once changed here: the rows are proposed again. */
  const [statusChoice, setStatusChoice] = useState<string>();
  /** True while a change of those statuses is stored, before the rows are proposed again. */
  const [savingStatuses, setSavingStatuses] = useState(false);
  /** The portals with dossiers in the period, and those the report counts (lib/history/portals.ts). */
  const [origins, setOrigins] = useState<string[]>([]);
  const [counted, setCounted] = useState<string[]>([]);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const period: ReportPeriod | undefined = useMemo(() => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return undefined;
    return periodForMonth(context.settings.report, month);
  }, [month]);
  const agency = agencyProfileFrom(context.settings.agency);
  const issueDate = context.asOf.slice(0, 10);
  const fail = (error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
  const { portals, choose, ticked } = useCountedPortals(db, fail);

  const state = useLatest(
    () => (period && portals ? proposeDraft(db, context, period, statusChoice, portals) : undefined),
    async (next) => {
      setOrigins(next.origins);
      setCounted(next.counted);
      setSeen(next.seen);
      setDraft(next.draft);
      await saveDraft(db, next.draft);
    },
    fail,
    [period?.from, period?.to, statusChoice, portals],
  );

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
  const report = draft && period ? monthlyReportInput(draft, period, agency, issueDate, { ...(seen ? { seen } : {}), asOf: context.asOf, calendar: context.calendar, portals: counted }) : undefined;
  const chosenStatuses = draft ? returnedStatuses(draft.edits) : [];
  const toggleStatus = (status: string, on: boolean) => {
    if (!draft) return;
    const next = RETURN_LIKE_STATUSES.filter((s) => (s === status ? on : chosenStatuses.includes(s))).join(',');
    const updated = { ...draft, edits: setEdit(draft.edits, REPORT_KEY, 'returnedStatuses', next, 'refused'), updatedAt: vietnamLocalTime() };
    clearTimeout(pending.current);
    setDraft(updated);
    setSavingStatuses(true);
    // Stored before the rows are proposed again, so the new proposal keeps every edit.
    saveDraft(db, updated).then(
      () => {
        setStatusChoice(next);
        setSavingStatuses(false);
      },
      (error: unknown) => {
        setSavingStatuses(false);
        fail(error);
      },
    );
  };
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
      {period &&
        // Days late are counted in working days: say when a year of the period or of a late row's
        // appointment runs without its official schedule (docs/rules.md §3).
        noScheduleNotices(
          yearsWithoutSchedule([period.from, period.to, ...rows.map((r) => r.row.dueAt)], context.calendar),
          lang,
        ).map((line) => (
          <p key={line} class="notice notice-warning">
            {line}
          </p>
        ))}
      {!draft && period && <p>{t('page.loading')}</p>}
      {draft && (
        // `data-state` says when the rows on screen are those of the month and portals chosen.
        <div class="report-view" data-state={savingStatuses ? 'loading' : state} aria-busy={state === 'loading' || savingStatuses}>
          <PortalsField id="report-portals" t={t} origins={origins} counted={ticked(origins)} onChoose={(origin, on) => void choose(origin, on).catch(fail)} />
          {report?.dataUntil && <p class="field-help">{t('report.partial', { day: shortTime(report.dataUntil) })}</p>}
          {reportField('addressee', t('report.addressee'))}
          {reportField('recipients', t('report.recipients'), true)}
          {reportField('number', t('report.number'))}
          {reportField('remarks', t('report.remarks'), true)}
          <fieldset class="report-statuses">
            <legend>{t('report.returnedStatuses')}</legend>
            {RETURN_LIKE_STATUSES.map((status) => (
              <label key={status}>
                <input type="checkbox" checked={chosenStatuses.includes(status)} onChange={(e) => toggleStatus(status, e.currentTarget.checked)} />{' '}
                {t(`report.status.${status}`)}
              </label>
            ))}
          </fieldset>
          {seen && <SeenTable seen={seen} t={t} />}
          <RowsTable kind="returned" rows={rows} t={t} edit={edit} explain={makeExplanation} busy={busy} />
          <RowsTable kind="late" rows={rows} t={t} edit={edit} explain={makeExplanation} busy={busy} />
          <UnitTotals totals={totals} t={t} />
          <div class="save-bar">
            <button type="button" class="button-primary" disabled={busy} onClick={() => void makeReport()}>
              {t('report.make')}
            </button>
            <span class="field-help">{t('report.draftSaved')}</span>
            <Notice message={notice} />
          </div>
        </div>
      )}
      {!draft && <Notice message={notice} />}
    </Section>
  );
}
