import { describe, expect, it } from 'vitest';
import { MonthlyReportDataSchema, ExplanationDataSchema } from '../../../../lib/documents';
import type { DocumentRecord, ReportRow } from '../../../../lib/history';
import { editedRows, explanationInput, mergeDraft, monthlyReportInput, REPORT_KEY, setEdit } from '../../../../lib/documents/page/report-draft';
import { draftIdFor, isReportFor, periodForMonth, reminderNeeded } from '../../../../lib/history/report-period';
import { unitTotals } from '../../../../lib/documents/page/stats';
import { addMonths } from '../../../../lib/time/strings';

const AGENCY = { parentAgency: '', agency: 'Ủy ban nhân dân huyện Đức Cơ', placeName: 'Đức Cơ', signerTitle: 'Chủ tịch', signerName: 'A' };
const NOW = '2022-05-20T08:00';

const late: ReportRow = {
  kind: 'late', origin: 'https://x', code: 'H21-0007', applicant: 'Trần Thị Mẫu', agency: 'Phòng Kinh tế và Hạ tầng',
  dueAt: '2022-05-17T16:00', daysLate: 3, stillOpen: true, completedAt: '2022-05-19T10:00',
};
const sentBackRow: ReportRow = {
  kind: 'returned', origin: 'https://x', code: 'H21-0009', agency: 'Bộ phận tiếp nhận', sentBackAt: '2022-05-20T08:00', reason: 'Không thuộc thẩm quyền',
};

describe('report periods', () => {
  it('labels a calendar month and a cut-off period the way the title prints them', () => {
    expect(periodForMonth({ period: 'month', cutoffDay: 15 }, '2022-05')).toEqual({ from: '2022-05-01', to: '2022-05-31', label: 'tháng 5 năm 2022' });
    expect(periodForMonth({ period: 'month', cutoffDay: 15 }, '2024-02').label).toBe('tháng 02 năm 2024');
    expect(periodForMonth({ period: 'cutoff', cutoffDay: 14 }, '2022-05')).toEqual({
      from: '2022-04-15', to: '2022-05-14', label: 'từ ngày 15/4/2022 đến ngày 14/5/2022',
    });
    expect(draftIdFor({ from: '2022-05-01', to: '2022-05-31' })).toBe('monthly-report:2022-05-01:2022-05-31');
  });

  it('recognises the period’s own report among the documents', () => {
    const doc = (kind: string, period: { from: string; to: string }): DocumentRecord => ({ id: '1', kind, codes: [], createdAt: NOW, template: 'default:monthly-report@0.1.0', data: { period } });
    const may = { from: '2022-05-01', to: '2022-05-31' };
    expect(isReportFor(doc('monthly-report', may), may)).toBe(true);
    expect(isReportFor(doc('monthly-report', { from: '2022-04-15', to: '2022-05-14' }), may)).toBe(false);
    expect(isReportFor(doc('explanation', may), may)).toBe(false);
  });

  it('reminds from the reminder day until the report exists', () => {
    expect(reminderNeeded('2022-05-19T23:59', 20, false)).toBe(false);
    expect(reminderNeeded('2022-05-20T00:00', 20, false)).toBe(true);
    expect(reminderNeeded('2022-05-31T10:00', 20, true)).toBe(false);
  });

  it('moves months by text arithmetic across years', () => {
    expect(addMonths('2022-05', -5)).toBe('2021-12');
    expect(addMonths('2022-12', 1)).toBe('2023-01');
    expect(addMonths('2022-01', -13)).toBe('2020-12');
  });
});

describe('the report draft', () => {
  const period = periodForMonth({ period: 'month', cutoffDay: 15 }, '2022-05');

  it('keeps the officer’s edits over a fresh proposal, keyed by row', () => {
    const first = mergeDraft(undefined, period, { sentBack: [sentBackRow], late: [late] }, NOW);
    const edited = { ...first, edits: setEdit(setEdit(first.edits, REPORT_KEY, 'addressee', 'Chủ tịch UBND huyện'), editedRows(first)[1]!.key, 'reason', 'Chờ ý kiến sở') };
    const fresh = mergeDraft(edited, period, { sentBack: [sentBackRow], late: [{ ...late, daysLate: 4 }] }, '2022-05-21T08:00');
    expect(fresh.createdAt).toBe(NOW);
    expect(fresh.updatedAt).toBe('2022-05-21T08:00');
    const rows = editedRows(fresh);
    expect(rows.map((r) => [r.row.code, r.reason, r.unit])).toEqual([
      ['H21-0009', 'Không thuộc thẩm quyền', 'Bộ phận tiếp nhận'],
      ['H21-0007', 'Chờ ý kiến sở', 'Phòng Kinh tế và Hạ tầng'],
    ]);
    expect(rows[1]!.row.daysLate).toBe(4);
  });

  it('drops an edit set back to the proposed value, and replaces an edit of the same field', () => {
    const once = setEdit([], 'k|1', 'unit', 'A');
    expect(setEdit(once, 'k|1', 'unit', 'B')).toEqual([{ rowKey: 'k|1', field: 'unit', value: 'B' }]);
    expect(setEdit(once, 'k|1', 'unit', 'P', 'P')).toEqual([]);
  });

  it('builds valid report data without the rows left out', () => {
    const draft = mergeDraft(undefined, period, { sentBack: [sentBackRow], late: [late] }, NOW);
    const [r, l] = editedRows(draft);
    const edits = setEdit(setEdit(draft.edits, l!.key, 'unit', 'Phòng KT-HT'), REPORT_KEY, 'remarks', 'Đề nghị đôn đốc');
    const input = monthlyReportInput({ ...draft, edits }, period, AGENCY, '2022-05-20');
    const data = MonthlyReportDataSchema.parse(input);
    expect(data.period.label).toBe('tháng 5 năm 2022');
    expect(data.remarks).toBe('Đề nghị đôn đốc');
    expect(data.late).toEqual([{ dossierCode: 'H21-0007', applicant: 'Trần Thị Mẫu', dueAt: '2022-05-17T16:00', daysLate: 3, responsible: 'Phòng KT-HT' }]);
    expect(data.returned[0]).toMatchObject({ dossierCode: 'H21-0009', returnedAt: '2022-05-20T08:00', returnedBy: 'Bộ phận tiếp nhận' });
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);

    const without = monthlyReportInput({ ...draft, edits: setEdit(edits, r!.key, 'excluded', 'yes') }, period, AGENCY, '2022-05-20');
    expect(without.returned).toEqual([]);

    const explanation = ExplanationDataSchema.parse(explanationInput(l!, AGENCY, '2022-05-20', 'Chủ tịch UBND huyện'));
    expect(explanation).toMatchObject({ caseKind: 'late', dossierCode: 'H21-0007', daysLate: 3, addressee: 'Chủ tịch UBND huyện' });
    expect(explanation.finishedAt).toBeUndefined();
  });

  it('totals units over months, most first', () => {
    const month = (m: string, units: { unit: string; late: number; sentBack: number }[]) => ({ month: m, late: 0, sentBack: 0, units });
    const totals = unitTotals([month('2022-04', [{ unit: 'B', late: 1, sentBack: 0 }]), month('2022-05', [{ unit: 'A', late: 1, sentBack: 2 }, { unit: 'B', late: 1, sentBack: 0 }])]);
    expect(totals).toEqual([
      { index: 1, unit: 'A', late: 1, sentBack: 2 },
      { index: 2, unit: 'B', late: 2, sentBack: 0 },
    ]);
  });
});
