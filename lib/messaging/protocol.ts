import { z } from 'zod';
import { CalendarOptionsSchema } from '../calendar/options';
import { DossierSchema } from '../dossier/schema';
import { STANDING_RULES, STANDING_STATUSES } from '../deadline/standing';
import { OFFICE_DAY_ENDS } from '../time/office-day';
import { LOCAL_TIME_SHAPE } from '../time/shapes';

/**
 * Every message between the content script, the extension pages and the background, as one schema
 * per message for the request and one for the reply. The background validates every request (a
 * portal page is untrusted input) and its unit tests check every reply against its schema; senders
 * import only the types (lib/messaging/send.ts), so the content script carries no zod of its own.
 */
const LocalTime = z.string().regex(LOCAL_TIME_SHAPE);
const Url = z.string().max(4000);
const Origin = z.string().max(300);

const StandingSummarySchema = z.object({
  status: z.enum(STANDING_STATUSES),
  daysLeft: z.number().int().nullable(),
  daysLate: z.number().int().min(0),
  /** Tells a dossier finished late and not yet handed over, which still owes its apology. */
  rule: z.enum(STANDING_RULES).optional(),
});

/** How the overlay judged a row; the background keeps only what the tab's panel lists. */
const RowFlagSchema = z.object({
  code: z.string().min(1).max(200),
  standing: StandingSummarySchema,
});

/** A row of the tab's "needs action" list, as the background keeps it (lib/overlay/actionable.ts). */
const LedgerRowSchema = z.object({ dossier: DossierSchema, standing: StandingSummarySchema });

/** What the content script needs to judge rows; resolved by the background from the settings. */
const PageConfigSchema = z.object({
  asOf: LocalTime,
  asOfOverridden: z.boolean(),
  dueSoonDays: z.number().int(),
  checkWindowDays: z.number().int(),
  officeDayEnd: z.enum(OFFICE_DAY_ENDS),
  /** The settings' calendar whole, loaded yearly schedules included, so every count uses them. */
  calendar: CalendarOptionsSchema,
  language: z.enum(['vi', 'en']),
  /** A user reading profile for this origin, already validated by the background. */
  profile: z.unknown().optional(),
});
export type PageConfig = z.infer<typeof PageConfigSchema>;

/** Content script → popup: what the current tab shows. */
const TabStatusSchema = z.object({
  counts: z.record(z.string(), z.number().int().nonnegative()),
  rows: z.number().int().nonnegative(),
  lists: z.number().int().nonnegative(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

const Ok = z.object({ ok: z.literal(true) });
/** The reply to a request the background refused: not a message it knows, or data it cannot take. */
export const FailedSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Failed = z.infer<typeof FailedSchema>;

const message = <R extends z.ZodObject, P extends z.ZodType>(request: R, reply: P) => ({ request, reply });

/** Requests the background answers (from the content script and the extension pages). */
export const BACKGROUND_MESSAGES = {
  ping: message(z.object({ type: z.literal('ping') }), z.object({ ok: z.literal(true), version: z.string() })),
  'get-config': message(z.object({ type: z.literal('get-config'), url: Url }), PageConfigSchema),
  /** The loader found dossiers in its frame: the background injects the overlay into that frame. */
  'inject-overlay': message(z.object({ type: z.literal('inject-overlay') }), z.object({ ok: z.boolean() })),
  observe: message(
    z.object({
      type: z.literal('observe'),
      url: Url,
      // Ignored, like `url`'s origin: the background dates an observation by its own clock on arrival.
      seenAt: LocalTime.optional(),
      // Each dossier is validated on its own (validDossiers), so one bad record never drops the rest.
      dossiers: z.array(z.unknown()).max(5000),
      flags: z.array(RowFlagSchema).max(5000).default([]),
    }),
    z.object({ ok: z.literal(true), actionable: z.array(LedgerRowSchema), problem: z.string().optional() }),
  ),
  detail: message(
    z.object({ type: z.literal('detail'), url: Url, seenAt: LocalTime.optional(), dossier: z.unknown() }),
    z.union([Ok, FailedSchema]),
  ),
  /** "Open the document for this row": the apology letter, or the request for additions. */
  'open-letter': message(
    z.object({
      type: z.literal('open-letter'),
      kind: z.enum(['apology', 'supplement']).default('apology'),
      url: Url,
      dossier: z.unknown(),
    }),
    z.union([z.object({ ok: z.literal(true), request: z.string() }), FailedSchema]),
  ),
  /**
   * The officer taught the overlay how to read its page: the background saves the reading profile,
   * so the overlay carries no settings code. The profile is validated by the handler, for the
   * sender's own origin only.
   */
  'save-site-profile': message(
    z.object({ type: z.literal('save-site-profile'), profile: z.unknown() }),
    z.union([Ok, FailedSchema]),
  ),
  'enable-origin': message(z.object({ type: z.literal('enable-origin'), origin: Origin }), z.object({ ok: z.boolean() })),
  'disable-origin': message(z.object({ type: z.literal('disable-origin'), origin: Origin }), Ok),
  'open-options': message(z.object({ type: z.literal('open-options'), section: z.string().max(40).optional() }), Ok),
  /** The content script could not start on its page: kept for the tab, the popup says why. */
  'start-failed': message(z.object({ type: z.literal('start-failed'), url: Url, reason: z.string().max(500) }), Ok),
  /** An extension page made, deleted or imported documents: the report reminder may change. */
  'documents-changed': message(z.object({ type: z.literal('documents-changed') }), z.object({ ok: z.literal(true), reminder: z.boolean() })),
};

/** Where the background keeps a tab's start failure (storage.session), for the popup. */
export const startProblemKey = (tabId: number) => `start-problem:${tabId}`;
export const StartProblemSchema = z.object({ url: Url, reason: z.string().max(500) });
export type StartProblem = z.infer<typeof StartProblemSchema>;

/** Requests a tab's content script answers (from the popup and the settings page). */
export const TAB_MESSAGES = {
  'tab-status': message(z.object({ type: z.literal('tab-status') }), TabStatusSchema),
  /** The settings page's live check of a reading profile being edited: read the page, change nothing. */
  'check-profile': message(
    z.object({ type: z.literal('check-profile'), profile: z.unknown() }),
    z.object({ rows: z.number().int().nonnegative(), fields: z.record(z.string(), z.number().int().nonnegative()) }),
  ),
};

type Messages = typeof BACKGROUND_MESSAGES & typeof TAB_MESSAGES;
export type BackgroundMessageType = keyof typeof BACKGROUND_MESSAGES;
export type TabMessageType = keyof typeof TAB_MESSAGES;
/** What a sender writes (defaults may be left out). */
export type Request<T extends keyof Messages> = z.input<Messages[T]['request']>;
/** What the receiver sees once the request is validated. */
export type ParsedRequest<T extends keyof Messages> = z.output<Messages[T]['request']>;
export type Reply<T extends keyof Messages> = z.output<Messages[T]['reply']>;

const requests = Object.values(BACKGROUND_MESSAGES).map((m) => m.request);
export const MessageSchema = z.discriminatedUnion('type', requests as [(typeof requests)[number], ...(typeof requests)[number][]]);
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
