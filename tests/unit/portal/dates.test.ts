import { describe, expect, it } from 'vitest';
import { parseDate, scanDates, withDayTime } from '../../../lib/portal/dates';

describe('parseDate: every form of docs/portal-reference.md §2.3, day first, Vietnam time', () => {
  it.each([
    ['20/05/2022 17:00', '2022-05-20T17:00', false],
    ['20/05/2022 17:00:00', '2022-05-20T17:00', false],
    ['13-05-2022\n09:15:00', '2022-05-13T09:15', false],
    ['17-05-2022\nTừ 13:30 đến 16:00\n(Đã quá hạn 3 ngày)', '2022-05-17T16:00', false],
    ['20-05-2022 Từ 07:30 đến 11:30', '2022-05-20T11:30', false],
    ['10:00:00 20/5/2024', '2024-05-20T10:00', false],
    ['10:00 20/05/2024', '2024-05-20T10:00', false],
    ['09:15:00 ngày 13/05/2022', '2022-05-13T09:15', false],
    ['hẹn trả: 16:20 20/05/2022', '2022-05-20T16:20', false],
    ['16:20, 20/05/2022', '2022-05-20T16:20', false],
    ['20/05/2022 lúc 8:05', '2022-05-20T08:05', false],
    ['2024-05-20T10:00:00.000+0700', '2024-05-20T10:00', false],
    ['2024-05-20T10:00:00+07:00', '2024-05-20T10:00', false],
    ['2022-05-19T17:00:00.000+0000', '2022-05-20T00:00', false],
    ['2022-05-20T03:30:00Z', '2022-05-20T10:30', false],
    ['2022-12-31T20:00:00Z', '2023-01-01T03:00', false],
    ['2024-05-20T10:00:00', '2024-05-20T10:00', false],
    ['2024-05-20', '2024-05-20T00:00', true],
    ['31/05/2021', '2021-05-31T00:00', true],
    ['20/5/2024', '2024-05-20T00:00', true],
    ['1/6/2024', '2024-06-01T00:00', true],
    ['20.05.2022', '2022-05-20T00:00', true],
    ['29/02/2024', '2024-02-29T00:00', true],
    // .NET Framework vi-VN DateTime.ToString(): 12-hour with SA (morning) / CH (afternoon); and AM/PM.
    ['05/06/2024 4:30:00 CH', '2024-06-05T16:30', false],
    ['03/06/2024 8:15:00 SA', '2024-06-03T08:15', false],
    ['18/06/2024 12:10:00 SA', '2024-06-18T00:10', false],
    ['18/06/2024 12:10:00 CH', '2024-06-18T12:10', false],
    ['6/3/2024 5:00 PM', '2024-03-06T17:00', false],
    // ICU's toLocaleString('vi-VN', { hour12: true }): the time and its designator first.
    ['4:30:00 CH 5/6/2024', '2024-06-05T16:30', false],
    ['8:15:00 SA 3/6/2024', '2024-06-03T08:15', false],
    ['20/05/2022 17:00 CHỜ XỬ LÝ', '2022-05-20T17:00', false],
  ])('%j → %s', (text, value, dateOnly) => {
    expect(parseDate(text)).toMatchObject({ value, dateOnly });
  });

  it.each(['31/02/2022', '99/99/9999', '29/02/2023', '20/05/2022 25:00', '2022-13-01', '00/05/2022'])(
    '%j is reported as not a date',
    (text) => {
      expect(parseDate(text)).toEqual({ invalid: expect.any(String) });
    },
  );

  it.each(['Còn 2 ngày', 'Hôm nay', 'Quá hạn 3 ngày', '(Đã quá hạn 3 ngày)', 'Trong sáng nay', 'Đã chậm tiến độ 2 ngày', 'H21.57.14-220513-0001', '000.00.57.H21-220513-0001', '0900000101', '15 ngày làm việc', ''])(
    '%j holds no date',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );

  it('keeps stacked dates apart, each with its own time', () => {
    expect(scanDates('19/05/2022 21:10\n20/05/2022 08:00\n01/06/2022').dates.map((d) => d.value)).toEqual([
      '2022-05-19T21:10',
      '2022-05-20T08:00',
      '2022-06-01T00:00',
    ]);
    expect(scanDates('19/05/2022\n21:10 20/05/2022').dates.map((d) => d.value)).toEqual(['2022-05-19T00:00', '2022-05-20T21:10']);
  });

  it('reads both dates of a composite line', () => {
    const { dates } = scanDates('Tiếp nhận trực tiếp: 05/05/2022 14:30, hẹn trả: 17/05/2022 16:00');
    expect(dates.map((d) => d.value)).toEqual(['2022-05-05T14:30', '2022-05-17T16:00']);
  });

  it('honours the profile date order', () => {
    expect(parseDate('2022/05/20', 'ymd')).toMatchObject({ value: '2022-05-20T00:00' });
    expect(parseDate('20/05/2022', 'ymd')).toBeUndefined();
    expect(parseDate('2022/05/20', 'dmy')).toBeUndefined();
    expect(parseDate('2022-05-20T10:00:00+07:00', 'dmy')).toMatchObject({ value: '2022-05-20T10:00' });
  });

  it('applies the date-only policy only to date-only values', () => {
    const dateOnly = scanDates('20/05/2022').dates[0]!;
    const timed = scanDates('20/05/2022 09:00').dates[0]!;
    expect(withDayTime(dateOnly, '17:00')).toBe('2022-05-20T17:00');
    expect(withDayTime(timed, '17:00')).toBe('2022-05-20T09:00');
  });
});
