import { FIELD_LABELS, FIELDS, type Field } from '../portal/vocabulary';
import { SiteProfileSchema, type SiteProfile } from '../portal/site-profile';
import type { ProfileCheck } from '../portal/profiles';
import type { SettingsIssue } from './issues';
import { normaliseOrigin } from './sites';

/**
 * The editor of one reading profile works on text, like the rest of the settings page: what the
 * officer typed stays on screen with its message, and only a valid profile enters the settings.
 */

/** `ignored` marks columns the reader skips; it is not something an officer maps. */
type ProfileField = Exclude<Field, 'ignored'>;
export const PROFILE_FIELDS = FIELDS.filter((field): field is ProfileField => field !== 'ignored');

export const DATE_ORDERS = ['auto', 'dmy', 'ymd'] as const;
export type DateOrderChoice = (typeof DATE_ORDERS)[number];

export interface ProfileDraft {
  origin: string;
  name: string;
  listSelector: string;
  dateOrder: DateOrderChoice;
  columns: Record<ProfileField, { header: string; selector: string }>;
}

/** Every input of the editor, as the key its message is filed under. */
export type ProfileInput = 'origin' | 'name' | 'listSelector' | `header.${ProfileField}` | `selector.${ProfileField}`;
export type ProfileErrors = Partial<Record<ProfileInput, SettingsIssue>>;

export function profileDraft(profile?: SiteProfile): ProfileDraft {
  const columns = {} as ProfileDraft['columns'];
  for (const field of PROFILE_FIELDS) {
    const rule = profile?.columns[field];
    columns[field] = { header: rule?.header ?? '', selector: rule?.selector ?? '' };
  }
  return {
    origin: profile?.origin ?? '',
    name: profile?.name ?? '',
    listSelector: profile?.listSelector ?? '',
    dateOrder: profile?.dateOrder ?? 'auto',
    columns,
  };
}

interface ProfileContext {
  /** The other saved profiles: an origin has at most one. */
  others: readonly SiteProfile[];
  /** Whether the browser's selector engine accepts `selector` (lib/ has no DOM of its own). */
  isSelector(selector: string): boolean;
}

interface ProfileResult {
  /** Present only when every input is valid. */
  profile?: SiteProfile;
  errors: ProfileErrors;
}

/** The input a schema issue is about: `['columns', 'dueAt', 'header']` → `header.dueAt`. */
function inputOf(path: readonly PropertyKey[]): ProfileInput | undefined {
  const [first, second, third] = path;
  if (first === 'name' || first === 'listSelector') return first;
  if (first === 'columns' && (third === 'header' || third === 'selector') && typeof second === 'string') {
    return `${third}.${second as ProfileField}`;
  }
  return undefined;
}

export function profileFromDraft(draft: ProfileDraft, context: ProfileContext): ProfileResult {
  const errors: ProfileErrors = {};
  const selector = (input: ProfileInput, text: string): string => {
    const value = text.trim();
    if (value !== '' && !context.isSelector(value)) errors[input] = { code: 'css-selector', params: { selector: value } };
    return value;
  };

  const origin = normaliseOrigin(draft.origin);
  if (!origin) errors.origin = { code: 'origin-format', params: {} };
  else if (context.others.some((p) => p.origin === origin)) errors.origin = { code: 'profile-exists', params: { origin } };

  const columns: SiteProfile['columns'] = {};
  for (const field of PROFILE_FIELDS) {
    const header = draft.columns[field].header.trim();
    const path = selector(`selector.${field}`, draft.columns[field].selector);
    if (header === '' && path === '') continue;
    columns[field] = { ...(header ? { header } : {}), ...(path ? { selector: path } : {}) };
  }
  const name = draft.name.trim();
  const listSelector = selector('listSelector', draft.listSelector);
  const candidate: SiteProfile = {
    origin: origin ?? '',
    ...(name ? { name } : {}),
    ...(listSelector ? { listSelector } : {}),
    columns,
    // 'auto' is what the reader does without an order, so it is not stored.
    ...(draft.dateOrder === 'auto' ? {} : { dateOrder: draft.dateOrder }),
  };

  const parsed = SiteProfileSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const input = inputOf(issue.path);
      if (!input || errors[input]) continue;
      errors[input] =
        issue.code === 'too_big' ? { code: 'too-long', params: { max: Number(issue.maximum) } } : { code: 'invalid', params: {} };
    }
  }
  return parsed.success && Object.keys(errors).length === 0 ? { profile: parsed.data, errors } : { errors };
}

/** A live check's field counts as the officer reads them: labelled, in the editor's order. */
export function checkedColumns(check: ProfileCheck): { label: string; count: number }[] {
  const counts: Partial<Record<string, number>> = check.fields;
  const out: { label: string; count: number }[] = [];
  for (const field of PROFILE_FIELDS) {
    const count = counts[field];
    if (count !== undefined && count > 0) out.push({ label: FIELD_LABELS[field], count });
  }
  return out;
}
