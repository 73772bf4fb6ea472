import { useEffect, useMemo, useState } from 'preact/hooks';
import { apologyTemplateKind, REGIME_2025_FROM, type TemplateKind } from '../../lib/documents';
import { noScheduleNotices, yearsWithoutSchedule } from '../../lib/calendar';
import { fromDossierDocuments, makeDossierDocument } from '../../lib/documents/page/dossier-documents';
import { Field } from '../../components/pages/Field';
import { Section } from '../../components/pages/Section';
import { DocumentPage, DocumentPageLoading, FactsSection, TextInput, type TextInputProps } from '../../components/documents/DocumentPage';
import { useDocumentForm } from '../../components/documents/use-document-form';
import { applyDocumentLanguage } from '../../lib/i18n/pages-translator';
import { agencyIsSet, agencyProfileFrom } from '../../lib/documents/page/agency';
import { errorLines } from '../../lib/documents/page/error-lines';
import { letterFileName } from '../../lib/documents/page/file-names';
import {
  checkLetter,
  earlierNewAppointment,
  LETTER_FACTS,
  letterFormFrom,
  letterInput,
  letterRegime,
  type LetterFact,
  type LetterField,
  type LetterForm,
  type RegimeChoice,
} from '../../lib/documents/page/letter-form';
import { renderedPreview } from '../../lib/documents/page/preview';
import { watchSettings } from '../../lib/settings/storage';
import { loadPageContext, type PageContext } from '../../lib/documents/page/page-context';
import { shortTime } from '../../lib/time/display';
import { currentTemplate, type ChosenTemplate } from '../../lib/documents/templates/current';
import { docsTranslator } from '../../lib/i18n/documents-translator';
import { loadDocumentRequest, type DocumentRequest } from '../../lib/documents/page/document-request';

interface Loaded {
  context: PageContext;
  request?: DocumentRequest;
  /** Facts the portal gave: shown as read, not retyped. */
  given: ReadonlySet<LetterFact>;
  suggested: string;
  /** The template each regime renders with (an office's own or the default), for the preview. */
  templates: Record<TemplateKind, ChosenTemplate | undefined>;
  /** A letter already made for this dossier with a new appointment: it may be reset only once. */
  earlier?: { at: string; createdAt: string };
}


const TIME_FACTS: ReadonlySet<LetterField> = new Set(['receivedAt', 'dueAt', 'newDueAt']);
const fieldId = (field: string) => `letter-${field}`;

