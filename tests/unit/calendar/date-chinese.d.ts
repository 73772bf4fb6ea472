/** date-chinese (the lunar engine under date-holidays) ships no types for the calendar we cross-check against. */
declare module 'date-chinese' {
  export class CalendarVietnamese {
    fromGregorian(year: number, month: number, day: number): this;
    /** [cycle, year in cycle, month, leap, day] */
    get(): [number, number, number, boolean, number];
  }
}
