import type { ComponentChildren } from 'preact';

/** The attributes a control needs to be tied to its label, help and message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface FieldProps {
  id: string;
  label: string;
  help?: string;
  /** The validation message; the control is marked invalid while it is set. */
  error?: string;
  /** Shown under the help, e.g. how the value was understood. */
  note?: ComponentChildren;
  children(control: ControlProps): ComponentChildren;
}

function describedBy(id: string, help?: string, error?: string): string | undefined {
  const ids = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled control with its help and its message, each announced with the control. */
export function Field({ id, label, help, error, note, children }: FieldProps) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy(id, help, error), 'aria-invalid': error ? true : undefined })}
      {help && (
        <p id={`${id}-help`} class="field-help">
          {help}
        </p>
      )}
      {note && <div class="field-note">{note}</div>}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A checkbox with its label beside it and its help below. */
export function CheckboxField({ id, label, help, checked, disabled, onChange }: CheckboxFieldProps) {
  return (
    <div class="field field-check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} class="field-help">
          {help}
        </p>
      )}
    </div>
  );
}
