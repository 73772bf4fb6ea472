import { useEffect, useState } from 'preact/hooks';
import {
  documentsFor,
  DOSSIER_OUTCOMES,
  searchHistory,
  type DocumentRecord,
  type HistoryHit,
  type HistoryQuery,
  type DossierOutcome,
  type MonthOf,
} from '../../lib/history';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import { Section } from '../../components/pages/Section';
import { DOCX_TYPE, downloadBytes } from '../../lib/documents/page/download';
import { errorLines } from '../../lib/documents/page/error-lines';
import { shortTime } from '../../lib/time/display';
import { standingWord } from '../../lib/i18n/standings';
import { MONTH_SHAPE } from '../../lib/time/shapes';
import { isTemplateKind, renderKind } from '../../lib/documents/kinds';
import { templateFor } from '../../lib/documents/templates/current';
import type { TabProps } from './context';
import { DOSSIER_COLUMNS, shownCell } from '../../lib/export/columns';
import { DataTable } from '../../components/pages/DataTable';
import { DateInput } from '../../components/pages/DateInput';

interface Filters {
  text: string;
  standing: '' | DossierOutcome;
  unit: string;
  month: string;
  monthOf: MonthOf;
}

/** The found dossiers' own columns; the code's cell also names its portal, so it is drawn apart. */
const HIT_COLUMNS = Object.values(DOSSIER_COLUMNS);

const EMPTY: Filters = { text: '', standing: '', unit: '', month: '', monthOf: 'received' };

function queryOf(filters: Filters, asOf: string): HistoryQuery {
  return {
    asOf,
    ...(filters.text.trim() === '' ? {} : { text: filters.text }),
    ...(filters.standing === '' ? {} : { standing: filters.standing }),
    ...(filters.unit.trim() === '' ? {} : { unit: filters.unit.trim() }),
    ...(MONTH_SHAPE.test(filters.month) ? { month: { of: filters.monthOf, month: filters.month } } : {}),
  };
}

