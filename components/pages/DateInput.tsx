import { useEffect, useState } from 'preact/hooks';
import { DATE_ENTRY_PATTERN, formatDateEntry, parseDateEntry, type DateEntryKind } from '../../lib/time/entry';
import type { ControlProps } from './Field';

interface DateInputProps extends ControlProps {
  kind: DateEntryKind;
  /** `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM`; any other text is shown as it is. */
  value: string;
  /**
   * Called on every keystroke: with the ISO-like value once the text is a complete date, else with
   * the text itself, so the form's own validation marks what cannot be understood.
   */
  onValue(value: string): void;
  class?: string;
}

/**
 * A date, date-time or month typed as officers write it (dd/mm/yyyy, 24-hour), the same in every
 * browser language; the browser's own date inputs follow its locale instead (lib/time/entry.ts).
 */
export function DateInput({ kind, value, onValue, class: className, ...control }: DateInputProps) {
  const shown = (v: string) => (parseDateEntry(v, kind) === v || v === '' ? formatDateEntry(v, kind) : v);
  const [text, setText] = useState(() => shown(value));
  // A value set from outside (a reset, a suggestion) replaces the text unless the text already means it.
  useEffect(() => {
    if ((parseDateEntry(text, kind) ?? text) !== value) setText(shown(value));
  }, [value]);
  return (
    <input
      {...control}
      type="text"
      autocomplete="off"
      class={className ?? `input-${kind}`}
      placeholder={DATE_ENTRY_PATTERN[kind]}
      value={text}
      onInput={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        onValue(parseDateEntry(typed, kind) ?? typed);
      }}
      onBlur={() => {
        const parsed = parseDateEntry(text, kind);
        if (parsed !== undefined) setText(formatDateEntry(parsed, kind));
      }}
    />
  );
}
