import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, describe, expect, test } from 'vitest';
import type { HistoryHit, StoredDossier } from '../../../lib/history';
import { onTimeSheet, overdueSheet, reportSheets, returnedSheet } from '../../../lib/export/lists';
import { excelDate, sheetName, workbookBytes } from '../../../lib/export/workbook';
import { onTimeRates, ratePeriods } from '../../../lib/quality/on-time-rate';
import { parseCsv, xlsxSheetsAsCsv } from '../../../scripts/libreoffice';

const work = mkdtempSync(join(tmpdir(), 'nhac-han-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// D01 and D11 of the demo dataset (shared/portal.md §4), as the history keeps them.
function hit(code: string, snapshot: Partial<StoredDossier['snapshot']>, events: StoredDossier['events'] = []): HistoryHit {
  const dossier: StoredDossier = {
    origin: 'https://gialai.motcua.vnpt.vn',
    code,
    firstSeen: '2022-05-16T08:00',
    lastSeen: '2022-05-20T07:45',
    snapshot: { code, status: 'processing', ...snapshot } as StoredDossier['snapshot'],
    events,
  };
  return { dossier, standing: 'overdue' };
}

const D01 = hit('H21.57.14-220509-0001', {
  applicant: 'Nguyễn Văn Mẫu',
  procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  agency: 'Phòng Kinh tế - Hạ tầng',
  receivedAt: '2022-05-09T08:15',
  dueAt: '2022-05-17T16:30',
});

async function roundTrip(name: string, bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const file = join(work, `${name}.xlsx`);
  writeFileSync(file, bytes);
  return new Map([...xlsxSheetsAsCsv(file)].map(([sheet, csv]) => [sheet, parseCsv(csv)]));
}

describe('Excel workbooks, opened by LibreOffice Calc', () => {
  test('the overdue list: Vietnamese headers, dates shown dd/mm/yyyy hh:mm, working days late', async () => {
    const sheets = await roundTrip('overdue', await workbookBytes([overdueSheet([D01], '2022-05-20T08:00')], '2022-05-20T08:00'));
    const rows = sheets.get('Quá hạn')!;
    expect(rows[0]![0]).toBe('Hồ sơ quá hạn, tính đến 20/05/2022 08:00 từ các hồ sơ trình duyệt này đã thấy');
    expect(rows[1]).toEqual([
      'STT',
      'Mã hồ sơ',
      'Chủ hồ sơ',
      'Thủ tục hành chính',
      'Đơn vị xử lý',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Số ngày làm việc quá hạn',
      'Lần cuối thấy',
    ]);
    // 17/05 (Tue) → 20/05 (Fri): 18, 19, 20 are three working days late.
    expect(rows[2]).toEqual([
      '1',
      'H21.57.14-220509-0001',
      'Nguyễn Văn Mẫu',
      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Phòng Kinh tế - Hạ tầng',
      '09/05/2022 08:15',
      '17/05/2022 16:30',
      '3',
      '20/05/2022 07:45',
    ]);
    expect(rows).toHaveLength(3);
  });

  test('the report rows and returned list, one sheet each, in order', async () => {
    const late = { kind: 'late' as const, origin: 'x', code: 'H21.57.14-220506-0006', dueAt: '2022-05-13T13:30', completedAt: '2022-05-18T10:00', daysLate: 3, reason: 'Chờ ý kiến' };
    const returned = { kind: 'returned' as const, origin: 'x', code: 'H21.57.14-220510-0003', sentBackAt: '2022-05-12T09:00', reason: 'Thiếu bản vẽ' };
    const refused = hit('H21.57.14-220510-0003', { status: 'refused' }, [{ status: 'refused', at: '2022-05-12T09:00', seenAt: '2022-05-12T09:05', reason: 'Thiếu bản vẽ' }]);
    const bytes = await workbookBytes(
      [...reportSheets({ late: [late], sentBack: [returned], origins: ['x'] }, 'Tháng 05/2022'), returnedSheet([refused], '2022-05-20T08:00')],
      '2022-05-20T08:00',
    );
    const sheets = await roundTrip('report', bytes);
    expect([...sheets.keys()]).toEqual(['Trễ hạn', 'Trả lại', 'Trả lại 2']);
    expect(sheets.get('Trễ hạn')![2]).toEqual(['1', 'H21.57.14-220506-0006', '', '', '', '', '13/05/2022 13:30', '18/05/2022 10:00', '3', 'Chờ ý kiến']);
    expect(sheets.get('Trả lại')![2]!.slice(-2)).toEqual(['12/05/2022 09:00', 'Thiếu bản vẽ']);
    expect(sheets.get('Trả lại 2')![2]!.slice(-2)).toEqual(['12/05/2022 09:00', 'Thiếu bản vẽ']);
  });

  test('the on-time rate as a percentage', async () => {
    const done = hit('A', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-12T10:00', status: 'finished', receivedAt: '2022-05-05T08:00', agency: 'Phòng Tư pháp' });
    const late = hit('B', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-16T10:00', status: 'finished', receivedAt: '2022-05-05T08:00', agency: 'Phòng Tư pháp' });
    const rates = onTimeRates([done.dossier, late.dossier], ratePeriods('quarter', '2022-05', '2022-05'), '2022-06-10T08:00');
    const rows = (await roundTrip('rate', await workbookBytes([onTimeSheet(rates, '2022-06-10T08:00')], '2022-06-10T08:00'))).get('Tỷ lệ đúng hạn')!;
    expect(rows[2]).toEqual(['Quý II/2022', 'Tất cả', '1', '0', '0', '1', '0', '50.0%']);
    expect(rows[3]).toEqual(['Quý II/2022', 'Phòng Tư pháp', '1', '0', '0', '1', '0', '50.0%']);
  });

  test('dates are real Excel dates, the header row frozen, widths set', async () => {
    const zip = new PizZip(await workbookBytes([overdueSheet([D01], '2022-05-20T08:00')], '2022-05-20T08:00'));
    const xml = zip.file('xl/worksheets/sheet1.xml')!.asText();
    expect(xml).toMatch(/<pane[^>]*ySplit="2"[^>]*state="frozen"/);
    expect(xml).toMatch(/<col min="4" max="4" width="48/);
    // 17/05/2022 16:30 is serial 44698.6875: a number cell, not text.
    expect(xml).toMatch(/<c r="G3" s="\d+"><v>44698\.6875<\/v><\/c>/);
    const styles = zip.file('xl/styles.xml')!.asText();
    expect(styles).toContain('formatCode="dd/mm/yyyy hh:mm"');
  });

  test('helpers: wall-clock dates and Excel-safe sheet names', () => {
    expect(excelDate('2022-05-17T16:30').toISOString()).toBe('2022-05-17T16:30:00.000Z');
    expect(excelDate('2022-05-17').toISOString()).toBe('2022-05-17T00:00:00.000Z');
    expect(() => excelDate('17/05/2022')).toThrow(RangeError);
    expect(sheetName('Kỳ 16/04 – 15/05: [trễ]?', new Set())).toBe('Kỳ 16-04 – 15-05- -trễ--');
    expect(sheetName('Quá hạn', new Set(['quá hạn']))).toBe('Quá hạn 2');
  });
});
