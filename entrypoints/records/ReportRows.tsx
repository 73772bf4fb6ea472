import { shortTime } from '../../lib/time/display';
import type { EditedRow } from '../../lib/documents/page/report-draft';
import type { TabProps } from './context';

export interface RowsTableProps {
  kind: 'returned' | 'late';
  rows: EditedRow[];
  t: TabProps['t'];
  busy: boolean;
  edit(rowKey: string, field: string, value: string, proposed?: string): void;
  explain(row: EditedRow): Promise<void>;
}

/** The returned or the late rows of the draft, each editable and with its explanation. */
export function RowsTable({ kind, rows, t, busy, edit, explain }: RowsTableProps) {
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
