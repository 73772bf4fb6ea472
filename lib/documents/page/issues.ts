/**
 * Zod issues of a document's data, turned into keys of the pages' catalogue so the officer reads
 * "Bắt buộc" beside the field instead of a schema's English. An issue inside the agency profile
 * points at the settings page, where that profile is edited.
 */
import type { Params } from '../../i18n/format';
import type { DocumentsKey } from '../../i18n/documents';

export interface DocumentIssue {
  /** The form field the issue belongs to ('agency' for the settings' profile). */
  field: string;
  key: DocumentsKey;
  params: Params;
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
}

function keyOf(issue: IssueLike): Pick<DocumentIssue, 'key' | 'params'> {
  if (issue.code === 'too_small' && issue.minimum === 1) return { key: 'issue.required', params: {} };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return { key: 'issue.tooLong', params: { max: issue.maximum } };
  if (issue.code === 'invalid_format') return { key: issue.format === 'date' ? 'issue.day' : 'issue.dateTime', params: {} };
  if (issue.code === 'invalid_type') return { key: 'issue.required', params: {} };
  return { key: 'issue.invalid', params: {} };
}

export function issuesOf(issues: readonly IssueLike[]): DocumentIssue[] {
  return issues.map((issue) => {
    const head = String(issue.path[0] ?? '');
    if (head === 'agency') return { field: 'agency', key: 'issue.agency', params: { field: issue.path.slice(1).join('.') } };
    return { field: head, ...keyOf(issue) };
  });
}