export function LetterPage() {
  const [loaded, setLoaded] = useState<Loaded>();
  const { form, setForm, attempted, busy, notice, failure, setFailure, set, errorOf: issueOf, submit } =
    useDocumentForm<LetterForm>(fieldId);

  const lang = loaded?.context.lang ?? 'vi';
  const t = docsTranslator(lang);

  useEffect(() => {
    (async () => {
      const [context, request, old, current] = await Promise.all([
        loadPageContext(),
        loadDocumentRequest(location.search),
        currentTemplate('apology-letter'),
        currentTemplate('apology-letter-2025'),
      ]);
      const initial = letterFormFrom(request?.dossier, context.asOf, context.calendar, context.settings.thresholds.officeDayEnd);
      const given = new Set(LETTER_FACTS.filter((fact) => request !== undefined && initial[fact] !== ''));
      const templates = { 'apology-letter': old, 'apology-letter-2025': current } as Loaded['templates'];
      const earlier = await fromDossierDocuments(request?.dossier.code, earlierNewAppointment);
      setLoaded({ context, request, given, suggested: initial.newDueAt, templates, ...(earlier ? { earlier } : {}) });
      setForm(initial);
    })().catch((error: unknown) => setFailure(errorLines(error, 'vi')));
  }, []);
  useEffect(() => applyDocumentLanguage(lang, t('letter.title')), [lang]);
  // Settings saved in another tab (the agency, from "Mở Cài đặt") apply here at once; the typed form stays.
  useEffect(() => watchSettings((settings) => setLoaded((prev) => prev && { ...prev, context: { ...prev.context, settings } })), []);

  const agency = useMemo(() => (loaded ? agencyProfileFrom(loaded.context.settings.agency) : undefined), [loaded]);
  const check = useMemo(() => (form && agency ? checkLetter(form, agency) : undefined), [form, agency]);
  const preview = useMemo(() => {
    if (!form || !agency || !loaded) return undefined;
    const kind = apologyTemplateKind(letterRegime(form));
    try {
      return renderedPreview(kind, letterInput(form, agency), loaded.templates[kind]?.bytes);
    } catch {
      return undefined; // data the document cannot take yet: the form's own messages say why
    }
  }, [form, agency, loaded]);

  if (!loaded || !form || !check) return <DocumentPageLoading t={t} prefix="letter" failure={failure} />;

  const regimeDate = shortTime(form.issueDate) || shortTime(loaded.context.asOf.slice(0, 10));
  const regimeWhy =
    form.regime === 'auto'
      ? t('letter.regimeWhy.auto', { date: regimeDate, from: shortTime(REGIME_2025_FROM) })
      : t('letter.regimeWhy.override');
  // The suggested or chosen appointment falls in a year whose official schedule Nhắc Hạn lacks.
  const scheduleNotes = noScheduleNotices(yearsWithoutSchedule([form.newDueAt, loaded.suggested], loaded.context.calendar), lang);
  const errorOf = (field: string) => issueOf(check, t, field);
  const input = (field: LetterField, label: string, extra: Partial<TextInputProps> = {}) => (
    <TextInput
      key={field}
      id={fieldId(field)}
      value={form[field]}
      onInput={(value) => set(field, value)}
      label={label}
      error={errorOf(field)}
      type={TIME_FACTS.has(field) ? 'datetime-local' : 'text'}
      row
      {...extra}
    />
  );

  const download = () =>
    submit(check, t, lang, 'letter.invalid', async () => {
      const code = form.dossierCode.trim();
      const record = await makeDossierDocument({
        kind: apologyTemplateKind(letterRegime(form)),
        data: letterInput(form, agency!),
        code,
        ...(loaded.request ? { origin: loaded.request.origin } : {}),
        fileName: letterFileName(code),
      });
      return t('letter.saved', { file: record.fileName ?? '' });
    });

  return (
    <DocumentPage
      t={t}
      prefix="letter"
      context={loaded.context}
      hasRequest={loaded.request !== undefined}
      agencySet={agencyIsSet(loaded.context.settings.agency)}
      state={{ busy, notice, failure, attempted }}
      check={check}
      onSubmit={() => void download()}
      preview={preview?.lines}
      printed={preview?.bytes}
      notices={
        loaded.earlier && (
          <p class="notice notice-warning" role="alert">
            {t('letter.rescheduled', { at: shortTime(loaded.earlier.at), created: shortTime(loaded.earlier.createdAt) })}
          </p>
        )
      }
    >
      <FactsSection
        t={t}
        prefix="letter"
        facts={LETTER_FACTS}
        given={loaded.given}
        shown={(fact) => (TIME_FACTS.has(fact) ? shortTime(form[fact]) : form[fact])}
        input={(fact) => input(fact, t(`fact.${fact}`))}
      />

      <Section id="content" title={t('letter.content')}>
        {input('applicantTitle', t('letter.applicantTitle'), { help: t('letter.applicantTitleHelp') })}
        <Field id={fieldId('reason')} label={t('letter.reason')} help={t('letter.reasonHelp')} error={errorOf('reason')}>
          {(control) => (
            <textarea {...control} rows={4} value={form.reason} onInput={(e) => set('reason', e.currentTarget.value)} />
          )}
        </Field>
        {input('newDueAt', t(letterRegime(form) === '2018' ? 'letter.newDueAt' : 'letter.extendedTo'), {
          help: [loaded.suggested ? t('letter.suggested', { at: shortTime(loaded.suggested) }) : t('letter.noSuggestion'), ...scheduleNotes].join(' '),
          after:
            loaded.suggested && form.newDueAt !== loaded.suggested ? (
              <button type="button" class="button-quiet" onClick={() => set('newDueAt', loaded.suggested)}>
                {t('letter.useSuggested')}
              </button>
            ) : undefined,
        })}
        <Field
          id={fieldId('regime')}
          label={t('letter.regime')}
          help={`${t('letter.regimeChosen', { regime: t(`regime.${letterRegime(form)}`), why: regimeWhy })} ${t('letter.regimeHelp', { from: shortTime(REGIME_2025_FROM) })}`}
        >
          {(control) => (
            <select {...control} class="select-long" value={form.regime} onChange={(e) => set('regime', e.currentTarget.value as RegimeChoice)}>
              <option value="auto">{t('letter.regimeAuto', { regime: t(`regime.short.${letterRegime({ ...form, regime: 'auto' })}`) })}</option>
              <option value="2018">{t('regime.short.2018')}</option>
              <option value="2025">{t('regime.short.2025')}</option>
            </select>
          )}
        </Field>
        {input('number', t('letter.number'), { help: t('letter.numberHelp') })}
        {input('issueDate', t('letter.issueDate'), { type: 'date' })}
      </Section>
    </DocumentPage>
  );
}
