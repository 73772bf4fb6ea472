/**
 * When the office day ends: the time given to a date-only appointment, finish or hand-over
 * (settings → thresholds; docs/rules.md §4). Three choices, as one-stop centres keep them.
 */
export const OFFICE_DAY_ENDS = ['16:30', '17:00', '17:30'] as const;
export type OfficeDayEnd = (typeof OFFICE_DAY_ENDS)[number];
export const DEFAULT_OFFICE_DAY_END: OfficeDayEnd = '17:00';
