import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apologyTemplateKind, type TemplateKind } from '../../lib/docs';
import { openHistory } from '../../lib/history';
import { vietnamLocalTime } from '../../lib/time/vietnam';
import { Field } from '../../components/pages/Field';
import { Section } from '../../components/pages/Section';
import { DocumentPreview, SaveBar } from '../../components/docs/DocumentPageParts';
import { useDocumentForm } from '../../components/docs/use-document-form';
import { applyDocumentLanguage } from '../../components/pages/translator';
import { agencyIsSet, agencyProfileFrom } from '../../components/docs/agency';
import { errorLines } from '../../components/docs/errors';
import { letterFileName } from '../../components/docs/file-names';
import {
  checkLetter,
  LETTER_FACTS,
  letterFormFrom,
  letterInput,
  letterRegime,
  type LetterFact,
  type LetterField,
  type LetterForm,
  type RegimeChoice,
} from '../../components/docs/letter-form';
import { renderedPreview } from '../../components/docs/letter-preview';
import { PrintedPreview } from '../../components/docs/PrintedPreview';
import { loadPageContext, shortTime, type PageContext } from '../../components/docs/page-context';
import { makeDocument } from '../../components/docs/render';
import { currentTemplate, type ChosenTemplate } from '../../components/docs/templates';
import { docsTranslator } from '../../components/docs/translator';
import type { FormIssue } from '../../components/docs/issues';
import { loadLetterRequest, type LetterRequest } from './request';
import { DateInput } from '../../components/pages/DateInput';
import { watchSettings } from '../../lib/settings/storage';

