import { useState } from 'preact/hooks';
import type { NoticeProps } from '../pages/Notice';
import type { Language } from '../../lib/i18n/format';
import type { DocumentsKey } from '../../lib/i18n/documents';
import { errorLines } from '../../lib/documents/page/error-lines';
import type { DocumentIssue } from '../../lib/documents/page/issues';
import type { DocsTranslate } from '../../lib/i18n/documents-translator';

/** A document form's verdict: its data for the renderer, or what is wrong field by field. */
export type DocumentCheck = { ok: true } | { ok: false; issues: DocumentIssue[] };

/**
 * The state every document page keeps around its form: the values, whether the officer has tried
 * to make the document (messages show from then on), the busy flag, and the outcome. `submit`
 * checks first, moving the focus to the first field to fix, then makes the document.
 */
export function useDocumentForm<Form extends object>(fieldId: (field: string) => string) {
  const [form, setForm] = useState<Form>();
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeProps['message']>();
  const [failure, setFailure] = useState<string[]>([]);

  const set = (field: keyof Form, value: string) => {
    setForm((prev) => prev && { ...prev, [field]: value });
    setNotice(undefined);
    setFailure([]);
  };

  const errorOf = (check: DocumentCheck, t: DocsTranslate, field: string): string | undefined => {
    const issue = attempted && !check.ok ? check.issues.find((i) => i.field === field) : undefined;
    return issue ? t(issue.key, issue.params) : undefined;
  };

  /** `make` returns the success message; a failure is shown in the officer's language. */
  const submit = async (check: DocumentCheck, t: DocsTranslate, lang: Language, invalid: DocumentsKey, make: () => Promise<string>) => {
    setAttempted(true);
    setFailure([]);
    if (!check.ok) {
      setNotice({ tone: 'error', text: t(invalid, { count: check.issues.length }) });
      const first = check.issues.find((i) => i.field !== 'agency');
      if (first) document.getElementById(fieldId(first.field))?.focus();
      return;
    }
    setBusy(true);
    try {
      setNotice({ tone: 'success', text: await make() });
    } catch (error) {
      setNotice(undefined);
      setFailure(errorLines(error, lang));
    } finally {
      setBusy(false);
    }
  };

  return { form, setForm, attempted, busy, notice, failure, setFailure, set, errorOf, submit };
}
