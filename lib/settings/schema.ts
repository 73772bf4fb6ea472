import { z } from 'zod';
import { CalendarOptionsSchema } from '../calendar/options';
import { DEFAULT_OFFICE_DAY_END, OFFICE_DAY_ENDS } from '../time/office-day';
import { LANGUAGES } from '../i18n/format';
import { LOCAL_TIME_SHAPE } from '../time/shapes';
import { SiteProfileSchema } from '../portal/site-profile';

/** Bumped whenever the stored shape changes; `migrate.ts` holds one step per version. */
export const SETTINGS_VERSION = 1;

const originPattern = /^https?:\/\/[^/\s]+$/;
export const OriginSchema = z.string().regex(originPattern, 'expected an origin such as https://motcua.example.gov.vn');

/** Vietnam local time to the minute, or empty for "now". */
const AsOfSchema = z.union([z.literal(''), z.string().regex(LOCAL_TIME_SHAPE)]);

export const SIGNING_PREFIXES = ['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

/** Who issues the documents (Nghị định 30/2020 header and signature block). */
export const AgencyProfileSettingsSchema = z.object({
  parentAgency: z.string().max(300).default(''),
  agency: z.string().max(300).default(''),
  placeName: z.string().max(100).default(''),
  documentSymbol: z.string().max(40).default(''),
  /** Chữ viết tắt tên cơ quan for symbols such as "BC-UBND" (Nghị định 30/2020 Phụ lục I). */
  agencyCode: z.string().max(30).default(''),
  signingPrefix: z.enum(SIGNING_PREFIXES).default(''),
  signingAuthority: z.string().max(200).default(''),
  signerTitle: z.string().max(200).default(''),
  signerName: z.string().max(200).default(''),
  recipients: z.array(z.string().max(300)).max(20).default([]),
});

export const ThresholdsSchema = z.object({
  /**
   * Working days before the appointment that count as "due soon"; never below the apology's lead
   * time (lib/deadline's APOLOGY_LEAD_DAYS, one day: NĐ 61/2018 Điều 19), so a dossier is flagged by
   * then. A test keeps the two equal.
   */
  dueSoonDays: z.number().int().min(1).max(30).default(2),
  /** Working days the office has to tell the citizen whether the dossier is complete. */
  checkWindowDays: z.number().int().min(1).max(30).default(3),
  /** When the office day ends: the time of a date-only appointment, finish or hand-over. */
  officeDayEnd: z.enum(OFFICE_DAY_ENDS).default(DEFAULT_OFFICE_DAY_END),
});

export const ReportSettingsSchema = z.object({
  /** Calendar month, or a cut-off period (e.g. the 15th of last month to the 14th). */
  period: z.enum(['month', 'cutoff']).default('month'),
  cutoffDay: z.number().int().min(2).max(28).default(15),
  /** From this day of the month the icon reminds the officer that the report is not yet made. */
  reminderDay: z.number().int().min(1).max(28).default(20),
});

/**
 * Which portals the monthly report and the statistics count: the office's changes to the default
 * (lib/history/portals.ts: a portal counts by default when the officer enabled it or made a document
 * from one of its dossiers). `added` counts a portal the default leaves out (a built-in host the office
 * works on), `removed` leaves out one it would count. An origin in both lists is left out.
 */
export const CountedPortalsSchema = z.object({
  added: z.array(OriginSchema).max(100).default([]),
  removed: z.array(OriginSchema).max(100).default([]),
});

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  /** Portal origins enabled by the officer beyond the built-in ones (each also needs its permission). */
  portalOrigins: z.array(OriginSchema).max(100).default([]),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  asOf: AsOfSchema.default(''),
  calendar: CalendarOptionsSchema.default(CalendarOptionsSchema.parse({})),
  agency: AgencyProfileSettingsSchema.default(AgencyProfileSettingsSchema.parse({})),
  report: ReportSettingsSchema.default(ReportSettingsSchema.parse({})),
  countedPortals: CountedPortalsSchema.default(CountedPortalsSchema.parse({})),
  /** Months of history kept before personal data is deleted; 0 keeps everything. */
  retentionMonths: z.number().int().min(0).max(240).default(0),
  language: z.enum(LANGUAGES).default('vi'),
  /**
   * How to read portals the built-in vocabulary misreads, one per origin. The schema is zod/mini
   * because the content script's reader validates with it too; classic zod nests it as it is.
   */
  siteProfiles: z.array(SiteProfileSchema).max(50).default([]),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type CountedPortals = z.infer<typeof CountedPortalsSchema>;
export type AgencyProfileSettings = z.infer<typeof AgencyProfileSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
