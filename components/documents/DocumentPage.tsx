import type { ComponentChildren } from 'preact';
import { Field } from '../pages/Field';
import { Section } from '../pages/Section';
import type { NoticeProps } from '../pages/Notice';
import { DocumentPreview, SaveBar } from './DocumentPageParts';
import { PrintedPreview } from './PrintedPreview';
import { DateInput } from '../pages/DateInput';
import { type PageContext } from '../../lib/documents/page/page-context';
import { shortTime } from '../../lib/time/display';
import type { DocsTranslate } from '../../lib/i18n/documents-translator';
import type { DocumentCheck } from './use-document-form';

/**
 * The one shell of the pages that make a document from a portal row (letter.html, supplement.html):
 * title, notices, the facts read from the portal, the page's own fields, the save bar and the
 * preview, always in that order. A page configures it with its catalogue prefix and its fields;
 * the words come from `<prefix>.title`, `.noRequest`, `.agencyMissing`, `.facts`, `.factsIntro`,
 * `.download`, `.preview`, `.previewIntro` and `.noPreview`.
 */
type DocumentPagePrefix = 'letter' | 'supplement';

export function DocumentPageLoading({ t, prefix, failure }: { t: DocsTranslate; prefix: DocumentPagePrefix; failure: string[] }) {
  return (
    <main class="options">
      <h1>{t(`${prefix}.title`)}</h1>
      <p>{failure.length > 0 ? failure.join(' ') : t('page.loading')}</p>
    </main>
  );
}

interface DocumentPageProps {
  t: DocsTranslate;
  prefix: DocumentPagePrefix;
  context: PageContext;
  /** False when the page was opened without a row (from the menu): the officer types every fact. */
  hasRequest: boolean;
  agencySet: boolean;
  /** The page's own notices, shown after the as-of note. */
  notices?: ComponentChildren;
  /** The facts section (see FactsSection), then the page's content section(s). */
  children: ComponentChildren;
  /** The form's state (useDocumentForm) and its verdict: the save bar speaks from them. */
  state: { busy: boolean; notice?: NoticeProps['message']; failure: string[]; attempted: boolean };
  check: DocumentCheck;
  onSubmit(): void;
  preview?: string[];
  /** The rendered .docx, drawn as printed with its "In" button; undefined while the form cannot make one. */
  printed?: Uint8Array;
}

export function DocumentPage(props: DocumentPageProps) {
  const { t, prefix, context, state, check } = props;
  // Said once the officer tried to make the document and the agency profile was found incomplete.
  const agencyMissing = state.attempted && !check.ok && check.issues.some((i) => i.field === 'agency');
  return (
    <main class="options docs-page">
      <h1>{t(`${prefix}.title`)}</h1>
      {context.asOfOverridden && <p class="as-of">{t('page.asOf', { asOf: shortTime(context.asOf) })}</p>}
      {props.notices}
      {!props.hasRequest && <p class="notice notice-info">{t(`${prefix}.noRequest`)}</p>}
      {!props.agencySet && (
        <p class="notice notice-warning">
          {t(`${prefix}.agencyMissing`)}{' '}
          {/* A new tab: whatever the officer typed here stays. */}
          <a href="/options.html#agency" target="_blank" rel="noopener">
            {t('page.openSettings')}
          </a>
        </p>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}

        <SaveBar
          label={t(`${prefix}.download`)}
          busy={state.busy}
          notice={state.notice}
          failure={state.failure}
          agencyMissing={agencyMissing ? { text: t(`${prefix}.agencyMissing`), link: t('page.openSettings') } : undefined}
        />
      </form>

      <DocumentPreview title={t(`${prefix}.preview`)} intro={t(`${prefix}.previewIntro`)} empty={t(`${prefix}.noPreview`)} lines={props.preview} />
      <PrintedPreview bytes={props.printed} t={t} />
    </main>
  );
}

interface FactsSectionProps<Fact extends string> {
  t: DocsTranslate;
  prefix: DocumentPagePrefix;
  facts: readonly Fact[];
  /** Facts the portal gave: shown as read, not retyped. */
  given: ReadonlySet<Fact>;
  /** A given fact as the officer reads it (times as dd/mm/yyyy HH:mm). */
  shown(fact: Fact): string;
  /** The input of a fact the portal did not give. */
  input(fact: Fact): ComponentChildren;
}

export function FactsSection<Fact extends string>({ t, prefix, facts, given, shown, input }: FactsSectionProps<Fact>) {
  return (
    <Section id="facts" title={t(`${prefix}.facts`)} intro={t(`${prefix}.factsIntro`)}>
      {given.size > 0 && (
        <dl class="facts">
          {facts
            .filter((fact) => given.has(fact))
            .map((fact) => (
              <div key={fact}>
                <dt>{t(`fact.${fact}` as Parameters<DocsTranslate>[0])}</dt>
                <dd>{shown(fact)}</dd>
              </div>
            ))}
        </dl>
      )}
      {facts.filter((fact) => !given.has(fact)).map((fact) => input(fact))}
    </Section>
  );
}

export interface TextInputProps {
  id: string;
  value: string;
  onInput(value: string): void;
  label: string;
  help?: string;
  error?: string;
  type?: 'text' | 'date' | 'datetime-local';
  /** Wraps the input in a row, with `after` (a button) beside it. */
  row?: boolean;
  after?: ComponentChildren;
}

/** One input of a document form; free text gets the wide text style. */
export function TextInput({ id, value, onInput, label, help, error, type = 'text', row = false, after }: TextInputProps) {
  return (
    <Field id={id} label={label} help={help} error={error}>
      {(control) => {
        const input =
          type === 'text' ? (
            <input {...control} type="text" class="input-text" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
          ) : (
            <DateInput {...control} kind={type === 'date' ? 'date' : 'datetime'} value={value} onValue={onInput} />
          );
        return row ? (
          <div class="control-row">
            {input}
            {after}
          </div>
        ) : (
          input
        );
      }}
    </Field>
  );
}
