import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../lib/calendar';
import { assessDossier, explainLaw, type AssessedDossier } from '../../../lib/deadline';

/**
 * The rules of issue 13, one row per case with the source it checks beside it (docs/rules.md §4–§5).
 * Due Friday 20/05/2022 16:00 unless a case says otherwise.
 */
const due = { receivedAt: '2022-05-13T09:00', dueAt: '2022-05-20T16:00' } as const;

describe('when processing ends (QĐ 766/QĐ-TTg formula: the first of "Đã xử lý xong", "Đã trả kết quả")', () => {
  it.each<[string, AssessedDossier, string, object]>([
    ['finished on time, not yet collected', { ...due, status: 'finished', finishedAt: '2022-05-19T10:00' }, '2022-05-23T09:00', { status: 'done-on-time', rule: 'finished-on-time', apologyDue: false, daysLate: 0 }],
    ['finished on time, collected late', { ...due, status: 'returned', finishedAt: '2022-05-19T10:00', returnedAt: '2022-05-24T09:00' }, '2022-05-25T09:00', { status: 'done-on-time', rule: 'returned-on-time', daysLate: 0 }],
    ['finished late (Tue 24/05), not collected: late to the finish day, apology still owed', { ...due, status: 'finished', finishedAt: '2022-05-24T10:00' }, '2022-05-26T09:00', { status: 'done-late', rule: 'finished-late', daysLate: 2, apologyDue: true, suggestedAppointment: '2022-05-27T16:00' }],
    ['returned late: late to the hand-over, letter no longer suggested', { ...due, status: 'returned', returnedAt: '2022-05-23T10:00' }, '2022-05-26T09:00', { status: 'done-late', rule: 'returned-late', daysLate: 1, suggestedAppointment: null }],
    ['finished, no finish date, appointment still ahead: on time', { ...due, status: 'finished' }, '2022-05-19T09:00', { status: 'done-on-time', rule: 'finished-on-time' }],
    ['finished, no finish date, appointment passed: cannot be told', { ...due, status: 'finished' }, '2022-05-23T09:00', { status: 'unknown', rule: 'finished-without-date' }],
  ])('%s', (_case, dossier, asOf, expected) => {
    expect(assessDossier(dossier, asOf)).toMatchObject(expected);
  });
});

describe('the apology is due one working day before the appointment (NĐ 61/2018 Điều 19: "chậm nhất 01 ngày trước ngày hết hạn")', () => {
  const open = { ...due, status: 'processing' } as const;
  it.each<[string, AssessedDossier, string, boolean]>([
    ['2 working days left (Wed 18/05): not yet', open, '2022-05-18T09:00', false],
    ['1 working day left (Thu 19/05): due', open, '2022-05-19T09:00', true],
    ['appointment day: due', open, '2022-05-20T09:00', true],
    ['past the appointment: due', open, '2022-05-23T09:00', true],
    ['1 day left but paused for a supplement: the clock stops', { ...due, status: 'waiting-additions' }, '2022-05-19T09:00', false],
    ['1 day left by the portal’s own countdown', { status: 'processing', remainingHint: { kind: 'left', days: 1, text: 'Còn 1 ngày' } }, '2022-05-19T09:00', true],
  ])('%s', (_case, dossier, asOf, apologyDue) => {
    expect(assessDossier(dossier, asOf).apologyDue).toBe(apologyDue);
  });

  it('says by when: the office’s end of day on the working day before, across a weekend', () => {
    const monday = { ...open, dueAt: '2022-05-23T10:00' };
    expect(assessDossier(monday, '2022-05-20T09:00')).toMatchObject({ apologyDue: true, daysLeft: 1, apologyBy: '2022-05-20T17:00' });
    expect(assessDossier(monday, '2022-05-20T09:00', { officeDayEnd: '16:30' }).apologyBy).toBe('2022-05-20T16:30');
    const tip = explainLaw(monday, assessDossier(monday, '2022-05-20T09:00'), { asOf: '2022-05-20T09:00', language: 'vi' });
    expect(tip.lines).toContain('Văn bản xin lỗi và hẹn lại ngày trả phải gửi chậm nhất 17:00 20/05/2022 (01 ngày làm việc trước ngày hẹn).');
    const late = explainLaw(monday, assessDossier(monday, '2022-05-23T09:00'), { asOf: '2022-05-23T09:00', language: 'vi' });
    expect(late.lines[0]).toContain('Đã quá thời hạn gửi văn bản xin lỗi (17:00 20/05/2022');
  });

  it('keeps the due-soon threshold from going below the apology’s one day', () => {
    expect(assessDossier(open, '2022-05-19T09:00', { dueSoonDays: 0 })).toMatchObject({ status: 'due-soon', daysLeft: 1 });
  });
});

describe('the end of the office day (setting: 16:30, 17:00, 17:30)', () => {
  const dateOnly = { status: 'processing', dueAt: '2022-05-20T17:00', dueDateOnly: true } as const;
  it.each([
    ['16:30: a date-only appointment is late at 16:45', '16:30', '2022-05-20T16:45', 'overdue'],
    ['17:00: not yet at 16:45', '17:00', '2022-05-20T16:45', 'due-today'],
    ['17:30: not yet at 17:15', '17:30', '2022-05-20T17:15', 'due-today'],
  ] as const)('%s', (_case, officeDayEnd, asOf, status) => {
    expect(assessDossier(dateOnly, asOf, { officeDayEnd }).status).toBe(status);
  });

  it('moves date-only finish times too: a date-only finish on the appointment day is on time at any setting', () => {
    const finished = { ...dateOnly, status: 'finished', finishedAt: '2022-05-20T17:00', finishedDateOnly: true } as const;
    expect(assessDossier(finished, '2022-05-23T09:00', { officeDayEnd: '16:30' }).status).toBe('done-on-time');
    const timed = { ...finished, dueAt: '2022-05-20T16:30', dueDateOnly: false };
    expect(assessDossier(timed, '2022-05-23T09:00', { officeDayEnd: '16:30' }).status).toBe('done-on-time');
    expect(assessDossier(timed, '2022-05-23T09:00', { officeDayEnd: '17:30' })).toMatchObject({ status: 'done-late', daysLate: 0 });
  });

  it('says so in the tooltip', () => {
    const tip = explainLaw(dateOnly, assessDossier(dateOnly, '2022-05-18T09:00'), { asOf: '2022-05-18T09:00', language: 'vi', officeDayEnd: '16:30' });
    expect(tip.lines.join('\n')).toContain('tính đến 16:30');
  });
});

describe('a date in a year without an official schedule is said so (BLLĐ 2019 Điều 112(3))', () => {
  it('names 2027 when the appointment falls there, not for 2026', () => {
    const d = { status: 'processing', receivedAt: '2026-12-20T09:00', dueAt: '2027-01-05T16:00' } as const;
    const tip = explainLaw(d, assessDossier(d, '2026-12-28T09:00'), { asOf: '2026-12-28T09:00', language: 'vi' });
    expect(tip.lines).toContain('Năm 2027 chưa có lịch nghỉ chính thức trong Nhắc Hạn: đang tính theo Bộ luật Lao động');
    const calendar = createCalendar({ yearSchedules: [{ year: 2027, daysOff: [{ day: '2027-02-05', name: '' }], workingDays: [], source: '' }] });
    const loaded = explainLaw(d, assessDossier(d, '2026-12-28T09:00', { calendar }), { asOf: '2026-12-28T09:00', language: 'vi', calendar });
    expect(loaded.lines.join('\n')).not.toContain('Năm 2027');
  });
});
