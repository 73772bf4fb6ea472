import { z } from 'zod';
import { CalendarOptionsSchema } from '../calendar/options';
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
  signingPrefix: z.enum(SIGNING_PREFIXES).default(''),
  signingAuthority: z.string().max(200).default(''),
  signerTitle: z.string().max(200).default(''),
  signerName: z.string().max(200).default(''),
  recipients: z.array(z.string().max(300)).max(20).default([]),
});

export const ThresholdsSchema = z.object({
  /** Working days before the appointment that count as "due soon". */
  dueSoonDays: z.number().int().min(0).max(30).default(2),
  /** Working days the office has to tell the citizen whether the dossier is complete. */
  checkWindowDays: z.number().int().min(1).max(30).default(3),
});

export const ReportSettingsSchema = z.object({
  /** Calendar month, or a cut-off period (e.g. the 15th of last month to the 14th). */
  period: z.enum(['month', 'cutoff']).default('month'),
  cutoffDay: z.number().int().min(2).max(28).default(15),
  /** From this day of the month the icon reminds the officer that the report is not yet made. */
  reminderDay: z.number().int().min(1).max(28).default(20),
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
export type AgencyProfileSettings = z.infer<typeof AgencyProfileSettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
