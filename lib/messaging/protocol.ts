import { z } from 'zod';
import { DossierSchema } from '../dossier/schema';
import { STANDING_STATUSES } from '../deadline/standing';

/**
 * Messages between the content script, the extension pages and the background. The background
 * validates everything it receives (a portal page is untrusted input); senders import only types.
 */
const LocalTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
const Url = z.string().max(4000);

/** How the overlay judged a row; the background only sums these up for the tab's panel. */
export const RowFlagSchema = z.object({
  code: z.string().min(1).max(200),
  standing: z.object({
    status: z.enum(STANDING_STATUSES),
    daysLeft: z.number().int().nullable(),
    daysLate: z.number().int().min(0),
  }).loose(),
});

/** `seenAt` is ignored: the background dates observations by its own clock when they arrive. */
export const ObservationMessageSchema = z.object({
  type: z.literal('observe'),
  url: Url,
  seenAt: LocalTime.optional(),
  dossiers: z.array(z.unknown()).max(5000),
  flags: z.array(RowFlagSchema).max(5000).default([]),
});

export const DetailMessageSchema = z.object({
  type: z.literal('detail'),
  url: Url,
  seenAt: LocalTime.optional(),
  dossier: z.unknown(),
});

export const OpenLetterMessageSchema = z.object({
  type: z.literal('open-letter'),
  /** Which document: the apology letter, or the request for additions. */
  kind: z.enum(['apology', 'supplement']).default('apology'),
  url: Url,
  dossier: z.unknown(),
});

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('get-config'), url: Url }),
  ObservationMessageSchema,
  DetailMessageSchema,
  OpenLetterMessageSchema,
  z.object({ type: z.literal('enable-origin'), origin: z.string().max(300) }),
  z.object({ type: z.literal('disable-origin'), origin: z.string().max(300) }),
  z.object({ type: z.literal('open-options'), section: z.string().max(40).optional() }),
  /** An extension page made, deleted or imported documents: the report reminder may change. */
  z.object({ type: z.literal('documents-changed') }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** Dossiers inside messages are validated one by one, so one bad record never drops the rest. */
export function validDossiers(values: unknown[]): z.infer<typeof DossierSchema>[] {
  const out: z.infer<typeof DossierSchema>[] = [];
  for (const value of values) {
    const parsed = DossierSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** What the content script needs to judge rows; resolved by the background from the settings. */
export interface PageConfig {
  asOf: string;
  asOfOverridden: boolean;
  dueSoonDays: number;
  checkWindowDays: number;
  calendar: {
    useOfficialSchedules: boolean;
    extraDaysOff: string[];
    extraWorkingDays: string[];
    saturdayIsWorkingDay: boolean;
  };
  language: 'vi' | 'en';
  /** A user reading profile for this origin, already validated by the background. */
  profile?: unknown;
}

/** Content script → popup: what the current tab shows. */
export interface TabStatus {
  counts: Record<string, number>;
  rows: number;
  lists: number;
}
