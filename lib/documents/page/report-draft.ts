/**
 * The officer's work on a monthly report: rows proposed from the history, with their edits (reason,
 * responsible unit, left out) kept apart in a draft per period. Proposals are recomputed each time
 * the period is opened; edits follow their row by its stable key, so fresh data and typed text
 * never overwrite each other.
 */
import { RETURN_LIKE_STATUSES, reportRowKey, type DraftRecord, type ReportPeriod, type ReportProposal, type ReportRow, type ReturnLikeStatus } from '../../history';
import type { AgencyProfileInput, ExplanationInput, MonthlyReportInput, ReportSeenTotals } from '..';
import type { LocalDateTime } from '../../dossier/schema';
import { parseDate } from '../../portal/dates';
import type { Calendar } from '../../calendar';
import { daysLateBetween } from '../../deadline/lateness';
import { draftIdFor } from '../../history/report-period';
import { parseLines } from '../../settings/form';

/** Edits of the report itself ride on this key (row keys always contain "|"). */
export const REPORT_KEY = 'report';
export type ReportField = 'addressee' | 'remarks' | 'number' | 'recipients' | 'returnedStatuses';
/** What an office sets once and finds again in the next period's draft. */
const REMEMBERED_FIELDS: readonly ReportField[] = ['addressee', 'recipients', 'returnedStatuses'];
type Edit = DraftRecord['edits'][number];

export interface EditedRow {
  key: string;
  row: ReportRow;
  reason: string;
  unit: string;
  excluded: boolean;
  /** The sending back or completion as the officer typed it (dd/mm/yyyy HH:mm), or ''. */
  dateText: string;
  /** That date when it parses; otherwise the row's own date if the portal printed one. */
  date?: LocalDateTime;
  /** True while the only date known is when a page showed the change. */
  dateSeenOnly: boolean;
  /** True when the officer typed a date that reads: it replaces the history's. */
  dateTyped: boolean;
  responsiblePerson: string;
  remedy: string;
}

/** The office's choice of statuses counted as "trả lại" (refusal alone by default). */
export function returnedStatuses(edits: readonly Edit[]): ReturnLikeStatus[] {
  const chosen = editValue(edits, REPORT_KEY, 'returnedStatuses')?.split(',') ?? ['refused'];
  return RETURN_LIKE_STATUSES.filter((s) => chosen.includes(s));
}

/** A typed day and time ("16/05/2022 10:30", "10:30 16/05/2022"); a bare day counts as 17:00. */
export function typedDate(text: string): LocalDateTime | undefined {
  const found = parseDate(text, 'dmy');
  if (found === undefined || 'invalid' in found) return undefined;
  return found.dateOnly ? `${found.value.slice(0, 10)}T17:00` : found.value;
}

/** `edits` with one field of one row set; an edit back to the proposed value is dropped. */
export function setEdit(edits: readonly Edit[], rowKey: string, field: string, value: string, proposed = ''): Edit[] {
  const others = edits.filter((e) => !(e.rowKey === rowKey && e.field === field));
  return value === proposed ? others : [...others, { rowKey, field, value }];
}

export function editValue(edits: readonly Edit[], rowKey: string, field: string): string | undefined {
  return edits.find((e) => e.rowKey === rowKey && e.field === field)?.value;
}

/**
 * The draft for a period after a fresh proposal: today's rows, yesterday's edits. A period opened
 * for the first time takes the office's remembered choices ("Kính gửi", recipients, what counts as
 * returned) from `previous`, the draft last edited.
 */
export function mergeDraft(
  held: DraftRecord | undefined,
  period: ReportPeriod,
  proposal: Pick<ReportProposal, 'sentBack' | 'late'>,
  now: LocalDateTime,
  previous?: Pick<DraftRecord, 'edits'>,
): DraftRecord {
  const remembered = (previous?.edits ?? []).filter((e) => e.rowKey === REPORT_KEY && (REMEMBERED_FIELDS as readonly string[]).includes(e.field));
  return {
    id: draftIdFor(period),
    period: { from: period.from, to: period.to },
    label: period.label,
    rows: [...proposal.sentBack, ...proposal.late],
    edits: held?.edits ?? remembered,
    createdAt: held?.createdAt ?? now,
    updatedAt: now,
  };
}

