import { useEffect, useMemo, useState } from 'preact/hooks';
import { documentsFor, openHistory, type DocumentRecord } from '../../lib/history';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { Field } from '../../components/pages/Field';
import { Section } from '../../components/pages/Section';
import { DocumentPreview, SaveBar } from '../../components/docs/DocumentPageParts';
import { useDocumentForm } from '../../components/docs/use-document-form';
import { applyDocumentLanguage } from '../../components/pages/translator';
import { agencyIsSet, agencyProfileFrom } from '../../components/docs/agency';
import { errorLines } from '../../components/docs/errors';
import { supplementFileName } from '../../components/docs/file-names';
import type { FormIssue } from '../../components/docs/issues';
import { renderedPreview } from '../../components/docs/letter-preview';
import { PrintedPreview } from '../../components/docs/PrintedPreview';
import { loadPageContext, shortTime, type PageContext } from '../../components/docs/page-context';
import { makeDocument } from '../../components/docs/render';
import {
  checkSupplement,
  earlierRequest,
  MAX_MISSING_ITEMS,
  missingItems,
  SUPPLEMENT_FACTS,
  supplementFormFrom,
  supplementInput,
  type SupplementFact,
  type SupplementField,
  type SupplementForm,
} from '../../components/docs/supplement-form';
import { currentTemplate, type ChosenTemplate } from '../../components/docs/templates';
import { docsTranslator } from '../../components/docs/translator';
import { loadLetterRequest, type LetterRequest } from '../letter/request';
import { DateInput } from '../../components/pages/DateInput';
import { watchSettings } from '../../lib/settings/storage';

interface Loaded {
  context: PageContext;
  request?: LetterRequest;
  /** Facts the portal gave: shown as read, not retyped. */
  given: ReadonlySet<SupplementFact>;
  template: ChosenTemplate;
}

const fieldId = (field: string) => `supplement-${field}`;

/** The request already made for the dossier, if any: additions may be asked only once. */
async function loadEarlier(code: string | undefined): Promise<DocumentRecord | undefined> {
  if (!code) return undefined;
  const db = await openHistory();
  try {
    return earlierRequest(await documentsFor(db, code));
  } finally {
    db.close();
  }
}

