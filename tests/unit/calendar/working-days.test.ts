import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarError,
  createCalendar,
  describeDay,
  isWorkingDay,
  lunarNewYear,
  nextWorkingDay,
  workingDaysBetween,
} from '../../../lib/calendar';

const span = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00Z`); t <= Date.parse(`${to}T00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const offDays = (from: string, to: string, calendar = createCalendar()) => span(from, to).filter((d) => !isWorkingDay(d, calendar));

describe('the official 2026 schedule', () => {
  it.each([
    ['Tết Dương lịch and the swap of Fri 2/1', '2025-12-29', '2026-01-11', span('2026-01-01', '2026-01-04').concat('2026-01-11')],
    ['Tết Bính Ngọ', '2026-02-09', '2026-02-28', [...span('2026-02-14', '2026-02-22'), '2026-02-28']],
    ['Giỗ Tổ on Sunday, 30/4 and 1/5', '2026-04-20', '2026-05-09', ['2026-04-25', '2026-04-26', '2026-04-27', ...span('2026-04-30', '2026-05-03'), '2026-05-09']],
    ['Quốc khánh and the swap of Mon 31/8', '2026-08-15', '2026-09-06', ['2026-08-15', '2026-08-16', '2026-08-23', ...span('2026-08-29', '2026-09-02'), '2026-09-05', '2026-09-06']],
  ])('%s', (_name, from, to, expected) => {
    expect(offDays(from, to)).toEqual(expected);
  });

  it('works the make-up Saturdays 10/1 and 22/8', () => {
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(describeDay('2026-01-10').name).toContain('02/01/2026');
  });

  it('explains each day off', () => {
    expect(describeDay('2026-04-27')).toMatchObject({ working: false, reason: 'compensatory', holiday: 'hung-kings' });
    expect(describeDay('2026-02-17')).toMatchObject({ working: false, reason: 'holiday', name: 'Tết Nguyên đán' });
    expect(describeDay('2026-01-02')).toMatchObject({ working: false, reason: 'official-day-off' });
    expect(describeDay('2026-02-14')).toEqual({ working: false, reason: 'weekend' });
    expect(describeDay('2026-03-04')).toEqual({ working: true });
  });

  it('without the official schedules keeps only the statutory days', () => {
    const statutory = createCalendar({ useOfficialSchedules: false });
    expect(isWorkingDay('2026-01-02', statutory)).toBe(true);
    expect(isWorkingDay('2026-01-10', statutory)).toBe(false);
    // Default Tết: the last two days of the old year and mùng 1–3, Sunday 15/2 compensated on 20/2.
    expect(offDays('2026-02-09', '2026-02-27', statutory)).toEqual(span('2026-02-14', '2026-02-22'));
  });
});

describe('compensatory days (nghỉ bù)', () => {
  it.each([
    ['1/1/2022 on Saturday', '2021-12-31', '2022-01-04', ['2022-01-01', '2022-01-02', '2022-01-03']],
    ['30/4 and 1/5/2022 on a weekend', '2022-04-28', '2022-05-05', ['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03']],
    ['Giỗ Tổ on Saturday 29/4/2023, 30/4 Sunday', '2023-04-27', '2023-05-05', span('2023-04-29', '2023-05-03')],
    ['2/9/2023 on Saturday', '2023-08-31', '2023-09-06', span('2023-09-01', '2023-09-04')],
  ])('%s', (_name, from, to, expected) => {
    expect(offDays(from, to)).toEqual(expected);
  });

  it('gives none for a Saturday holiday where Saturday is a working day', () => {
    const saturdays = createCalendar({ saturdayIsWorkingDay: true });
    expect(offDays('2022-04-28', '2022-05-05', saturdays)).toEqual(['2022-04-30', '2022-05-01', '2022-05-02']);
  });
});

describe('holiday rules by period', () => {
  it('one day for 2/9 before 2021, two from 2021', () => {
    expect(offDays('2020-09-01', '2020-09-04')).toEqual(['2020-09-02']);
    expect(offDays('2021-09-01', '2021-09-06')).toEqual(['2021-09-02', '2021-09-03', '2021-09-04', '2021-09-05']);
  });

  it('four Tết days before the 2012 code took effect (1/5/2013), five after', () => {
    const statutory = createCalendar({ useOfficialSchedules: false });
    const tetOff = (year: number) => {
      const tet = lunarNewYear(year);
      return span(addWorkingDays(tet, -5, statutory), addWorkingDays(tet, 5, statutory)).filter((d) => {
        const about = describeDay(d, statutory);
        return about.reason === 'holiday' && about.holiday === 'tet';
      }).length;
    };
    expect(tetOff(2012)).toBe(4);
    expect(tetOff(2013)).toBe(4);
    expect(tetOff(2014)).toBe(5);
  });

  it('no Giỗ Tổ holiday before 2007', () => {
    expect(isWorkingDay('2006-04-07')).toBe(true); // 10/3 Bính Tuất, a Friday
    expect(isWorkingDay('2008-04-15')).toBe(false); // 10/3 Mậu Tý, a Tuesday
  });
});

