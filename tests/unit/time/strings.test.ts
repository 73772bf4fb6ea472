import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isValidDay, isValidLocalDateTime, lastDayOf } from '../../../lib/time/strings';

describe('date strings', () => {
  it('knows every month length from 1900 to 2199, as the UTC calendar does', () => {
    for (let year = 1900; year < 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });

  it('checks that a day or a local time exists, not only its shape', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2023-02-29')).toBe(false);
    expect(isValidDay('2022-13-01')).toBe(false);
    expect(isValidLocalDateTime('2022-05-20T23:59')).toBe(true);
    expect(isValidLocalDateTime('2022-05-20T24:00')).toBe(false);
  });

  it('moves months across years and ends them on their last day', () => {
    expect(addMonths('2022-01', -1)).toBe('2021-12');
    expect(addMonths('2022-12', 1)).toBe('2023-01');
    expect(lastDayOf('2100-02')).toBe('2100-02-28');
  });
});