export function DossiersTab({ db, context, lang, t }: TabProps) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [hits, setHits] = useState<HistoryHit[]>();
  const [open, setOpen] = useState<string>();
  const [notice, setNotice] = useState<NoticeProps['message']>();

  const search = async (next: Filters) => {
    try {
      setHits(await searchHistory(db, queryOf(next, context.asOf)));
    } catch (error) {
      setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
    }
  };
  useEffect(() => void search(EMPTY), []);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((prev) => ({ ...prev, [key]: value }));

  return (
    <Section id="dossiers" title={t('tab.dossiers')} intro={t('dossiers.intro')}>
      <form
        class="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search(filters);
        }}
      >
        <Field id="filter-text" label={t('dossiers.text')} help={t('dossiers.textHelp')}>
          {(control) => <input {...control} type="search" class="input-text" value={filters.text} onInput={(e) => set('text', e.currentTarget.value)} />}
        </Field>
        <Field id="filter-standing" label={t('dossiers.standing')}>
          {(control) => (
            <select {...control} value={filters.standing} onChange={(e) => set('standing', e.currentTarget.value as Filters['standing'])}>
              <option value="">{t('dossiers.any')}</option>
              {DOSSIER_OUTCOMES.map((s) => (
                <option key={s} value={s}>
                  {standingWord(lang, s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="filter-unit" label={t('dossiers.unit')}>
          {(control) => <input {...control} class="input-text" value={filters.unit} onInput={(e) => set('unit', e.currentTarget.value)} />}
        </Field>
        <Field id="filter-month" label={t('dossiers.month')}>
          {(control) => (
            <div class="control-row">
              <select aria-label={t('dossiers.monthOf')} value={filters.monthOf} onChange={(e) => set('monthOf', e.currentTarget.value as MonthOf)}>
                <option value="received">{t('dossiers.monthOf.received')}</option>
                <option value="due">{t('dossiers.monthOf.due')}</option>
                <option value="returned">{t('dossiers.monthOf.returned')}</option>
              </select>
              <DateInput {...control} kind="month" value={filters.month} onValue={(value) => set('month', value)} />
            </div>
          )}
        </Field>
        <p class="control-row">
          <button type="submit" class="button-primary">
            {t('dossiers.search')}
          </button>
          <button
            type="button"
            class="button-quiet"
            onClick={() => {
              setFilters(EMPTY);
              void search(EMPTY);
            }}
          >
            {t('dossiers.clear')}
          </button>
        </p>
      </form>
      <Notice message={notice} />
      {hits && (
        <>
          <p role="status">{t('dossiers.count', { count: hits.length })}</p>
          <DataTable
            columns={HIT_COLUMNS}
            t={t}
            heads={
              <>
                <th scope="col">{t('dossiers.standing')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('dossiers.details')}</span>
                </th>
              </>
            }
          >
            {hits.map(({ dossier, standing }) => {
              const id = `${dossier.origin} ${dossier.code}`;
              const s = dossier.snapshot;
              return [
                <tr key={id} class={`standing-${standing}`}>
                  {HIT_COLUMNS.map((column) =>
                    column === DOSSIER_COLUMNS.code ? (
                      <td key={column.label} class="code">
                        {dossier.code}
                        <span class="origin">{t('report.origin', { origin: dossier.origin })}</span>
                      </td>
                    ) : (
                      <td key={column.label}>{shownCell(column, s)}</td>
                    ),
                  )}
                  <td>{standingWord(lang, standing)}</td>
                  <td>
                    <button type="button" aria-expanded={open === id} onClick={() => setOpen(open === id ? undefined : id)}>
                      {t('dossiers.details')}
                    </button>
                  </td>
                </tr>,
                open === id && (
                  <tr key={`${id}-details`} class="details-row">
                    <td colSpan={HIT_COLUMNS.length + 2}>
                      <DossierDetails hit={{ dossier, standing }} db={db} context={context} lang={lang} t={t} />
                    </td>
                  </tr>
                ),
              ];
            })}
          </DataTable>
        </>
      )}
    </Section>
  );
}

function DossierDetails({ hit, db, lang, t }: TabProps & { hit: HistoryHit }) {
  const [documents, setDocuments] = useState<DocumentRecord[]>();
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const { dossier } = hit;

  const load = async () => setDocuments(await documentsFor(db, dossier.code));
  useEffect(() => void load().catch((error: unknown) => setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') })), [dossier.code]);

  const again = async (doc: DocumentRecord) => {
    try {
      if (!isTemplateKind(doc.kind) || doc.data === undefined) throw new Error(t('documents.cannotRerender'));
      const template = await templateFor(doc.kind, doc.template);
      const bytes = renderKind(doc.kind, doc.data, template.bytes);
      downloadBytes(bytes, doc.fileName ?? `${doc.kind}.docx`, DOCX_TYPE);
      setNotice(template.same ? { tone: 'success', text: t('documents.rerendered') } : { tone: 'warning', text: t('documents.templateChanged') });
    } catch (error) {
      setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
    }
  };
  const remove = async (doc: DocumentRecord) => {
    if (!confirm(t('documents.confirmDelete', { file: doc.fileName ?? doc.kind }))) return;
    try {
      await db.delete('documents', doc.id);
      await load();
      setNotice({ tone: 'success', text: t('documents.deleted') });
    } catch (error) {
      setNotice({ tone: 'error', text: errorLines(error, lang).join(' ') });
    }
  };

  return (
    <div class="dossier-details">
      <h3>{t('dossiers.events')}</h3>
      {dossier.events.length === 0 ? (
        <p>{t('dossiers.noEvents')}</p>
      ) : (
        <ul>
          {dossier.events.map((event, i) => (
            <li key={i}>
              {shortTime(event.at)}: {t(`dstatus.${event.status}`)}
              {event.reason ? ` (${event.reason})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('dossiers.documents')}</h3>
      {documents && documents.length === 0 && <p>{t('dossiers.noDocuments')}</p>}
      {documents && documents.length > 0 && (
        <ul class="document-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              <span>
                {isTemplateKind(doc.kind) ? t(`kind.${doc.kind}`) : doc.kind} · {shortTime(doc.createdAt)} · {doc.fileName}
              </span>
              <button type="button" onClick={() => void again(doc)}>
                {t('documents.again')}
              </button>
              <button type="button" class="button-quiet" onClick={() => void remove(doc)}>
                {t('documents.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Notice message={notice} />
    </div>
  );
}
