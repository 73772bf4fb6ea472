import { beforeEach, describe, expect, it } from 'vitest';
import {
  monthlyStats,
  proposeReportRows,
  recordObservations,
  reportPeriod,
  searchHistory,
  type HistoryDB,
} from '../../../lib/history';
import { createCalendar } from '../../../lib/calendar';
import { freshHistory, observation, sample } from './helpers';

const NOW = '2022-05-20T08:00';
const code = (key: Parameters<typeof sample>[0]) => sample(key).code;

/**
 * The demo dataset as an officer's browser would have recorded it: most dossiers read on the
 * morning of 20/05/2022; D08 watched while it was refused, D11 from before its finish.
 */
async function recordedDataset(): Promise<HistoryDB> {
  const { db } = await freshHistory();
  const keys = ['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D09', 'D10', 'D12'] as const;
  await recordObservations(db, [
    observation('2022-05-12T11:00', [sample('D08', { status: 'processing', reason: undefined, statusText: 'Đang xử lý' })]),
    observation('2022-05-13T09:00', [sample('D08')]),
    observation('2022-05-12T11:00', [sample('D11', { status: 'processing', finishedAt: undefined })]),
  ]);
  await recordObservations(db, [observation(NOW, [...keys.map((k) => sample(k)), sample('D11'), sample('D08')])]);
  return db;
}

describe('search', () => {
  let db: HistoryDB;
  beforeEach(async () => {
    db = await recordedDataset();
  });

  it.each([
    ['the whole code', 'H21.57.14-220505-0007', ['D02']],
    ['the tail of a code', '220505-0007', ['D02']],
    ['the serial only', '0003', ['D06', 'D09']],
    ['a date part, lower case', 'h21.57.53', ['D09']],
  ] as const)('finds by %s', async (_name, text, keys) => {
    const hits = await searchHistory(db, { text, field: 'code', asOf: NOW });
    expect(hits.map((h) => h.dossier.code).sort()).toEqual(keys.map(code).sort());
  });

  it.each([
    ['without diacritics', 'nguyen van thu', ['D01']],
    ['by a given name prefix', 'mẫu', ['D02', 'D05', 'D08', 'D09', 'D11']],
    ['in capitals with đ folded', 'ĐỖ THỊ', ['D10']],
    ['by word prefixes in any order', 'thu ng', ['D01']],
  ] as const)('finds an applicant %s', async (_name, text, keys) => {
    const hits = await searchHistory(db, { text, field: 'applicant', asOf: NOW });
    expect(hits.map((h) => h.dossier.code).sort()).toEqual(keys.map(code).sort());
  });

  it('finds by procedure words and, with field any, by any of the three', async () => {
    const procedure = await searchHistory(db, { text: 'trich luc ho tich', field: 'procedure', asOf: NOW });
    expect(procedure.map((h) => h.dossier.code).sort()).toEqual([code('D04'), code('D12')].sort());
    const any = await searchHistory(db, { text: 'ksor', asOf: NOW });
    expect(any.map((h) => h.dossier.code)).toEqual([code('D09')]);
  });

  it('finds nothing for text that matches nothing', async () => {
    expect(await searchHistory(db, { text: 'zzzz', asOf: NOW })).toEqual([]);
  });

  it('filters by standing, unit and month, alone or together', async () => {
    const overdue = await searchHistory(db, { standing: 'overdue', asOf: NOW });
    expect(overdue.map((h) => h.dossier.code).sort()).toEqual([code('D02'), code('D09')].sort());
    const late = await searchHistory(db, { standing: 'done-late', asOf: NOW });
    expect(late.map((h) => h.dossier.code).sort()).toEqual([code('D07'), code('D11')].sort());
    const unit = await searchHistory(db, { unit: 'phong tu phap', asOf: NOW });
    expect(unit.map((h) => h.dossier.code).sort()).toEqual([code('D04'), code('D12')].sort());
    const dueJune = await searchHistory(db, { month: { of: 'due', month: '2022-06' }, asOf: NOW });
    expect(dueJune.map((h) => h.dossier.code).sort()).toEqual([code('D05'), code('D10')].sort());
    const receivedApril = await searchHistory(db, { month: { of: 'received', month: '2022-04' }, asOf: NOW });
    expect(receivedApril.map((h) => h.dossier.code)).toEqual([code('D04')]);
    const both = await searchHistory(db, { text: 'cap giay phep', unit: 'Phòng Kinh tế và Hạ tầng', standing: 'open', asOf: NOW });
    expect(both.map((h) => h.dossier.code)).toEqual([code('D10')]);
  });

  it('returns the most recently seen first, up to the limit', async () => {
    const hits = await searchHistory(db, { asOf: NOW, limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => h.dossier.lastSeen === NOW)).toBe(true);
    const all = await searchHistory(db, { asOf: NOW });
    expect(all).toHaveLength(12);
    const seen = all.map((h) => h.dossier.lastSeen);
    expect(seen).toEqual([...seen].sort().reverse());
  });
});

