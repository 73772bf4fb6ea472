import { describe, expect, test } from 'vitest';
import { formatDateEntry, parseDateEntry, parseTimeOfDay } from '../../../lib/time/entry';

describe('dates as officers type them', () => {
  test('day first, whatever the separator: 06/05 is 6 May, never 5 June', () => {
    expect(parseDateEntry('06/05/2022', 'date')).toBe('2022-05-06');
    expect(parseDateEntry('6.5.2022', 'date')).toBe('2022-05-06');
    expect(parseDateEntry(' 6-5-2022 ', 'date')).toBe('2022-05-06');
    expect(parseDateEntry('2022-05-06', 'date')).toBe('2022-05-06');
  });

  test('impossible or ambiguous dates are refused', () => {
    for (const text of ['31/04/2022', '29/02/2023', '13/13/2022', '05/23/2022', '06/05', '', 'hôm nay']) {
      expect(parseDateEntry(text, 'date'), text).toBeUndefined();
    }
    expect(parseDateEntry('29/02/2024', 'date')).toBe('2024-02-29');
  });

  test('24-hour times, with the forms Vietnamese offices write', () => {
    expect(parseDateEntry('23/05/2022 16:00', 'datetime')).toBe('2022-05-23T16:00');
    expect(parseDateEntry('23/05/2022, 16:00', 'datetime')).toBe('2022-05-23T16:00');
    expect(parseDateEntry('23/05/2022 16h30', 'datetime')).toBe('2022-05-23T16:30');
    expect(parseDateEntry('16g 23/05/2022', 'datetime')).toBe('2022-05-23T16:00');
    expect(parseDateEntry('16h 23/05/2022', 'datetime')).toBe('2022-05-23T16:00');
    expect(parseDateEntry('2022-05-23T16:00', 'datetime')).toBe('2022-05-23T16:00');
    expect(parseDateEntry('23/05/2022 04:00 PM', 'datetime')).toBeUndefined();
    expect(parseDateEntry('23/05/2022 24:00', 'datetime')).toBeUndefined();
    expect(parseDateEntry('23/05/2022', 'datetime')).toBeUndefined();
  });

  test('times of day', () => {
    expect(parseTimeOfDay('7:30')).toBe('07:30');
    expect(parseTimeOfDay('7h30')).toBe('07:30');
    expect(parseTimeOfDay('13g')).toBe('13:00');
    expect(parseTimeOfDay('7:30 PM')).toBeUndefined();
    expect(parseTimeOfDay('25:00')).toBeUndefined();
  });

  test('months', () => {
    expect(parseDateEntry('05/2022', 'month')).toBe('2022-05');
    expect(parseDateEntry('5/2022', 'month')).toBe('2022-05');
    expect(parseDateEntry('2022-05', 'month')).toBe('2022-05');
    expect(parseDateEntry('13/2022', 'month')).toBeUndefined();
  });

  test('shown back as typed', () => {
    expect(formatDateEntry('2022-05-06', 'date')).toBe('06/05/2022');
    expect(formatDateEntry('2022-05-23T16:00', 'datetime')).toBe('23/05/2022 16:00');
    expect(formatDateEntry('2022-05', 'month')).toBe('05/2022');
    expect(formatDateEntry('', 'date')).toBe('');
  });
});
