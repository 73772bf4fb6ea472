import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createCalendar,
  describeDay,
  hasOfficialSchedule,
  isWorkingDay,
  noScheduleNotices,
  workingDaysBetween,
  yearScheduleErrorText,
  yearsWithoutSchedule,
  type YearScheduleResult,
  monthGrid,
  monthsOf,
} from '../../../lib/calendar';
import { parseYearSchedule } from '../../../lib/calendar/year-schedule';

/** Each case names the legal text it checks (docs/rules.md §1 and §3). */
describe('Ngày Văn hóa Việt Nam, 24/11 (NQ 28/2026/QH16 Điều 2, in force 01/7/2026)', () => {
  it.each([
    // [case, day, working?, source]
    ['Tuesday 24/11/2026 is a day off', '2026-11-24', false, 'NQ 28/2026/QH16 Điều 2'],
    ['Monday 23/11/2026 stays a working day: the 23/11 ↔ 28/11 swap was only proposed', '2026-11-23', true, 'xaydungchinhsach.chinhphu.vn explainer, a proposal'],
    ['Saturday 28/11/2026 stays a rest day: no make-up Saturday was decided', '2026-11-28', false, 'no VPCP letter found'],
    ['24/11/2025 was a working day: the resolution took effect 01/7/2026', '2025-11-24', true, 'NQ 28/2026/QH16, hiệu lực'],
    ['24/11/2027 (Wednesday) is a day off every year', '2027-11-24', false, 'NQ 28/2026/QH16 Điều 2 "hằng năm"'],
    ['Saturday 24/11/2029 gives no compensatory Monday 26/11', '2029-11-26', true, 'BLLĐ 2019 Điều 111(3) names only Điều 112(1)'],
  ])('%s', (_case, day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it('names the holiday in the tooltip', () => {
    expect(describeDay('2026-11-24')).toMatchObject({ working: false, reason: 'holiday', holiday: 'culture-day', name: 'Ngày Văn hóa Việt Nam' });
  });

  it('moves every count that crosses it: 20/11/2026 + 3 working days is Thursday 26/11, not 25/11', () => {
    expect(addWorkingDays('2026-11-20', 3)).toBe('2026-11-26');
    expect(workingDaysBetween('2026-11-20', '2026-11-30')).toBe(5);
  });

  it('is kept when the shipped schedules are switched off: it is law, not a yearly notice', () => {
    expect(isWorkingDay('2026-11-24', createCalendar({ useOfficialSchedules: false }))).toBe(false);
  });

  it('an office can still work it (extra working day) or add the weekend make-up (extra day off)', () => {
    expect(isWorkingDay('2026-11-24', createCalendar({ extraWorkingDays: ['2026-11-24'] }))).toBe(true);
    expect(isWorkingDay('2029-11-26', createCalendar({ extraDaysOff: ['2029-11-26'] }))).toBe(false);
  });
});

describe('hasOfficialSchedule (BLLĐ 2019 Điều 112(3): the PM fixes Tết and the 2/9 companion each year)', () => {
  it.each([
    [2019, false, 'before the shipped data'],
    [2020, true, 'Sở Công Thương Đắk Lắk 07/01/2020'],
    [2026, true, 'CV 12729/VPCP-KGVX; TB 9441/TB-BNV'],
    [2027, false, 'two proposals, no notice issued (xaydungchinhsach.chinhphu.vn 22/09/2026)'],
  ])('%i → %s (%s)', (year, expected) => {
    expect(hasOfficialSchedule(year)).toBe(expected);
  });

  it('is false for shipped years once the office switches the shipped schedules off', () => {
    expect(hasOfficialSchedule(2026, createCalendar({ useOfficialSchedules: false }))).toBe(false);
  });

  it('names each year without a schedule once, in the issue’s own words', () => {
    expect(yearsWithoutSchedule(['2026-12-30T17:00', '2027-01-04T17:00', '2027-02-01', undefined])).toEqual([2027]);
    expect(noScheduleNotices([2027], 'vi')).toEqual(['Năm 2027 chưa có lịch nghỉ chính thức trong Nhắc Hạn: đang tính theo Bộ luật Lao động']);
    expect(noScheduleNotices([2027], 'en')[0]).toContain('2027');
  });
});

const TET_2027 = `# Mẫu: lịch giả định để thử, không phải thông báo thật
05/02/2027 - 12/02/2027 nghỉ Tết Nguyên đán
20/02/2027 làm bù cho thứ Sáu 12/02/2027
03/09/2027 nghỉ Quốc khánh`;

const ok = (result: YearScheduleResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.schedule;
};

describe('a loaded yearly schedule', () => {
  it('reads ranges, make-up Saturdays and comments, and applies to every count', () => {
    const schedule = ok(parseYearSchedule(2027, TET_2027, 'Thông báo thử'));
    expect(schedule.daysOff).toHaveLength(9);
    expect(schedule.workingDays).toEqual([{ day: '2027-02-20', name: 'cho thứ Sáu 12/02/2027' }]);
    const calendar = createCalendar({ yearSchedules: [schedule] });
    expect(calendar.hasOfficialSchedule(2027)).toBe(true);
    expect(calendar.hasLoadedSchedule(2027)).toBe(true);
    // The labour code's default Tết is 4–10/2 (two days before mùng 1 on 6/2); the loaded break wins.
    expect(isWorkingDay('2027-02-04', calendar)).toBe(true);
    expect(isWorkingDay('2027-02-12', calendar)).toBe(false);
    expect(isWorkingDay('2027-02-20', calendar)).toBe(true);
    expect(isWorkingDay('2027-09-03', calendar)).toBe(false);
    expect(isWorkingDay('2027-09-01', calendar)).toBe(true);
    expect(isWorkingDay('2027-02-04')).toBe(false);
  });

  it.each([
    ['a day twice', '10/02/2027 nghỉ\n08/02/2027 - 12/02/2027 nghỉ Tết', 2, 'Dòng 2: ngày 10/02/2027 đã có ở dòng 1.'],
    ['a date of another year', '30/12/2026 nghỉ', 1, 'Dòng 1: ngày 30/12/2026 thuộc năm 2026, không phải năm 2027 đang nạp.'],
    ['a make-up that is not a Saturday', '\n21/02/2027 làm bù', 2, 'Dòng 2: ngày làm bù 21/02/2027 là Chủ nhật; ngày làm bù phải là thứ Bảy.'],
    ['text that is not a date', 'Tết nghỉ 7 ngày', 1, 'Dòng 1: "Tết nghỉ 7 ngày" không bắt đầu bằng một ngày có thật'],
    ['a date that does not exist', '30/02/2027 nghỉ', 1, 'Dòng 1: "30/02/2027 nghỉ" không bắt đầu bằng một ngày có thật'],
    ['a line without its kind', '10/02/2027 Tết', 1, 'Dòng 1: "10/02/2027 Tết" thiếu "nghỉ" hoặc "làm bù"'],
  ])('refuses %s, naming the line', (_case, text, line, message) => {
    const result = parseYearSchedule(2027, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.line).toBe(line);
    expect(yearScheduleErrorText(result.errors[0]!, 'vi')).toContain(message);
  });

  it('names the weekday in the interface language', () => {
    const result = parseYearSchedule(2027, '21/02/2027 làm bù');
    expect(result.ok ? '' : yearScheduleErrorText(result.errors[0]!, 'en')).toBe(
      'Line 1: the make-up working day 21/02/2027 is a Sunday; make-up days must be Saturdays.',
    );
  });

  it('reports every faulty line, not only the first, and refuses an empty paste', () => {
    const result = parseYearSchedule(2027, 'x\n01/01/2026 nghỉ\n05/02/2027 nghỉ');
    expect(result.ok ? [] : result.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(parseYearSchedule(2027, '# chỉ có ghi chú\n')).toMatchObject({ ok: false, errors: [{ line: 0, code: 'empty' }] });
  });
});

describe('the month calendar that previews a loaded schedule', () => {
  it('lays November 2026 out Monday to Sunday, with 24/11 off and its name', () => {
    const weeks = monthGrid(2026, 11);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]); // 1/11/2026 is a Sunday
    const tuesday24 = weeks.flat().find((c) => c?.date === 24);
    expect(tuesday24).toMatchObject({ working: false, reason: 'holiday', name: 'Ngày Văn hóa Việt Nam' });
    expect(weeks.flat().filter((c) => c !== null)).toHaveLength(30);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('marks a loaded make-up Saturday as worked', () => {
    const schedule = ok(parseYearSchedule(2027, TET_2027));
    const cells = monthGrid(2027, 2, createCalendar({ yearSchedules: [schedule] })).flat();
    expect(cells.find((c) => c?.date === 20)).toMatchObject({ working: true, madeUp: true });
    expect(monthsOf([...schedule.daysOff, ...schedule.workingDays].map((d) => d.day))).toEqual([2, 9]);
  });
});
