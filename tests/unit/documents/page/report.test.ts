import { describe, expect, it } from 'vitest';
import { MonthlyReportDataSchema, ExplanationDataSchema, monthlyReportTags, rowFacts } from '../../../../lib/documents';
import type { DocumentRecord, ReportRow } from '../../../../lib/history';
import { editedRows, explanationInput, mergeDraft, monthlyReportInput, REPORT_KEY, returnedStatuses, setEdit, typedDate } from '../../../../lib/documents/page/report-draft';
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
    expect(periodForMonth({ period: 'cutoff', cutoffDay: 15 }, '2022-05')).toEqual({
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
    const month = (m: string, units: { unit: string; late: number; sentBack: number }[]) => ({ month: m, late: 0, sentBack: 0, units, origins: [] });
    const totals = unitTotals([month('2022-04', [{ unit: 'B', late: 1, sentBack: 0 }]), month('2022-05', [{ unit: 'A', late: 1, sentBack: 2 }, { unit: 'B', late: 1, sentBack: 0 }])]);
    expect(totals).toEqual([
      { index: 1, unit: 'A', late: 1, sentBack: 2 },
      { index: 2, unit: 'B', late: 2, sentBack: 0 },
    ]);
  });
});

describe('dates, documents and remembered choices in the report', () => {
  const period = periodForMonth({ period: 'cutoff', cutoffDay: 15 }, '2022-05');
  const seenBack: ReportRow = { ...sentBackRow, sentBackAt: '2022-05-13T09:00', dateSeenOnly: true };
  const seenDone: ReportRow = { ...late, stillOpen: undefined, completedAt: '2022-05-12T08:00', dateSeenOnly: true };

  it.each([
    ['16/05/2022 10:30', '2022-05-16T10:30'],
    ['10:30 16/05/2022', '2022-05-16T10:30'],
    ['16/5/2022', '2022-05-16T17:00'],
    ['31/02/2022', undefined],
    ['hôm qua', undefined],
  ])('reads the typed date %s as %s', (text, expected) => {
    expect(typedDate(text)).toBe(expected);
  });

  it('prints "chưa rõ (thấy lúc …)" for a date the portal never printed, until the officer types the real one', () => {
    const draft = mergeDraft(undefined, period, { sentBack: [seenBack], late: [seenDone] }, NOW);
    const tags = (d: typeof draft) => monthlyReportTags(MonthlyReportDataSchema.parse(monthlyReportInput(d, period, AGENCY, '2022-05-20')));
    const before = tags(draft);
    expect(before.returned[0]!.returnedAt).toBe('chưa rõ (thấy lúc 09:00 13/05/2022)');
    expect(before.late[0]!.finishedAt).toBe('chưa rõ (thấy lúc 08:00 12/05/2022)');
    const [r, l] = editedRows(draft);
    const edits = setEdit(setEdit(draft.edits, r!.key, 'date', '12/05/2022 16:20'), l!.key, 'date', '11/05/2022 15:00');
    const after = tags({ ...draft, edits });
    expect(after.returned[0]!.returnedAt).toBe('16:20 12/05/2022');
    expect(after.late[0]!.finishedAt).toBe('15:00 11/05/2022');
    // Counted again from the typed date: due 17/05 16:00, finished 11/05 is not late at all.
    expect(after.late[0]!.daysLate).toBe('0');
    const typo = tags({ ...draft, edits: setEdit(draft.edits, r!.key, 'date', '32/05/2022') });
    expect(typo.returned[0]!.returnedAt).toBe('chưa rõ (thấy lúc 09:00 13/05/2022)');
  });

  it('says how far the figures go when the report is made before its period ends', () => {
    const draft = mergeDraft(undefined, period, { sentBack: [], late: [] }, NOW);
    const early = monthlyReportTags(MonthlyReportDataSchema.parse(monthlyReportInput(draft, period, AGENCY, '2022-05-10', { asOf: '2022-05-10T08:00' })));
    expect(early.dataNote).toBe('Số liệu đến ngày 10/05/2022; kỳ báo cáo kết thúc ngày 14/05/2022');
    const after = monthlyReportTags(MonthlyReportDataSchema.parse(monthlyReportInput(draft, period, AGENCY, '2022-05-20', { asOf: NOW })));
    expect(after.dataNote).toBe('Số liệu từ ngày 15/04/2022 đến ngày 14/05/2022');
  });

  it('says which portals the report counts', () => {
    const draft = mergeDraft(undefined, period, { sentBack: [], late: [] }, NOW);
    const portals = ['https://gialai.motcua.vnpt.vn', 'https://ducco.motcua.vnpt.vn'];
    const input = monthlyReportInput(draft, period, AGENCY, '2022-05-20', { asOf: NOW, portals });
    expect(monthlyReportTags(MonthlyReportDataSchema.parse(input)).dataNote).toBe(
      'Số liệu từ ngày 15/04/2022 đến ngày 14/05/2022; hồ sơ trên Hệ thống thông tin một cửa điện tử: gialai.motcua.vnpt.vn, ducco.motcua.vnpt.vn',
    );
  });

  it('remembers "Kính gửi", the recipients and the returned statuses for the next period, not the rest', () => {
    const may = mergeDraft(undefined, period, { sentBack: [sentBackRow], late: [] }, NOW);
    let edits = setEdit(may.edits, REPORT_KEY, 'addressee', 'Ủy ban nhân dân huyện Đức Cơ');
    edits = setEdit(edits, REPORT_KEY, 'recipients', 'Như trên\nVăn phòng HĐND - UBND huyện\nLưu: VT');
    edits = setEdit(edits, REPORT_KEY, 'returnedStatuses', 'refused,withdrawn', 'refused');
    edits = setEdit(edits, REPORT_KEY, 'number', '12');
    edits = setEdit(edits, editedRows(may)[0]!.key, 'reason', 'x');
    const june = mergeDraft(undefined, periodForMonth({ period: 'cutoff', cutoffDay: 15 }, '2022-06'), { sentBack: [], late: [] }, NOW, { edits });
    expect(june.edits.map((e) => e.field).sort()).toEqual(['addressee', 'recipients', 'returnedStatuses']);
    expect(returnedStatuses(june.edits)).toEqual(['refused', 'withdrawn']);
    const data = MonthlyReportDataSchema.parse(monthlyReportInput(june, period, AGENCY, '2022-06-20'));
    expect(data.agency.recipients).toEqual(['Như trên', 'Văn phòng HĐND - UBND huyện', 'Lưu: VT']);
    expect(returnedStatuses([])).toEqual(['refused']);
  });

  it('carries the explanation\'s responsibility and remedy from the row into its form', () => {
    const draft = mergeDraft(undefined, period, { sentBack: [], late: [late] }, NOW);
    const [l] = editedRows(draft);
    const edits = setEdit(setEdit(draft.edits, l!.key, 'responsiblePerson', 'Ông Đinh Văn Thử'), l!.key, 'remedy', 'Trình ký trước 27/5');
    const [row] = editedRows({ ...draft, edits });
    expect(ExplanationDataSchema.parse(explanationInput(row!, AGENCY, '2022-05-20', undefined))).toMatchObject({
      responsiblePerson: 'Ông Đinh Văn Thử',
      remedy: 'Trình ký trước 27/5',
    });
  });

  it('takes the apology sent and the reason written from the dossier\'s documents, the latest first', () => {
    const apology = (createdAt: string, number?: string) => ({
      kind: 'apology-letter',
      createdAt,
      data: { agency: AGENCY, dossierCode: 'H21-0007', issueDate: createdAt.slice(0, 10), reason: 'Chờ ý kiến sở', ...(number ? { number } : {}) },
    });
    expect(rowFacts([apology('2022-05-16T09:00', '12')])).toEqual({ apology: 'Số 12/PXL-UBND ngày 16/05/2022', reason: 'Chờ ý kiến sở' });
    expect(rowFacts([apology('2022-05-16T09:00')]).apology).toBe('Ngày 16/05/2022');
    const explanation = { kind: 'explanation', createdAt: '2022-05-20T10:00', data: { agency: AGENCY, caseKind: 'late', dossierCode: 'H21-0007', reason: 'Cán bộ nghỉ ốm' } };
    expect(rowFacts([explanation, apology('2022-05-16T09:00', '12')])).toEqual({ apology: 'Số 12/PXL-UBND ngày 16/05/2022', reason: 'Cán bộ nghỉ ốm' });
    expect(rowFacts([])).toEqual({});
  });
});

describe('the symbol carries the agency code (Nghị định 30/2020: "Số: …/BC-UBND")', () => {
  const period = periodForMonth({ period: 'month', cutoffDay: 15 }, '2022-05');
  const symbol = (agency: object) =>
    monthlyReportTags(MonthlyReportDataSchema.parse(monthlyReportInput(mergeDraft(undefined, period, { sentBack: [], late: [] }, NOW), period, { ...AGENCY, ...agency }, '2022-05-20'))).documentSymbol;
  it.each([
    [{}, 'BC-UBND'],
    [{ agency: 'Bưu điện huyện Đức Cơ' }, 'BC'],
    [{ agency: 'Phòng Kinh tế và Hạ tầng', agencyCode: 'KTHT' }, 'BC-KTHT'],
    [{ agencyCode: 'UBND-MC' }, 'BC-UBND-MC'],
  ])('%o → %s', (agency, expected) => {
    expect(symbol(agency)).toBe(expected);
  });
});
