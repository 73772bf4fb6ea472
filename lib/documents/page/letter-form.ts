/**
 * The apology-letter form as plain strings (what the inputs hold), built from the request's dossier
 * and turned into the document's data. Blank inputs become absent values, so the letter prints its
 * dotted blank for a fact nobody knows.
 */
import { ApologyLetterDataSchema, apologyRegime, type AgencyProfileInput, type ApologyLetterData, type ApologyLetterInput } from '..';
import type { Calendar } from '../../calendar';
import { suggestAppointment } from '../../deadline';
import type { Dossier, LocalDateTime } from '../../dossier/schema';
import { present, rowFacts } from './facts';
import type { DocumentRecord } from '../../history';
import { issuesOf, type DocumentIssue } from './issues';

export const LETTER_FACTS = [
  'dossierCode',
  'procedure',
  'applicant',
  'address',
  'phone',
  'receivedAt',
  'dueAt',
  'processingAgency',
] as const;
export type LetterFact = (typeof LETTER_FACTS)[number];

export type RegimeChoice = 'auto' | '2018' | '2025';

export interface LetterForm extends Record<LetterFact, string> {
  applicantTitle: string;
  reason: string;
  newDueAt: string;
  regime: RegimeChoice;
  number: string;
  issueDate: string;
}

export type LetterField = keyof LetterForm;

/**
 * The facts the portal gave, and the suggested new appointment judged at `asOf`; a date-only
 * appointment counts to the office's end of day.
 */
export function letterFormFrom(dossier: Partial<Dossier> | undefined, asOf: LocalDateTime, calendar?: Calendar, officeDayEnd?: string): LetterForm {
  const raw = dossier ?? {};
  const d = raw.dueAt && raw.dueDateOnly && officeDayEnd ? { ...raw, dueAt: `${raw.dueAt.slice(0, 10)}T${officeDayEnd}` } : raw;
  return {
    ...rowFacts(d),
    dueAt: d.dueAt ?? '',
    processingAgency: d.agency ?? '',
    applicantTitle: '',
    reason: '',
    newDueAt: d.dueAt ? suggestAppointment(d.dueAt, asOf, calendar) : '',
    regime: 'auto',
    number: '',
    issueDate: asOf.slice(0, 10),
  };
}


export function letterInput(form: LetterForm, agency: AgencyProfileInput): ApologyLetterInput {
  const optional = {
    procedure: present(form.procedure),
    applicantTitle: present(form.applicantTitle),
    applicant: present(form.applicant),
    address: present(form.address),
    phone: present(form.phone),
    receivedAt: present(form.receivedAt),
    dueAt: present(form.dueAt),
    newDueAt: present(form.newDueAt),
    reason: present(form.reason),
    processingAgency: present(form.processingAgency),
    number: present(form.number),
    issueDate: present(form.issueDate),
    regime: form.regime === 'auto' ? undefined : form.regime,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { agency, dossierCode: form.dossierCode.trim(), ...defined };
}

/** The regime the letter will follow: the officer's choice, else the letter's own date. */
export function letterRegime(form: LetterForm): '2018' | '2025' {
  return apologyRegime({
    regime: form.regime === 'auto' ? undefined : form.regime,
    issueDate: present(form.issueDate),
  });
}

/**
 * The letter already made for this dossier with a new appointment, if any: NĐ 61/2018 Điều 19 lets
 * the return date be reset only once ("không quá một lần"), so the form warns before a second.
 */
export function earlierNewAppointment(documents: readonly DocumentRecord[]): { at: string; createdAt: string } | undefined {
  for (const doc of [...documents].reverse()) {
    if (doc.kind !== 'apology-letter' && doc.kind !== 'apology-letter-2025') continue;
    const at = (doc.data as { newDueAt?: unknown } | undefined)?.newDueAt;
    if (typeof at === 'string' && at !== '') return { at, createdAt: doc.createdAt };
  }
  return undefined;
}

type LetterCheck = { ok: true; data: ApologyLetterData } | { ok: false; issues: DocumentIssue[] };

/**
 * The document schema's verdict, plus what a letter cannot do without: the reason, and a new
 * appointment later than the one missed.
 */
export function checkLetter(form: LetterForm, agency: AgencyProfileInput): LetterCheck {
  const parsed = ApologyLetterDataSchema.safeParse(letterInput(form, agency));
  const issues: DocumentIssue[] = parsed.success ? [] : issuesOf(parsed.error.issues);
  if (present(form.reason) === undefined) issues.push({ field: 'reason', key: 'issue.required', params: {} });
  if (present(form.newDueAt) === undefined) issues.push({ field: 'newDueAt', key: 'issue.required', params: {} });
  else if (present(form.dueAt) !== undefined && form.newDueAt <= form.dueAt) {
    issues.push({ field: 'newDueAt', key: 'issue.newDueNotLater', params: {} });
  }
  const unique = issues.filter((issue, i) => issues.findIndex((o) => o.field === issue.field) === i);
  return parsed.success && unique.length === 0 ? { ok: true, data: parsed.data } : { ok: false, issues: unique };
}