interface Loaded {
  context: PageContext;
  request?: LetterRequest;
  /** Facts the portal gave: shown as read, not retyped. */
  given: ReadonlySet<LetterFact>;
  suggested: string;
  /** The template each regime renders with (an office's own or the default), for the preview. */
  templates: Record<TemplateKind, ChosenTemplate | undefined>;
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
        loadLetterRequest(location.search),
        currentTemplate('apology-letter'),
        currentTemplate('apology-letter-2025'),
      ]);
      const initial = letterFormFrom(request?.dossier, context.asOf, context.calendar);
      const given = new Set(LETTER_FACTS.filter((fact) => request !== undefined && initial[fact] !== ''));
      const templates = { 'apology-letter': old, 'apology-letter-2025': current } as Loaded['templates'];
      setLoaded({ context, request, given, suggested: initial.newDueAt, templates });
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

  if (!loaded || !form || !check) {
    return (
      <main class="options">
        <h1>{t('letter.title')}</h1>
        <p>{failure.length > 0 ? failure.join(' ') : t('page.loading')}</p>
      </main>
    );
  }

  const issues: FormIssue[] = check.ok ? [] : check.issues;
  const errorOf = (field: string) => issueOf(check, t, field);

  const download = () =>
    submit(check, t, lang, 'letter.invalid', async () => {
      const code = form.dossierCode.trim();
      const db = await openHistory();
      try {
        const record = await makeDocument(db, {
          kind: apologyTemplateKind(letterRegime(form)),
          data: letterInput(form, agency!),
          codes: [code],
          ...(loaded.request ? { origin: loaded.request.origin } : {}),
          fileName: letterFileName(code),
          createdAt: vietnamLocalTime(),
        });
        return t('letter.saved', { file: record.fileName ?? '' });
      } finally {
        db.close();
      }
    });

  return (
    <main class="options docs-page">
      <h1>{t('letter.title')}</h1>
      {loaded.context.asOfOverridden && <p class="as-of">{t('page.asOf', { asOf: shortTime(loaded.context.asOf) })}</p>}
      {!loaded.request && <p class="notice notice-info">{t('letter.noRequest')}</p>}
      {!agencyIsSet(loaded.context.settings.agency) && (
        <p class="notice notice-warning">
          {t('letter.agencyMissing')} <a href="/options.html#agency" target="_blank" rel="noopener">{t('page.openSettings')}</a>
        </p>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <Section id="facts" title={t('letter.facts')} intro={t('letter.factsIntro')}>
          {loaded.given.size > 0 && (
            <dl class="facts">
              {LETTER_FACTS.filter((fact) => loaded.given.has(fact)).map((fact) => (
                <div key={fact}>
                  <dt>{t(`fact.${fact}`)}</dt>
                  <dd>{TIME_FACTS.has(fact) ? shortTime(form[fact]) : form[fact]}</dd>
                </div>
              ))}
            </dl>
          )}
          {LETTER_FACTS.filter((fact) => !loaded.given.has(fact)).map((fact) => (
            <TextInput key={fact} field={fact} form={form} set={set} error={errorOf(fact)} label={t(`fact.${fact}`)} />
          ))}
        </Section>

        <Section id="content" title={t('letter.content')}>
          <TextInput field="applicantTitle" form={form} set={set} error={errorOf('applicantTitle')} label={t('letter.applicantTitle')} help={t('letter.applicantTitleHelp')} />
          <Field id={fieldId('reason')} label={t('letter.reason')} help={t('letter.reasonHelp')} error={errorOf('reason')}>
            {(control) => (
              <textarea {...control} rows={4} value={form.reason} onInput={(e) => set('reason', e.currentTarget.value)} />
            )}
          </Field>
          <TextInput
            field="newDueAt"
            form={form}
            set={set}
            error={errorOf('newDueAt')}
            label={t(letterRegime(form) === '2018' ? 'letter.newDueAt' : 'letter.extendedTo')}
            help={loaded.suggested ? t('letter.suggested', { at: shortTime(loaded.suggested) }) : t('letter.noSuggestion')}
            after={
              loaded.suggested && form.newDueAt !== loaded.suggested ? (
                <button type="button" class="button-quiet" onClick={() => set('newDueAt', loaded.suggested)}>
                  {t('letter.useSuggested')}
                </button>
              ) : undefined
            }
          />
          <Field id={fieldId('regime')} label={t('letter.regime')} help={t('letter.regimeHelp')}>
            {(control) => (
              <select {...control} class="select-long" value={form.regime} onChange={(e) => set('regime', e.currentTarget.value as RegimeChoice)}>
                <option value="auto">{t('letter.regimeAuto', { regime: t(`regime.${letterRegime({ ...form, regime: 'auto' })}`) })}</option>
                <option value="2018">{t('regime.2018')}</option>
                <option value="2025">{t('regime.2025')}</option>
              </select>
            )}
          </Field>
          <TextInput field="number" form={form} set={set} error={errorOf('number')} label={t('letter.number')} help={t('letter.numberHelp')} />
          <TextInput field="issueDate" form={form} set={set} error={errorOf('issueDate')} label={t('letter.issueDate')} type="date" />
        </Section>

        <SaveBar
          label={t('letter.download')}
          busy={busy}
          notice={notice}
          failure={failure}
          agencyMissing={attempted && issues.some((i) => i.field === 'agency') ? { text: t('letter.agencyMissing'), link: t('page.openSettings') } : undefined}
        />
      </form>

      <DocumentPreview title={t('letter.preview')} intro={t('letter.previewIntro')} empty={t('letter.noPreview')} lines={preview?.lines} />
      <PrintedPreview bytes={preview?.bytes} t={t} />
    </main>
  );
}

interface TextInputProps {
  field: LetterField;
  form: LetterForm;
  set(field: LetterField, value: string): void;
  label: string;
  help?: string;
  error?: string;
  type?: 'text' | 'date';
  after?: ComponentChildren;
}

function TextInput({ field, form, set, label, help, error, type = 'text', after }: TextInputProps) {
  const inputType = TIME_FACTS.has(field) ? 'datetime-local' : type;
  return (
    <Field id={fieldId(field)} label={label} help={help} error={error}>
      {(control) => (
        <div class="control-row">
          {inputType === 'text' ? (
            <input {...control} type="text" class="input-text" value={form[field]} onInput={(e) => set(field, e.currentTarget.value)} />
          ) : (
            <DateInput {...control} kind={inputType === 'date' ? 'date' : 'datetime'} value={form[field]} onValue={(value) => set(field, value)} />
          )}
          {after}
        </div>
      )}
    </Field>
  );
}
