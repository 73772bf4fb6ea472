/**
 * The shapes of the three date strings every room exchanges: a day `YYYY-MM-DD`, a Vietnam local
 * time `YYYY-MM-DDTHH:mm`, a month `YYYY-MM`. Shapes only (lib/time/strings.ts also checks that the
 * date exists); this file imports nothing, so the content script's schemas can use it.
 */
/** A day `YYYY-MM-DD`, a Vietnam local time `YYYY-MM-DDTHH:mm` (lib/dossier/schema.ts checks both). */
export type Day = string;
export type LocalDateTime = string;

export const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const MONTH_SHAPE = /^\d{4}-\d{2}$/;
