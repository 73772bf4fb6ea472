import { translate, type Language, type Params } from '../i18n/format';
import { pagesMessages, type PagesKey } from '../i18n/pages';
import type { FieldPath } from './fields';

type SettingsIssueCode =
  | 'whole-number'
  | 'too-long'
  | 'line-too-long'
  | 'too-many-lines'
  | 'day-format'
  | 'as-of-format'
  | 'origin-format'
  | 'choice'
  | 'css-selector'
  | 'profile-exists'
  | 'invalid';

/** A problem with one field, kept as a code and its parameters so the page can say it in either language. */
export interface SettingsIssue {
  code: SettingsIssueCode;
  params: Params;
}

export type SettingsErrors = Partial<Record<FieldPath, SettingsIssue>>;

export function issueMessage(issue: SettingsIssue, lang: Language): string {
  return translate(pagesMessages, lang, `issue.${issue.code}` satisfies PagesKey, issue.params);
}
