import type { ComponentChildren } from 'preact';
import type { Language } from '../../lib/i18n/format';
import type { CheckField as CheckFieldPath, FieldPath, TextField as TextFieldPath } from '../../lib/settings/fields';
import type { SettingsDraft } from '../../lib/settings/form';
import { issueMessage, type SettingsErrors } from '../../lib/settings/issues';
import { CheckboxField, Field } from '../../components/pages/Field';
import type { Translate } from '../../lib/i18n/pages-translator';
import { DateInput } from '../../components/pages/DateInput';

/** What every section needs from the page: the draft, its messages and the ways to change it. */
export interface FormBinding {
  t: Translate;
  lang: Language;
  draft: SettingsDraft;
  errors: SettingsErrors;
  setText(field: TextFieldPath, value: string): void;
  setCheck(field: CheckFieldPath, value: boolean): void;
  /** Puts the given fields back to their defaults (unsaved until Save). */
  reset(fields: readonly FieldPath[]): void;
}

/** HTML ids cannot be used in CSS selectors with dots unescaped, so `agency.agency` → `field-agency-agency`. */
export function fieldId(field: FieldPath): string {
  return `field-${field.replace(/\./g, '-')}`;
}

function errorOf(form: FormBinding, field: FieldPath): string | undefined {
  const issue = form.errors[field];
  return issue ? issueMessage(issue, form.lang) : undefined;
}

interface TextProps {
  form: FormBinding;
  field: TextFieldPath;
  /** Numbers are typed as text so a wrong entry stays visible with its message. */
  kind?: 'text' | 'number' | 'datetime-local';
  after?: ComponentChildren;
}

export function TextField({ form, field, kind = 'text', after }: TextProps) {
  const { t } = form;
  return (
    <Field id={fieldId(field)} label={t(`label.${field}`)} help={t(`help.${field}`)} error={errorOf(form, field)}>
      {(control) => {
        const common = {
          ...control,
          value: form.draft.text[field],
          onInput: (event: { currentTarget: HTMLInputElement }) => form.setText(field, event.currentTarget.value),
        };
        return (
          <div class="control-row">
            {kind === 'datetime-local' ? (
              <DateInput {...control} kind="datetime" value={form.draft.text[field]} onValue={(value) => form.setText(field, value)} />
            ) : (
              <input
                {...common}
                type="text"
                inputMode={kind === 'number' ? 'numeric' : undefined}
                class={kind === 'number' ? 'input-number' : 'input-text'}
              />
            )}
            {after}
          </div>
        );
      }}
    </Field>
  );
}

interface TextAreaProps {
  form: FormBinding;
  field: TextFieldPath;
  rows?: number;
  note?: ComponentChildren;
  onBlur?(): void;
}

export function TextAreaField({ form, field, rows = 4, note, onBlur }: TextAreaProps) {
  const { t } = form;
  return (
    <Field
      id={fieldId(field)}
      label={t(`label.${field}`)}
      help={t(`help.${field}`)}
      error={errorOf(form, field)}
      note={note}
    >
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={form.draft.text[field]}
          onInput={(event) => form.setText(field, event.currentTarget.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}

interface SelectProps {
  form: FormBinding;
  field: TextFieldPath;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ form, field, options }: SelectProps) {
  const { t } = form;
  return (
    <Field id={fieldId(field)} label={t(`label.${field}`)} help={t(`help.${field}`)} error={errorOf(form, field)}>
      {(control) => (
        <select
          {...control}
          value={form.draft.text[field]}
          onChange={(event) => form.setText(field, event.currentTarget.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckField({ form, field }: { form: FormBinding; field: CheckFieldPath }) {
  const { t } = form;
  return (
    <CheckboxField
      id={fieldId(field)}
      label={t(`label.${field}`)}
      help={t(`help.${field}`)}
      checked={form.draft.checks[field]}
      onChange={(checked) => form.setCheck(field, checked)}
    />
  );
}