export function SupplementPage() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [earlier, setEarlier] = useState<DocumentRecord>();
  const { form, setForm, attempted, busy, notice, failure, setFailure, set, errorOf: issueOf, submit } =
    useDocumentForm<SupplementForm>(fieldId);

  const lang = loaded?.context.lang ?? 'vi';
  const t = docsTranslator(lang);

  useEffect(() => {
    (async () => {
      const [context, request, template] = await Promise.all([
        loadPageContext(),
        loadLetterRequest(location.search),
        currentTemplate('supplement-request'),
      ]);
      const initial = supplementFormFrom(request?.dossier, context.asOf);
      const given = new Set(SUPPLEMENT_FACTS.filter((fact) => request !== undefined && initial[fact] !== ''));
      setLoaded({ context, request, given, template });
      setForm(initial);
      setEarlier(await loadEarlier(request?.dossier.code));
    })().catch((error: unknown) => setFailure(errorLines(error, 'vi')));
  }, []);
  useEffect(() => applyDocumentLanguage(lang, t('supplement.title')), [lang]);
  // Settings saved in another tab (the agency, from "Mở Cài đặt") apply here at once; the typed form stays.
  useEffect(() => watchSettings((settings) => setLoaded((prev) => prev && { ...prev, context: { ...prev.context, settings } })), []);

  const agency = useMemo(() => (loaded ? agencyProfileFrom(loaded.context.settings.agency) : undefined), [loaded]);
  const check = useMemo(() => (form && agency ? checkSupplement(form, agency) : undefined), [form, agency]);
  const preview = useMemo(() => {
    if (!form || !agency || !loaded) return undefined;
    try {
      return renderedPreview('supplement-request', supplementInput(form, agency), loaded.template.bytes);
    } catch {
      return undefined; // data the document cannot take yet: the form's own messages say why
    }
  }, [form, agency, loaded]);

  if (!loaded || !form || !check) {
    return (
      <main class="options">
        <h1>{t('supplement.title')}</h1>
        <p>{failure.length > 0 ? failure.join(' ') : t('page.loading')}</p>
      </main>
    );
  }

  const issues: FormIssue[] = check.ok ? [] : check.issues;
  const errorOf = (field: string) => issueOf(check, t, field);
  const text = (field: SupplementField, label: string, help?: string) => (
    <TextInput field={field} form={form} set={set} error={errorOf(field)} label={label} help={help} />
  );

  const download = () =>
    submit(check, t, lang, 'supplement.invalid', async () => {
      const code = form.dossierCode.trim();
      const db = await openHistory();
      try {
        const record = await makeDocument(
          db,
          {
            kind: 'supplement-request',
            data: supplementInput(form, agency!),
            codes: [code],
            ...(loaded.request ? { origin: loaded.request.origin } : {}),
            fileName: supplementFileName(code),
            createdAt: vietnamLocalTime(),
          },
          loaded.template,
        );
        setEarlier(record);
        return t('supplement.saved', { file: record.fileName ?? '' });
      } finally {
        db.close();
      }
    });

  const itemCount = missingItems(form.missing).length;

  return (
    <main class="options docs-page">
      <h1>{t('supplement.title')}</h1>
      {loaded.context.asOfOverridden && <p class="as-of">{t('page.asOf', { asOf: shortTime(loaded.context.asOf) })}</p>}
      <p class="notice notice-info">{t('supplement.once')}</p>
      {earlier && (
        <p class="notice notice-warning">{t('supplement.earlier', { at: shortTime(earlier.createdAt), file: earlier.fileName ?? '' })}</p>
      )}
      {!loaded.request && <p class="notice notice-info">{t('supplement.noRequest')}</p>}
      {!agencyIsSet(loaded.context.settings.agency) && (
        <p class="notice notice-warning">
          {t('supplement.agencyMissing')} <a href="/options.html#agency" target="_blank" rel="noopener">{t('page.openSettings')}</a>
        </p>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <Section id="facts" title={t('supplement.facts')} intro={t('supplement.factsIntro')}>
          {loaded.given.size > 0 && (
            <dl class="facts">
              {SUPPLEMENT_FACTS.filter((fact) => loaded.given.has(fact)).map((fact) => (
                <div key={fact}>
                  <dt>{t(`fact.${fact}`)}</dt>
                  <dd>{fact === 'receivedAt' ? shortTime(form[fact]) : form[fact]}</dd>
                </div>
              ))}
            </dl>
          )}
          {SUPPLEMENT_FACTS.filter((fact) => !loaded.given.has(fact)).map((fact) => (
            <TextInput key={fact} field={fact} form={form} set={set} error={errorOf(fact)} label={t(`fact.${fact}`)} />
          ))}
        </Section>

        <Section id="content" title={t('supplement.content')}>
          <Field
            id={fieldId('missing')}
            label={t('supplement.missing')}
            help={t('supplement.missingHelp', { max: MAX_MISSING_ITEMS })}
            error={errorOf('missing')}
            note={<span aria-live="polite">{t('supplement.missingCount', { count: itemCount })}</span>}
          >
            {(control) => (
              <textarea {...control} rows={6} value={form.missing} onInput={(e) => set('missing', e.currentTarget.value)} />
            )}
          </Field>
          <Field id={fieldId('reason')} label={t('supplement.reason')} help={t('supplement.reasonHelp')} error={errorOf('reason')}>
            {(control) => (
              <textarea {...control} rows={3} value={form.reason} onInput={(e) => set('reason', e.currentTarget.value)} />
            )}
          </Field>
          {text('applicantTitle', t('supplement.applicantTitle'), t('supplement.applicantTitleHelp'))}
          {text('contactName', t('supplement.contactName'), t('supplement.contactNameHelp'))}
          {text('contactPhone', t('supplement.contactPhone'))}
          {text('number', t('supplement.number'), t('supplement.numberHelp'))}
          {text('issueDate', t('supplement.issueDate'))}
        </Section>

        <SaveBar
          label={t('supplement.download')}
          busy={busy}
          notice={notice}
          failure={failure}
          agencyMissing={attempted && issues.some((i) => i.field === 'agency') ? { text: t('supplement.agencyMissing'), link: t('page.openSettings') } : undefined}
        />
      </form>

      <DocumentPreview title={t('supplement.preview')} intro={t('supplement.previewIntro')} empty={t('supplement.noPreview')} lines={preview?.lines} />
      <PrintedPreview bytes={preview?.bytes} t={t} />
    </main>
  );
}

/** Inputs by kind of value: the receipt is a Vietnam local time, the issue date a day. */
const INPUT_TYPES: Partial<Record<SupplementField, 'datetime-local' | 'date'>> = { receivedAt: 'datetime-local', issueDate: 'date' };

interface TextInputProps {
  field: SupplementField;
  form: SupplementForm;
  set(field: SupplementField, value: string): void;
  label: string;
  help?: string;
  error?: string;
}

function TextInput({ field, form, set, label, help, error }: TextInputProps) {
  const type = INPUT_TYPES[field];
  return (
    <Field id={fieldId(field)} label={label} help={help} error={error}>
      {(control) =>
        type ? (
          <DateInput {...control} kind={type === 'date' ? 'date' : 'datetime'} value={form[field]} onValue={(value) => set(field, value)} />
        ) : (
          <input {...control} type="text" class="input-text" value={form[field]} onInput={(e) => set(field, e.currentTarget.value)} />
        )
      }
    </Field>
  );
}
