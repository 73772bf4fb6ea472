/**
 * A site profile: how to read one portal when the built-in vocabulary is not enough. Officers edit
 * theirs per origin in the settings page; built-in profiles for the portal families use the same shape.
 */
import { z } from 'zod/mini';
import { FIELDS } from './vocabulary';

export const ProfileFieldSchema = z.enum(FIELDS);

export const ColumnRuleSchema = z.object({
  /** The header text of the column on this site (matched like the vocabulary). */
  header: z.optional(z.string().check(z.maxLength(200))),
  /** CSS selector of the value, relative to a row; wins over the header. */
  selector: z.optional(z.string().check(z.maxLength(500))),
});

export const SiteProfileSchema = z.object({
  origin: z.string().check(z.minLength(1), z.maxLength(500)),
  name: z.optional(z.string().check(z.maxLength(200))),
  /** CSS selector of the list element (a table, a grid, or an element containing one). */
  listSelector: z.optional(z.string().check(z.maxLength(500))),
  columns: z.partialRecord(ProfileFieldSchema, ColumnRuleSchema),
  dateOrder: z.optional(z.enum(['dmy', 'ymd', 'auto'])),
});
export type SiteProfile = z.infer<typeof SiteProfileSchema>;
