import { describe, expect, it } from 'vitest';
import { dateTimeInWords, dateTimeShort, dayInWords, dayShort, timeInWords } from '../../../lib/time/in-words';

describe('dayInWords (Nghị định 30/2020: leading zero for days 1–9 and months 1–2)', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
    ['2022-05-20', 'ngày 20 tháng 5 năm 2022'],
    ['2022-05-05', 'ngày 05 tháng 5 năm 2022'],
    ['2025-12-09', 'ngày 09 tháng 12 năm 2025'],
    ['2025-03-10', 'ngày 10 tháng 3 năm 2025'],
  ])('%s → %s', (day, words) => {
    expect(dayInWords(day)).toBe(words);
  });

  it('rejects what is not a day rather than printing garbage', () => {
    expect(() => dayInWords('20/05/2022')).toThrow(RangeError);
  });
});

describe('times', () => {
  it.each([
    ['2022-05-05T09:15', '09 giờ 15 phút', '09 giờ 15 phút, ngày 05 tháng 5 năm 2022', '09:15 05/05/2022'],
    ['2026-02-01T00:00', '00 giờ 00 phút', '00 giờ 00 phút, ngày 01 tháng 02 năm 2026', '00:00 01/02/2026'],
    ['2022-12-31T23:59', '23 giờ 59 phút', '23 giờ 59 phút, ngày 31 tháng 12 năm 2022', '23:59 31/12/2022'],
  ])('%s', (time, words, full, short) => {
    expect(timeInWords(time)).toBe(words);
    expect(dateTimeInWords(time)).toBe(full);
    expect(dateTimeShort(time)).toBe(short);
  });

  it('never shifts a wall-clock time, whatever the machine time zone', () => {
    // 23:30 on 31/12 would become the next day or year under a UTC or America/Los_Angeles Date.
    expect(dateTimeInWords('2025-12-31T23:30')).toBe('23 giờ 30 phút, ngày 31 tháng 12 năm 2025');
    expect(dayShort('2025-01-01')).toBe('01/01/2025');
  });
});
