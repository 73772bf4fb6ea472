import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DocumentRecord } from '../../lib/history';
import { fromDossierDocuments, makeDossierDocument } from '../../lib/documents/page/dossier-documents';
import { Field } from '../../components/pages/Field';
import { Section } from '../../components/pages/Section';
import { DocumentPage, DocumentPageLoading, FactsSection, TextInput } from '../../components/documents/DocumentPage';
import { useDocumentForm } from '../../components/documents/use-document-form';
import { applyDocumentLanguage } from '../../lib/i18n/pages-translator';
import { agencyIsSet, agencyProfileFrom } from '../../lib/documents/page/agency';
import { errorLines } from '../../lib/documents/page/error-lines';
import { supplementFileName } from '../../lib/documents/page/file-names';
import { renderedPreview } from '../../lib/documents/page/preview';
import { watchSettings } from '../../lib/settings/storage';
import { loadPageContext, type PageContext } from '../../lib/documents/page/page-context';
import { shortTime } from '../../lib/time/display';
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
} from '../../lib/documents/page/supplement-form';
import { currentTemplate, type ChosenTemplate } from '../../lib/documents/templates/current';
import { docsTranslator } from '../../lib/i18n/documents-translator';
import { loadDocumentRequest, type DocumentRequest } from '../../lib/documents/page/document-request';

interface Loaded {
  context: PageContext;
  request?: DocumentRequest;
  /** Facts the portal gave: shown as read, not retyped. */
  given: ReadonlySet<SupplementFact>;
  template: ChosenTemplate;
}

const fieldId = (field: string) => `supplement-${field}`;


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
        loadDocumentRequest(location.search),
        currentTemplate('supplement-request'),
      ]);
      const initial = supplementFormFrom(request?.dossier, context.asOf);
      const given = new Set(SUPPLEMENT_FACTS.filter((fact) => request !== undefined && initial[fact] !== ''));
      setLoaded({ context, request, given, template });
      setForm(initial);
      // The request already made for the dossier, if any: additions may be asked only once.
      setEarlier(await fromDossierDocuments(request?.dossier.code, earlierRequest));
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

  if (!loaded || !form || !check) return <DocumentPageLoading t={t} prefix="supplement" failure={failure} />;

  const errorOf = (field: string) => issueOf(check, t, field);
  const text = (field: SupplementField, label: string, help?: string) => (
    <TextInput
      key={field}
      id={fieldId(field)}
      value={form[field]}
      onInput={(value) => set(field, value)}
      label={label}
      help={help}
      error={errorOf(field)}
      type={INPUT_TYPES[field]}
    />
  );

  const download = () =>
    submit(check, t, lang, 'supplement.invalid', async () => {
      const code = form.dossierCode.trim();
      const record = await makeDossierDocument(
        {
          kind: 'supplement-request',
          data: supplementInput(form, agency!),
          code,
          ...(loaded.request ? { origin: loaded.request.origin } : {}),
          fileName: supplementFileName(code),
        },
        loaded.template,
      );
      setEarlier(record);
      return t('supplement.saved', { file: record.fileName ?? '' });
    });

  const itemCount = missingItems(form.missing).length;

  return (
    <DocumentPage
      t={t}
      prefix="supplement"
      context={loaded.context}
      hasRequest={loaded.request !== undefined}
      agencySet={agencyIsSet(loaded.context.settings.agency)}
      notices={
        <>
          <p class="notice notice-info">{t('supplement.once')}</p>
          {earlier && (
            <p class="notice notice-warning">{t('supplement.earlier', { at: shortTime(earlier.createdAt), file: earlier.fileName ?? '' })}</p>
          )}
        </>
      }
      state={{ busy, notice, failure, attempted }}
      check={check}
      onSubmit={() => void download()}
      preview={preview?.lines}
      printed={preview?.bytes}
    >
      <FactsSection
        t={t}
        prefix="supplement"
        facts={SUPPLEMENT_FACTS}
        given={loaded.given}
        shown={(fact) => (fact === 'receivedAt' ? shortTime(form[fact]) : form[fact])}
        input={(fact) => text(fact, t(`fact.${fact}`))}
      />

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
        {text('guideName', t('supplement.guideName'), t('supplement.guideNameHelp'))}
        {text('number', t('supplement.number'), t('supplement.numberHelp'))}
        {text('issueDate', t('supplement.issueDate'))}
      </Section>
    </DocumentPage>
  );
}

/** Inputs by kind of value: the receipt is a Vietnam local time, the issue date a day. */
const INPUT_TYPES: Partial<Record<SupplementField, 'datetime-local' | 'date'>> = { receivedAt: 'datetime-local', issueDate: 'date' };
