import { useEffect, useState } from 'preact/hooks';
import { withoutKeys } from '../../lib/history/keys';
import type { StoredDossier } from '../../lib/history';
import { morningSummary, type MorningSummary } from '../../lib/reminder/morning';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { errorLines } from '../../lib/documents/page/error-lines';
import { shortTime } from '../../lib/time/display';
import { DOSSIER_COLUMNS, LAST_SEEN, shownCell, type Column, type DossierFacts } from '../../lib/export/columns';
import { DataTable } from '../../components/pages/DataTable';
import type { TabProps } from './context';

const { code, applicant, procedure, agency, dueAt } = DOSSIER_COLUMNS;
const MORNING_COLUMNS: readonly Column<DossierFacts & { lastSeen: string }>[] = [code, applicant, procedure, agency, dueAt, LAST_SEEN];

/** The moment a morning notification summed up (records.html?morning=…), else the page's as-of time. */
function summaryTime(asOf: string): string {
  const at = new URLSearchParams(location.search).get('morning');
  return at !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at) ? at : asOf;
}

/** The dossiers a morning notification counted, listed: what the officer opens it for. */
export function MorningTab({ db, context, lang, t }: TabProps) {
  const [summary, setSummary] = useState<MorningSummary>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const at = summaryTime(context.asOf);

  useEffect(() => {
    db.getAll('dossiers')
      .then((records) => setSummary(morningSummary(records.map(withoutKeys), at, context.calendar)))
      .catch((error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') }));
  }, [at]);

  const list = (title: string, dossiers: StoredDossier[], kind: string) => (
    <>
      <h3>{title}</h3>
      {dossiers.length === 0 ? (
        <p>{t('morning.none')}</p>
      ) : (
        <DataTable columns={MORNING_COLUMNS} t={t} marker={{ 'data-nhachan-morning': kind }}>
          {dossiers.map((d) => {
            const row = { ...d.snapshot, code: d.code, lastSeen: d.lastSeen };
            return (
              <tr key={`${d.origin} ${d.code}`}>
                {MORNING_COLUMNS.map((column) => (
                  <td key={column.label} class={column === DOSSIER_COLUMNS.code ? 'code' : undefined}>
                    {shownCell(column, row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );

  return (
    <Section id="morning" title={t('tab.morning')} intro={summary ? t('morning.intro', { at: shortTime(at), nextDay: shortTime(summary.nextDay) }) : undefined}>
      <Notice message={notice} />
      {summary && (
        <>
          {list(t('morning.overdue', { count: summary.overdue.length }), summary.overdue, 'overdue')}
          {list(t('morning.today', { count: summary.dueToday.length }), summary.dueToday, 'today')}
          {list(t('morning.next', { count: summary.dueNext.length }), summary.dueNext, 'next')}
        </>
      )}
    </Section>
  );
}
