import { describe, expect, it } from 'vitest';
import { assessDossier } from '../../../lib/deadline';
import { remainingHint } from '../../../lib/portal/values';

// As of Friday 20/05/2022: three calendar days later is Monday, one working day later.
const AS_OF = '2022-05-20T08:00';
const judged = (label: string) => assessDossier({ status: 'processing', remainingHint: remainingHint(label)! }, AS_OF);

describe('a countdown chip is a hint in calendar days unless the page says working days (issue 11 item 4)', () => {
  it('reads the unit from the label', () => {
    expect(remainingHint('Còn 3 ngày')).toEqual({ kind: 'left', days: 3, text: 'Còn 3 ngày' });
    expect(remainingHint('Còn 3 ngày làm việc')).toEqual({ kind: 'left', days: 3, unit: 'working', text: 'Còn 3 ngày' });
    expect(remainingHint('3 days left')).toEqual({ kind: 'left', days: 3, text: '3 days left' });
    expect(remainingHint('Overdue by 2 working days')).toEqual({ kind: 'overdue', days: 2, unit: 'working', text: 'Overdue by 2 working days' });
  });

  it('never takes calendar days for working days', () => {
    expect(judged('Còn 3 ngày')).toMatchObject({ status: 'due-soon', daysLeft: 1, rule: 'remaining-hint' });
    expect(judged('Còn 3 ngày làm việc')).toMatchObject({ status: 'on-time', daysLeft: 3, rule: 'remaining-hint' });
    // Seven calendar days late is Friday 13: five working days (Monday 16 … Friday 20) since.
    expect(judged('Quá hạn 7 ngày')).toMatchObject({ status: 'overdue', daysLate: 5, rule: 'remaining-hint' });
    expect(judged('Quá hạn 7 ngày làm việc')).toMatchObject({ status: 'overdue', daysLate: 7, rule: 'remaining-hint' });
  });
});