export function editedRows(draft: Pick<DraftRecord, 'rows' | 'edits'>): EditedRow[] {
  return draft.rows.map((row) => {
    const key = reportRowKey(row);
    const own = row.kind === 'returned' ? row.sentBackAt : row.stillOpen ? undefined : row.completedAt;
    const dateText = editValue(draft.edits, key, 'date') ?? '';
    const typed = dateText.trim() === '' ? undefined : typedDate(dateText);
    const seenOnly = row.dateSeenOnly === true && typed === undefined;
    const date = typed ?? (seenOnly ? undefined : own);
    return {
      key,
      row,
      reason: editValue(draft.edits, key, 'reason') ?? row.reason ?? '',
      unit: editValue(draft.edits, key, 'unit') ?? row.agency ?? '',
      excluded: editValue(draft.edits, key, 'excluded') === 'yes',
      dateText,
      ...(date === undefined ? {} : { date }),
      dateSeenOnly: seenOnly,
      dateTyped: typed !== undefined,
      responsiblePerson: editValue(draft.edits, key, 'responsiblePerson') ?? '',
      remedy: editValue(draft.edits, key, 'remedy') ?? '',
    };
  });
}

/** Recipients typed one a line, or undefined to keep the office profile's. */
function recipientLines(text: string | undefined): string[] | undefined {
  const lines = parseLines(text ?? '');
  return lines.length === 0 ? undefined : lines;
}

const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The report's data: the rows not left out, with the officer's reasons and units. */
export function monthlyReportInput(
  draft: Pick<DraftRecord, 'rows' | 'edits'>,
  period: ReportPeriod,
  agency: AgencyProfileInput,
  issueDate: string,
  extra: { seen?: ReportSeenTotals; asOf?: LocalDateTime; calendar?: Calendar; portals?: readonly string[] } = {},
): MonthlyReportInput {
  const rows = editedRows(draft).filter((r) => !r.excluded);
  const report = (field: ReportField) => text(editValue(draft.edits, REPORT_KEY, field));
  const recipients = recipientLines(report('recipients'));
  const asOfDay = extra.asOf?.slice(0, 10);
  return defined({
    agency: recipients === undefined ? agency : { ...agency, recipients },
    issueDate,
    number: report('number'),
    addressee: report('addressee'),
    remarks: report('remarks'),
    period: { from: period.from, to: period.to, label: period.label },
    // A report made before its period ends says how far its figures go.
    dataUntil: asOfDay !== undefined && asOfDay < period.to ? asOfDay : undefined,
    seen: extra.seen,
    // Printed as hosts: the scheme says nothing to a reader of the report.
    portals: extra.portals?.map((origin) => origin.replace(/^https?:\/\//, '')),
    returned: rows
      .filter((r) => r.row.kind === 'returned')
      .map(({ row, reason, unit, date, dateSeenOnly }) =>
        defined({
          dossierCode: row.code,
          procedure: text(row.procedure),
          applicant: text(row.applicant),
          receivedAt: row.receivedAt,
          returnedAt: date,
          returnedAtSeen: dateSeenOnly ? row.sentBackAt : undefined,
          returnedBy: text(unit),
          reason: text(reason),
        }),
      ),
    late: rows
      .filter((r) => r.row.kind === 'late')
      .map(({ row, reason, unit, date, dateSeenOnly, dateTyped }) =>
        defined({
          dossierCode: row.code,
          procedure: text(row.procedure),
          applicant: text(row.applicant),
          receivedAt: row.receivedAt,
          dueAt: row.dueAt,
          finishedAt: date,
          finishedAtSeen: dateSeenOnly ? row.completedAt : undefined,
          // A completion the officer dated is counted again from that date.
          daysLate: dateTyped && date !== undefined && row.dueAt !== undefined ? daysLateBetween(row.dueAt, date, extra.calendar) : (row.daysLate ?? 0),
          reason: text(reason),
          responsible: text(unit),
          apology: text(row.apology),
        }),
      ),
  });
}

/** Báo cáo giải trình for one row of the report, with the officer's reason and unit. */
export function explanationInput(
  edited: EditedRow,
  agency: AgencyProfileInput,
  issueDate: string,
  addressee: string | undefined,
): ExplanationInput {
  const { row } = edited;
  return defined({
    agency,
    issueDate,
    addressee: text(addressee),
    caseKind: row.kind,
    dossierCode: row.code,
    procedure: text(row.procedure),
    applicant: text(row.applicant),
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    finishedAt: row.kind === 'late' ? edited.date : undefined,
    returnedAt: row.kind === 'returned' ? edited.date : undefined,
    returnedBy: row.kind === 'returned' ? text(edited.unit) : undefined,
    daysLate: row.kind === 'late' ? row.daysLate : undefined,
    reason: text(edited.reason),
    responsiblePerson: text(edited.responsiblePerson),
    remedy: text(edited.remedy),
  });
}
