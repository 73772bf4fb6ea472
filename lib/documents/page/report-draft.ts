/**
 * The officer's work on a monthly report: rows proposed from the history, with their edits (reason,
 * responsible unit, left out) kept apart in a draft per period. Proposals are recomputed each time
 * the period is opened; edits follow their row by its stable key, so fresh data and typed text
 * never overwrite each other.
 */
import { reportRowKey, type DraftRecord, type ReportPeriod, type ReportProposal, type ReportRow } from '../../history';
import type { AgencyProfileInput, ExplanationInput, MonthlyReportInput } from '..';
import type { LocalDateTime } from '../../dossier/schema';
import { draftIdFor } from '../../history/report-period';

/** Edits of the report itself ride on this key (row keys always contain "|"). */
export const REPORT_KEY = 'report';
export type ReportField = 'addressee' | 'remarks' | 'number';
export type Edit = DraftRecord['edits'][number];

export interface EditedRow {
  key: string;
  row: ReportRow;
  reason: string;
  unit: string;
  excluded: boolean;
}

/** `edits` with one field of one row set; an edit back to the proposed value is dropped. */
export function setEdit(edits: readonly Edit[], rowKey: string, field: string, value: string, proposed = ''): Edit[] {
  const others = edits.filter((e) => !(e.rowKey === rowKey && e.field === field));
  return value === proposed ? others : [...others, { rowKey, field, value }];
}

export function editValue(edits: readonly Edit[], rowKey: string, field: string): string | undefined {
  return edits.find((e) => e.rowKey === rowKey && e.field === field)?.value;
}

/** The draft for a period after a fresh proposal: today's rows, yesterday's edits. */
export function mergeDraft(
  held: DraftRecord | undefined,
  period: ReportPeriod,
  proposal: ReportProposal,
  now: LocalDateTime,
): DraftRecord {
  return {
    id: draftIdFor(period),
    period: { from: period.from, to: period.to },
    label: period.label,
    rows: [...proposal.sentBack, ...proposal.late],
    edits: held?.edits ?? [],
    createdAt: held?.createdAt ?? now,
    updatedAt: now,
  };
}

export function editedRows(draft: Pick<DraftRecord, 'rows' | 'edits'>): EditedRow[] {
  return draft.rows.map((row) => {
    const key = reportRowKey(row);
    return {
      key,
      row,
      reason: editValue(draft.edits, key, 'reason') ?? row.reason ?? '',
      unit: editValue(draft.edits, key, 'unit') ?? row.agency ?? '',
      excluded: editValue(draft.edits, key, 'excluded') === 'yes',
    };
  });
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
): MonthlyReportInput {
  const rows = editedRows(draft).filter((r) => !r.excluded);
  const report = (field: ReportField) => text(editValue(draft.edits, REPORT_KEY, field));
  return defined({
    agency,
    issueDate,
    number: report('number'),
    addressee: report('addressee'),
    remarks: report('remarks'),
    period: { from: period.from, to: period.to, label: period.label },
    returned: rows
      .filter((r) => r.row.kind === 'returned')
      .map(({ row, reason, unit }) =>
        defined({
          dossierCode: row.code,
          procedure: text(row.procedure),
          applicant: text(row.applicant),
          receivedAt: row.receivedAt,
          returnedAt: row.sentBackAt,
          returnedBy: text(unit),
          reason: text(reason),
        }),
      ),
    late: rows
      .filter((r) => r.row.kind === 'late')
      .map(({ row, reason, unit }) =>
        defined({
          dossierCode: row.code,
          procedure: text(row.procedure),
          applicant: text(row.applicant),
          receivedAt: row.receivedAt,
          dueAt: row.dueAt,
          finishedAt: row.stillOpen ? undefined : row.completedAt,
          daysLate: row.daysLate ?? 0,
          reason: text(reason),
          responsible: text(unit),
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
    finishedAt: row.kind === 'late' && !row.stillOpen ? row.completedAt : undefined,
    returnedAt: row.kind === 'returned' ? row.sentBackAt : undefined,
    returnedBy: row.kind === 'returned' ? text(edited.unit) : undefined,
    daysLate: row.kind === 'late' ? row.daysLate : undefined,
    reason: text(edited.reason),
  });
}