describe('report periods', () => {
  it.each([
    ['month', 2022, 5, 15, { from: '2022-05-01', to: '2022-05-31', label: 'tháng 5 năm 2022' }],
    ['month', 2024, 2, 15, { from: '2024-02-01', to: '2024-02-29', label: 'tháng 02 năm 2024' }],
    ['cutoff', 2022, 5, 15, { from: '2022-04-16', to: '2022-05-15', label: 'từ ngày 16/4/2022 đến ngày 15/5/2022' }],
    ['cutoff', 2022, 1, 15, { from: '2021-12-16', to: '2022-01-15', label: 'từ ngày 16/12/2021 đến ngày 15/1/2022' }],
    ['cutoff', 2022, 3, 30, { from: '2022-03-01', to: '2022-03-30', label: 'từ ngày 1/3/2022 đến ngày 30/3/2022' }],
    ['cutoff', 2022, 2, 30, { from: '2022-01-31', to: '2022-02-28', label: 'từ ngày 31/1/2022 đến ngày 28/2/2022' }],
  ] as const)('%s %i/%i (cut-off %i)', (kind, year, month, cutoff, expected) => {
    expect(reportPeriod(kind, year, month, cutoff)).toEqual(expected);
  });

  it('refuses impossible months and cut-off days', () => {
    expect(() => reportPeriod('month', 2022, 13)).toThrow(/Tham số không hợp lệ/);
    expect(() => reportPeriod('cutoff', 2022, 5, 0)).toThrow(/Invalid argument/);
  });
});

describe('proposed report rows', () => {
  it("proposes May 2022's returned and late dossiers with working days late", async () => {
    const db = await recordedDataset();
    const { sentBack, late } = await proposeReportRows(db, reportPeriod('month', 2022, 5), NOW);
    expect(sentBack).toEqual([
      expect.objectContaining({
        kind: 'returned',
        code: code('D08'),
        sentBackAt: '2022-05-13T09:00',
        reason: 'Hồ sơ không thuộc thẩm quyền',
        receivedAt: '2022-05-12T10:10',
      }),
    ]);
    expect(late.map((r) => [r.code, r.daysLate, r.completedAt, r.stillOpen])).toEqual([
      [code('D07'), 2, '2022-05-12T10:00', undefined],
      [code('D11'), 3, '2022-05-18T16:00', undefined],
      [code('D09'), 4, undefined, true],
      [code('D02'), 3, undefined, true],
    ]);
  });

  it('judges a cut-off period at its own end: D11 was still unfinished on 15/05', async () => {
    const db = await recordedDataset();
    const { sentBack, late } = await proposeReportRows(db, reportPeriod('cutoff', 2022, 5), NOW);
    expect(sentBack.map((r) => r.code)).toEqual([code('D08')]);
    expect(late.map((r) => [r.code, r.daysLate, r.stillOpen])).toEqual([
      [code('D07'), 2, undefined],
      [code('D11'), 0, true],
    ]);
  });

  it('lists nothing for a month before the dossiers and counts with an office calendar', async () => {
    const db = await recordedDataset();
    expect(await proposeReportRows(db, reportPeriod('month', 2022, 4), NOW)).toEqual({ sentBack: [], late: [] });
    const saturdays = createCalendar({ saturdayIsWorkingDay: true });
    const { late } = await proposeReportRows(db, reportPeriod('month', 2022, 5), NOW, { calendar: saturdays });
    expect(late.find((r) => r.code === code('D11'))?.daysLate).toBe(4);
  });

  it('refuses a period that ends before it starts', async () => {
    const db = await recordedDataset();
    await expect(proposeReportRows(db, { from: '2022-05-31', to: '2022-05-01' }, NOW)).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('counts late and returned per month and unit for the chart', async () => {
    const db = await recordedDataset();
    const stats = await monthlyStats(db, '2022-04', '2022-05', NOW);
    expect(stats.map((s) => [s.month, s.late, s.sentBack])).toEqual([
      ['2022-04', 0, 0],
      ['2022-05', 4, 1],
    ]);
    expect(stats[1]?.units).toEqual([
      { unit: 'Bộ phận tiếp nhận huyện Đức Cơ', late: 0, sentBack: 1 },
      { unit: 'Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Cơ', late: 1, sentBack: 0 },
      { unit: 'Phòng Kinh tế và Hạ tầng', late: 1, sentBack: 0 },
      { unit: 'Phòng Tài chính - Kế hoạch', late: 1, sentBack: 0 },
      { unit: 'UBND xã Ia Dơk', late: 1, sentBack: 0 },
    ]);
  });
});
