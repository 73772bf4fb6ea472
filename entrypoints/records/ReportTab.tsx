import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowFacts, totalsByUnit } from '../../lib/documents';
import {
  RETURN_LIKE_STATUSES,
  countedPortals,
  documentsFor,
  getDraft,
  listDrafts,
  periodTotals,
  proposeReportRows,
  saveDraft,
  totalsOrigins,
  type DraftRecord,
  type HistoryDB,
  type PortalChoice,
  type PortalUse,
  type ReportPeriod,
  type ReportRow,
  type SeenTotals,
} from '../../lib/history';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { noScheduleNotices, yearsWithoutSchedule } from '../../lib/calendar';
import { Field } from '../../components/pages/Field';
import { PortalsField } from './PortalsField';
import { useCountedPortals } from './counted-portals';
import { useLatest } from './use-latest';
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
  returnedStatuses,
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

/** Rows with what the dossier's documents already say: the apology sent, the reason written. */
async function withDocumentFacts(db: HistoryDB, rows: ReportRow[]): Promise<ReportRow[]> {
  return Promise.all(
    rows.map(async (row) => {
      const documents = (await Promise.all([row.code, ...(row.aliases ?? [])].map((code) => documentsFor(db, code)))).flat();
      const facts = rowFacts(documents);
      const reason = row.reason ?? facts.reason;
      return {
        ...row,
        ...(reason === undefined ? {} : { reason }),
        ...(row.kind === 'late' && facts.apology !== undefined ? { apology: facts.apology } : {}),
      };
    }),
  );
}

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
    () => (period && portals ? proposeDraft(period, portals.choice, portals.use) : undefined),
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

  /** The period's draft over the counted portals: the officer's edits kept, the rows proposed again. */
  async function proposeDraft(period: ReportPeriod, choice: PortalChoice, use: PortalUse) {
    const id = draftIdFor(period);
    const [held, drafts] = await Promise.all([getDraft(db, id), listDrafts(db)]);
    const previous = drafts.find((d) => d.id !== id && d.id.startsWith('monthly-report:'));
    const stored = returnedStatuses(mergeDraft(held, period, { sentBack: [], late: [] }, context.asOf, previous).edits);
    const statuses = statusChoice === undefined ? stored : RETURN_LIKE_STATUSES.filter((s) => statusChoice.split(',').includes(s));
    const options = { calendar: context.calendar, returnedStatuses: statuses };
    // Every portal of the period is offered (one with only dossiers on time too); only the counted
    // ones give rows and totals.
    const [every, seenOn] = await Promise.all([proposeReportRows(db, period, context.asOf, options), totalsOrigins(db, period, context.asOf)]);
    const origins = [...new Set([...every.origins, ...seenOn])].sort();
    const counted = countedPortals(origins, choice, use);
    const [proposal, seen] = await Promise.all([
      proposeReportRows(db, period, context.asOf, { ...options, origins: counted }),
      periodTotals(db, period, context.asOf, counted),
    ]);
    const rows = { sentBack: await withDocumentFacts(db, proposal.sentBack), late: await withDocumentFacts(db, proposal.late) };
    return { origins, counted, seen, draft: mergeDraft(held, period, rows, vietnamLocalTime(), previous) };
  }

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
        </div>
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
                {kind === 'late' && <th scope="col">{t('report.date')}</th>}
                <th scope="col">{t(kind === 'returned' ? 'report.sentBackBy' : 'report.daysLate')}</th>
                {kind === 'late' && <th scope="col">{t('report.apology')}</th>}
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
                <tr key={r.key} class={r.excluded ? 'excluded' : undefined} data-code={r.row.code} data-origin={r.row.origin}>
                  <td class="code">
                    {r.row.code}
                    <span class="origin">{t('report.origin', { origin: r.row.origin })}</span>
                  </td>
                  <td>{r.row.applicant}</td>
                  {kind === 'returned' ? <DateCell r={r} t={t} edit={edit} /> : <td>{shortTime(r.row.dueAt)}</td>}
                  {kind === 'late' && (r.row.stillOpen ? <td>{t('report.stillOpen', { days: r.row.daysLate ?? 0 })}</td> : <DateCell r={r} t={t} edit={edit} />)}
                  <td>{kind === 'returned' ? r.row.agency : r.row.daysLate}</td>
                  {kind === 'late' && <td>{r.row.apology ?? t('report.noApology')}</td>}
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
                    <textarea
                      rows={1}
                      aria-label={t('report.responsibleFor', { code: r.row.code })}
                      value={r.responsiblePerson}
                      onInput={(e) => edit(r.key, 'responsiblePerson', e.currentTarget.value)}
                    />
                    <textarea
                      rows={1}
                      aria-label={t('report.remedyFor', { code: r.row.code })}
                      value={r.remedy}
                      onInput={(e) => edit(r.key, 'remedy', e.currentTarget.value)}
                    />
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

/** The row's date: the portal's, the officer's correction, or "chưa rõ (thấy lúc …)" until corrected. */
function DateCell({ r, t, edit }: { r: EditedRow; t: TabProps['t']; edit: RowsTableProps['edit'] }) {
  const seenAt = r.row.kind === 'returned' ? r.row.sentBackAt : r.row.completedAt;
  const invalid = r.dateText.trim() !== '' && r.dateSeenOnly;
  return (
    <td>
      <span class="report-date">{r.date ? shortTime(r.date) : t('report.dateSeen', { time: shortTime(seenAt) })}</span>
      <input
        aria-label={t('report.dateFor', { code: r.row.code })}
        aria-invalid={invalid ? 'true' : undefined}
        placeholder="dd/mm/yyyy hh:mm"
        value={r.dateText}
        onInput={(e) => edit(r.key, 'date', e.currentTarget.value)}
      />
      {invalid && <span class="field-error">{t('report.dateInvalid')}</span>}
    </td>
  );
}

/** The period's totals in the shape of Biểu II.06a, over the dossiers this browser saw. */
function SeenTable({ seen, t }: { seen: SeenTotals; t: TabProps['t'] }) {
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