describe('user overrides', () => {
  it('adds days off and working days', () => {
    const office = createCalendar({ extraDaysOff: ['2022-05-19'], extraWorkingDays: ['2022-05-21'] });
    expect(describeDay('2022-05-19', office)).toMatchObject({ working: false, reason: 'user-day-off' });
    expect(isWorkingDay('2022-05-21', office)).toBe(true);
    expect(workingDaysBetween('2022-05-17', '2022-05-23', office)).toBe(workingDaysBetween('2022-05-17', '2022-05-23'));
    expect(addWorkingDays('2022-05-18', 1, office)).toBe('2022-05-20');
  });

  it('counts Saturdays when the centre works them', () => {
    const saturdays = createCalendar({ saturdayIsWorkingDay: true });
    expect(addWorkingDays('2022-05-20', 1, saturdays)).toBe('2022-05-21');
    expect(nextWorkingDay('2022-05-21', saturdays)).toBe('2022-05-23');
  });
});

describe('working-day arithmetic', () => {
  it('counts from < d ≤ to, negative when reversed', () => {
    expect(workingDaysBetween('2022-05-17', '2022-05-20')).toBe(3);
    expect(workingDaysBetween('2022-05-20', '2022-05-17')).toBe(-3);
    expect(workingDaysBetween('2022-05-20', '2022-05-20')).toBe(0);
    expect(workingDaysBetween('2025-12-31', '2026-01-05')).toBe(1);
  });

  it('adds across a year end and Tết', () => {
    expect(addWorkingDays('2022-05-20', 0)).toBe('2022-05-20');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(nextWorkingDay('2022-04-29')).toBe('2022-05-04');
  });

  const workingDay = fc
    .integer({ min: 0, max: 365 * 40 })
    .map((i) => new Date(Date.UTC(1995, 0, 1 + i)).toISOString().slice(0, 10))
    .filter((d) => isWorkingDay(d));

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n from a working day (property)', () => {
    fc.assert(
      fc.property(workingDay, fc.integer({ min: -600, max: 600 }), (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n),
      { numRuns: 1000 },
    );
  });

  it('never lands on a day off when adding across Tết (property)', () => {
    const aroundTet = fc
      .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: -20, max: 5 }))
      .map(([year, offset]) => {
        const tet = Date.parse(`${lunarNewYear(year)}T00:00Z`);
        return new Date(tet + offset * 86_400_000).toISOString().slice(0, 10);
      });
    fc.assert(
      fc.property(aroundTet, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const landed = addWorkingDays(d, n);
        return isWorkingDay(landed) && workingDaysBetween(d, landed) === n;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bad input gives a typed error', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof CalendarError ? error.code : 'untyped';
    }
    return 'no error';
  };

  it.each([
    ['31/02', () => isWorkingDay('2026-02-31'), 'invalid-day'],
    ['month 13', () => isWorkingDay('2026-13-01'), 'invalid-day'],
    ['not a day', () => isWorkingDay('20/05/2022'), 'invalid-day'],
    ['year 0', () => isWorkingDay('0000-01-01'), 'out-of-range'],
    ['NaN days', () => addWorkingDays('2026-01-05', Number.NaN), 'invalid-number'],
    ['fractional days', () => addWorkingDays('2026-01-05', 1.5), 'invalid-number'],
    ['past the supported range', () => addWorkingDays('2199-12-30', 10), 'out-of-range'],
    ['a bad override', () => createCalendar({ extraDaysOff: ['2026-02-30'] }), 'invalid-day'],
  ])('%s', (_name, fn, expected) => {
    expect(code(fn)).toBe(expected);
  });

  it('an override that makes every day a holiday fails fast instead of looping', () => {
    const allOff = createCalendar({ extraDaysOff: span('2030-01-01', '2031-12-31') });
    expect(code(() => addWorkingDays('2029-12-31', 1, allOff))).toBe('no-working-day');
    expect(code(() => nextWorkingDay('2030-06-01', allOff))).toBe('no-working-day');
    expect(code(() => addWorkingDays('2032-01-01', -1, allOff))).toBe('no-working-day');
    expect(workingDaysBetween('2029-12-31', '2032-01-01', allOff)).toBe(0);
  });

  it('messages are Vietnamese first, then English', () => {
    expect(() => isWorkingDay('2026-02-31')).toThrow(/^Ngày không hợp lệ.* \/ Invalid day/);
  });
});
