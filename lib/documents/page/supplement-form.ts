/**
 * The request-for-additions form (Mẫu số 02) as plain strings (what the inputs hold), built from the
 * request's dossier and turned into the document's data. The officer types what is missing one item
 * a line; blank inputs become absent values, so the document prints its dotted blank.
 */
import { SupplementRequestDataSchema, type AgencyProfileInput, type SupplementRequestData, type SupplementRequestInput } from '..';
import type { Dossier, LocalDateTime } from '../../dossier/schema';
import type { DocumentRecord } from '../../history';
import { present, rowFacts } from './facts';
import { issuesOf, type DocumentIssue } from './issues';

export const SUPPLEMENT_FACTS = ['dossierCode', 'procedure', 'applicant', 'address', 'phone', 'receivedAt'] as const;
export type SupplementFact = (typeof SUPPLEMENT_FACTS)[number];

export interface SupplementForm extends Record<SupplementFact, string> {
  applicantTitle: string;
  /** What is missing, one item a line, as typed. */
  missing: string;
  reason: string;
  contactName: string;
  contactPhone: string;
  /** The officer who signs the slip as "NGƯỜI HƯỚNG DẪN". */
  guideName: string;
  /** The applicant's email as the portal showed it (Mẫu 02 prints it beside the phone). */
  email: string;
  number: string;
  issueDate: string;
}

export type SupplementField = keyof SupplementForm;

/**
 * A page limit well under the schema's: the guidance is given once and in full, but a list longer
 * than this is a sign of a pasted document rather than items an applicant can act on.
 */
export const MAX_MISSING_ITEMS = 30;
/** The schema's limit for one item. */
const MAX_MISSING_ITEM_LENGTH = 2000;

export function supplementFormFrom(dossier: Partial<Dossier> | undefined, asOf: LocalDateTime): SupplementForm {
  return {
    ...rowFacts(dossier),
    applicantTitle: '',
    missing: '',
    reason: '',
    contactName: '',
    contactPhone: '',
    guideName: '',
    email: dossier?.email ?? '',
    number: '',
    issueDate: asOf.slice(0, 10),
  };
}

/**
 * The items of the list, one a line, trimmed, blank lines dropped. A leading "1." or "-" typed or
 * pasted by the officer is dropped too: the document numbers the items itself, and "1. 1. …" would
 * be printed otherwise.
 */
export function missingItems(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(/^(?:\d{1,3}[.)]|[-–•*+])(?:\s+|$)/, '').trim())
    .filter((line) => line !== '');
}


export function supplementInput(form: SupplementForm, agency: AgencyProfileInput): SupplementRequestInput {
  const optional = {
    procedure: present(form.procedure),
    applicantTitle: present(form.applicantTitle),
    applicant: present(form.applicant),
    address: present(form.address),
    phone: present(form.phone),
    receivedAt: present(form.receivedAt),
    reason: present(form.reason),
    contactName: present(form.contactName),
    contactPhone: present(form.contactPhone),
    guideName: present(form.guideName),
    email: present(form.email),
    number: present(form.number),
    issueDate: present(form.issueDate),
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { agency, dossierCode: form.dossierCode.trim(), missing: missingItems(form.missing), ...defined };
}

/** What is wrong with the list itself, said per line so the officer finds the line to shorten. */
function missingIssues(items: readonly string[]): DocumentIssue[] {
  if (items.length === 0) return [{ field: 'missing', key: 'issue.missingNone', params: {} }];
  if (items.length > MAX_MISSING_ITEMS) {
    return [{ field: 'missing', key: 'issue.missingTooMany', params: { count: items.length, max: MAX_MISSING_ITEMS } }];
  }
  const long = items.findIndex((item) => item.length > MAX_MISSING_ITEM_LENGTH);
  return long < 0 ? [] : [{ field: 'missing', key: 'issue.missingItemTooLong', params: { line: long + 1, max: MAX_MISSING_ITEM_LENGTH } }];
}

type SupplementCheck = { ok: true; data: SupplementRequestData } | { ok: false; issues: DocumentIssue[] };

/** The list's own verdict first (it names the line), then the document schema's; one issue a field. */
export function checkSupplement(form: SupplementForm, agency: AgencyProfileInput): SupplementCheck {
  const input = supplementInput(form, agency);
  const parsed = SupplementRequestDataSchema.safeParse(input);
  const issues = [...missingIssues(input.missing), ...(parsed.success ? [] : issuesOf(parsed.error.issues))];
  const unique = issues.filter((issue, i) => issues.findIndex((o) => o.field === issue.field) === i);
  return parsed.success && unique.length === 0 ? { ok: true, data: parsed.data } : { ok: false, issues: unique };
}

/** The latest request for additions already made for the dossier: the rules allow only one. */
export function earlierRequest(documents: readonly DocumentRecord[]): DocumentRecord | undefined {
  return documents.filter((d) => d.kind === 'supplement-request').at(-1);
}
