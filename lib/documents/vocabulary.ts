/**
 * The documented tag vocabulary of each template kind (docs/templates.md explains every tag with an
 * example). An office's own template may use only these tags; `validateTemplate` rejects others,
 * and the unit tests check that every kind's data builder fills exactly these tags.
 */
import type { TemplateKind } from './templates/defaults';

interface TagVocabulary {
  /** Scalar tags, written {name}. */
  tags: readonly string[];
  /** Loops, written {#name}…{/name}, with the tags available inside each. */
  loops: Readonly<Record<string, readonly string[]>>;
}

export const COMMON_TAGS = [
  'parentAgency',
  'agency',
  'agencyName',
  'placeName',
  'number',
  'documentSymbol',
  'issueDate',
  'issueDateShort',
  'signingPrefix',
  'signingAuthority',
  'signingLine',
  'signerTitle',
  'signatureHeading',
  'signerName',
] as const;

const RECIPIENT_TAGS = ['line', 'name'] as const;

export const APOLOGY_LETTER_TAGS = [
  ...COMMON_TAGS,
  'regime',
  'legalBasis',
  'dossierCode',
  'procedure',
  'applicantTitle',
  'applicant',
  'address',
  'phone',
  'receivedAt',
  'receivedAtShort',
  'dueAt',
  'dueAtShort',
  'newDueAt',
  'newDueAtShort',
  'reason',
  'processingAgency',
] as const;

/** The figures of Biểu II.06a/VPCP/KSTT in its column order: received, resolved, pending. */
export const SEEN_TOTAL_TAGS = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolvedTotal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingTotal',
  'pendingOnTime',
  'pendingLate',
] as const;

export const MONTHLY_REPORT_TAGS = [
  ...COMMON_TAGS,
  'addressee',
  'periodLabel',
  'periodFrom',
  'periodTo',
  'periodFromShort',
  'periodToShort',
  'returnedCount',
  'lateCount',
  'totalCount',
  'remarks',
  'dataNote',
  'seenNote',
  ...SEEN_TOTAL_TAGS,
] as const;
export const UNIT_ROW_TAGS = ['index', 'unit', 'returnedCount', 'lateCount', 'totalCount'] as const;
export const RETURNED_ROW_TAGS = [
  'index',
  'dossierCode',
  'procedure',
  'applicant',
  'receivedAt',
  'returnedAt',
  'returnedBy',
  'reason',
] as const;
export const LATE_ROW_TAGS = [
  'index',
  'dossierCode',
  'procedure',
  'applicant',
  'receivedAt',
  'dueAt',
  'finishedAt',
  'daysLate',
  'reason',
  'responsible',
  'apology',
] as const;

export const EXPLANATION_TAGS = [
  ...COMMON_TAGS,
  'addressee',
  'caseKind',
  'subject',
  'dossierCode',
  'procedure',
  'applicant',
  'receivedAt',
  'dueAt',
  'finishedAt',
  'returnedAt',
  'returnedBy',
  'daysLate',
  'situation',
  'reason',
  'responsiblePerson',
  'coordinatingUnit',
  'remedy',
] as const;

export const SUPPLEMENT_REQUEST_TAGS = [
  ...COMMON_TAGS,
  'dossierCode',
  'procedure',
  'applicantTitle',
  'applicant',
  'address',
  'phone',
  'email',
  'receivedAt',
  'receivedAtShort',
  'reason',
  'missingCount',
  'contactName',
  'contactPhone',
] as const;
export const MISSING_ITEM_TAGS = ['index', 'item'] as const;

const apologyVocabulary: TagVocabulary = { tags: APOLOGY_LETTER_TAGS, loops: { recipients: RECIPIENT_TAGS } };

export const TEMPLATE_TAGS: Readonly<Record<TemplateKind, TagVocabulary>> = {
  'apology-letter': apologyVocabulary,
  'apology-letter-2025': apologyVocabulary,
  'monthly-report': {
    tags: MONTHLY_REPORT_TAGS,
    loops: { recipients: RECIPIENT_TAGS, units: UNIT_ROW_TAGS, returned: RETURNED_ROW_TAGS, late: LATE_ROW_TAGS },
  },
  explanation: { tags: EXPLANATION_TAGS, loops: { recipients: RECIPIENT_TAGS } },
  'supplement-request': { tags: SUPPLEMENT_REQUEST_TAGS, loops: { recipients: RECIPIENT_TAGS, missing: MISSING_ITEM_TAGS } },
};

/** `Record<tag, string>` for a vocabulary list, so a data builder that misses a tag fails typechecking. */
export type TagValues<T extends readonly string[]> = Record<T[number], string>;
