import { useState } from 'preact/hooks';
import type { SiteProfile } from '../../lib/portal';
import { FIELD_LABELS } from '../../lib/portal/vocabulary';
import type { Language } from '../../lib/i18n/format';
import { issueMessage, type SettingsIssue } from '../../lib/settings/issues';
import {
  checkedColumns,
  DATE_ORDERS,
  PROFILE_FIELDS,
  type DateOrderChoice,
  type ProfileDraft,
  type ProfileErrors,
  type ProfileInput,
} from '../../lib/settings/profile-form';
import { Field } from '../../components/pages/Field';
import { Notice, type NoticeProps } from '../../components/pages/Notice';
import type { Translate } from '../../lib/i18n/pages-translator';
import { checkOnOpenTab, type LiveCheck } from './live-check';

interface ProfileEditorProps {
  t: Translate;
  lang: Language;
  draft: ProfileDraft;
  /** The messages to show now (the section hides the empty origin's until it is used). */
  errors: ProfileErrors;
  /** The draft as a profile, when it is valid. */
  profile?: SiteProfile;
  onDraft(draft: ProfileDraft): void;
  /** The officer tried to use an invalid draft: every message should show. */
  onInvalid(): void;
  onApply(): void;
  onCancel(): void;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function inputId(input: ProfileInput): string {
  return `reading-${input.replace('.', '-')}`;
}

function isDateOrder(value: string): value is DateOrderChoice {
  return (DATE_ORDERS as readonly string[]).includes(value);
}

function describeCheck(result: LiveCheck, origin: string, t: Translate): NonNullable<NoticeProps['message']> {
  switch (result.kind) {
    case 'no-tab':
      return { tone: 'warning', text: t('reading.noTab', { origin }) };
    case 'no-answer':
      return { tone: 'warning', text: t('reading.noAnswer', { url: result.url }) };
    case 'checked': {
      const { rows } = result.check;
      if (rows === 0) return { tone: 'warning', text: t('reading.foundNothing', { url: result.url }) };
      const columns = checkedColumns(result.check).map((c) => `${c.label} ${c.count}`);
      if (columns.length === 0) return { tone: 'warning', text: t('reading.foundNoColumns', { rows }) };
      return { tone: 'success', text: t('reading.found', { rows, columns: columns.join(', ') }) };
    }
  }
}

/** Editing one reading profile; nothing reaches the settings until "Ghi nhận" finds it valid. */
export function ProfileEditor({ t, lang, draft, errors, profile, onDraft, onInvalid, onApply, onCancel }: ProfileEditorProps) {
  const [check, setCheck] = useState<NoticeProps['message']>();
  const message = (issue: SettingsIssue | undefined) => (issue ? issueMessage(issue, lang) : undefined);

  const text = (input: 'origin' | 'name' | 'listSelector') => (
    <Field id={inputId(input)} label={t(`label.reading.${input}`)} help={t(`help.reading.${input}`)} error={message(errors[input])}>
      {(control) => (
        <input
          {...control}
          type="text"
          class="input-text"
          inputMode={input === 'origin' ? 'url' : undefined}
          value={draft[input]}
          onInput={(event) => onDraft({ ...draft, [input]: event.currentTarget.value })}
        />
      )}
    </Field>
  );

  const cell = (field: (typeof PROFILE_FIELDS)[number], part: 'header' | 'selector') => {
    const input: ProfileInput = `${part}.${field}`;
    const id = inputId(input);
    const error = message(errors[input]);
    return (
      <td>
        <input
          id={id}
          type="text"
          class="input-text"
          aria-label={t(part === 'header' ? 'reading.headerFor' : 'reading.selectorFor', { field: FIELD_LABELS[field] })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={draft.columns[field][part]}
          onInput={(event) =>
            onDraft({
              ...draft,
              columns: { ...draft.columns, [field]: { ...draft.columns[field], [part]: event.currentTarget.value } },
            })
          }
        />
        {error && (
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        )}
      </td>
    );
  };

  const runCheck = async () => {
    if (!profile) {
      onInvalid();
      setCheck({ tone: 'error', text: t('reading.fixFirst') });
      return;
    }
    setCheck({ tone: 'info', text: t('reading.checking') });
    try {
      setCheck(describeCheck(await checkOnOpenTab(profile), profile.origin, t));
    } catch (error) {
      setCheck({ tone: 'error', text: t('reading.checkFailed', { error: errorText(error) }) });
    }
  };

  return (
    <div
      class="profile-editor"
      role="group"
      aria-labelledby="reading-editor-heading"
      // Enter in a profile input applies the profile instead of submitting the whole settings form.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          onApply();
        }
      }}
    >
      <h3 id="reading-editor-heading">{t('reading.editing')}</h3>
      {text('origin')}
      {text('name')}
      {text('listSelector')}
      <Field id="reading-dateOrder" label={t('label.reading.dateOrder')} help={t('help.reading.dateOrder')}>
        {(control) => (
          <select
            {...control}
            value={draft.dateOrder}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isDateOrder(value)) onDraft({ ...draft, dateOrder: value });
            }}
          >
            {DATE_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(`reading.order.${order}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <h4>{t('reading.columns')}</h4>
      <p class="field-help">{t('reading.columns.help')}</p>
      <table class="profile-columns">
        <thead>
          <tr>
            <th scope="col">{t('reading.field')}</th>
            <th scope="col">{t('reading.header')}</th>
            <th scope="col">{t('reading.selector')}</th>
          </tr>
        </thead>
        <tbody>
          {PROFILE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{FIELD_LABELS[field]}</th>
              {cell(field, 'header')}
              {cell(field, 'selector')}
            </tr>
          ))}
        </tbody>
      </table>

      <p class="section-actions">
        <button type="button" class="button-primary" onClick={onApply}>
          {t('reading.apply')}
        </button>{' '}
        <button type="button" onClick={() => void runCheck()}>
          {t('reading.check')}
        </button>{' '}
        <button type="button" class="button-quiet" onClick={onCancel}>
          {t('reading.cancel')}
        </button>
      </p>
      <Notice message={check} />
    </div>
  );
}
