/**
 * Field schemas shared by the document kinds, and the rule that a missing value prints as the
 * form's dotted blank. Classic zod: document data is only validated in extension pages, the
 * background and Node, never in the content script.
 */
import { z } from 'zod';
import {
  BLANK,
  BLANK_DATE_TIME_IN_WORDS,
  BLANK_DAY_IN_WORDS,
  dateTimeInWords,
  dateTimeShort,
  dayInWords,
  dayShort,
} from '../time/in-words';

/** 'YYYY-MM-DD', a calendar day. */
export const DocDaySchema = z.iso.date();
/** 'YYYY-MM-DDTHH:mm', Vietnam local time. */
export const DocDateTimeSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'expected YYYY-MM-DDTHH:mm (Vietnam local time)');

/** Optional free text; an empty string counts as absent. */
export const optionalText = (max: number) => z.string().trim().max(max).optional();

export const orBlank = (text: string | undefined): string => (text === undefined || text === '' ? BLANK : text);

export const dayWordsOrBlank = (day: string | undefined): string => (day ? dayInWords(day) : BLANK_DAY_IN_WORDS);
export const dayShortOrBlank = (day: string | undefined): string => (day ? dayShort(day) : BLANK);
export const timeWordsOrBlank = (time: string | undefined): string => (time ? dateTimeInWords(time) : BLANK_DATE_TIME_IN_WORDS);
export const timeShortOrBlank = (time: string | undefined): string => (time ? dateTimeShort(time) : BLANK);
