import { z } from 'zod';
import { DossierSchema, DossierStatusSchema } from '../dossier/schema';
import { isValidDay, isValidLocalDateTime } from '../time/strings';
import { isUrlOf, isWebOrigin } from './urls';

/**
 * The records the history keeps, as zod schemas: the database stores them, the backup carries them,
 * and `importHistory` validates them. Classic zod is fine here: the history never runs in the portal
 * page, only in the extension's own pages and background.
 */

export const TimeSchema = z.string().refine(isValidLocalDateTime, 'expected a real YYYY-MM-DDTHH:mm');
export const DaySchema = z.string().refine(isValidDay, 'expected a real YYYY-MM-DD');

const TIME_FIELDS = ['submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt'] as const;

/** The shared dossier shape, plus the check its regexes cannot make: every date is a real date. */
export const SnapshotSchema = DossierSchema.check((ctx) => {
  for (const field of TIME_FIELDS) {
    const value = ctx.value[field];
    if (value !== undefined && !isValidLocalDateTime(value)) {
      ctx.issues.push({ code: 'custom', message: `not a real date: ${value}`, input: value, path: [field] });
    }
  }
});

/** A portal's origin: http(s) only, written as the browser writes it. */
export const OriginSchema = z.string().min(1).max(300).refine(isWebOrigin, 'expected an http(s) origin such as https://motcua.example.gov.vn');

/**
 * One status change, appended when an observation shows a status different from the last one.
 * `at` is the dossier's own date for that status when the page gives one (receipt, finish, return),
 * otherwise the time it was first seen; `seenAt` is always when the page was read.
 */
export const HistoryEventSchema = z.strictObject({
  status: DossierStatusSchema,
  at: TimeSchema,
  seenAt: TimeSchema,
  reason: z.string().min(1).max(4000).optional(),
});
export type HistoryEvent = z.infer<typeof HistoryEventSchema>;

export const MAX_EVENTS_PER_DOSSIER = 1000;

/**
 * A date stored before the date window was enforced and outside it (a row dated 2200 or 9999): the
 * history's v4 step took it out of the record so the record can be used and exported, and keeps it here
 * as it was stored (lib/history/out-of-window.ts). `field` names where it was (`snapshot.dueAt`,
 * `events.2.at`, `lastSeen`).
 */
export const SetAsideDateSchema = z.strictObject({
  field: z.string().min(1).max(100),
  value: z.string().max(100),
});
export type SetAsideDate = z.infer<typeof SetAsideDateSchema>;

/**
 * A dossier as the history knows it: the latest snapshot and its whole life. What recording
 * guarantees is checked again here for backups: the snapshot is of this dossier, the span runs
 * forward, and every URL belongs to the dossier's portal.
 */
export const StoredDossierSchema = z
  .strictObject({
    origin: OriginSchema,
    code: z.string().min(1).max(200),
    firstSeen: TimeSchema,
    lastSeen: TimeSchema,
    lastUrl: z.string().max(2000).optional(),
    /** Every other code a page showed for this dossier beside `code` (lib/history/identity.ts). */
    aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
    snapshot: SnapshotSchema,
    events: z.array(HistoryEventSchema).max(MAX_EVENTS_PER_DOSSIER),
    /** Dates outside the date window set aside by the v4 migration (two per event at most, and the record's own). */
    setAside: z.array(SetAsideDateSchema).max(2 * MAX_EVENTS_PER_DOSSIER + 10).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.snapshot.code !== d.code) ctx.addIssue({ code: 'custom', path: ['snapshot', 'code'], message: `is not the dossier's code ${d.code}` });
    if (d.firstSeen > d.lastSeen) ctx.addIssue({ code: 'custom', path: ['firstSeen'], message: 'is after lastSeen' });
    if (d.lastUrl !== undefined && !isUrlOf(d.lastUrl, d.origin)) {
      ctx.addIssue({ code: 'custom', path: ['lastUrl'], message: `is not a URL of ${d.origin}` });
    }
    if (d.snapshot.detailUrl !== undefined && !isUrlOf(d.snapshot.detailUrl, d.origin)) {
      ctx.addIssue({ code: 'custom', path: ['snapshot', 'detailUrl'], message: `is not a URL of ${d.origin}` });
    }
  });
export type StoredDossier = z.infer<typeof StoredDossierSchema>;

const TemplateIdSchema = z
  .string()
  .regex(/^(?:[0-9a-f]{64}|default:[a-z0-9-]{1,60}@[0-9A-Za-z.+-]{1,40})$/, 'expected sha-256 hex or default:<kind>@<version>');

/** Render data is JSON; limits stop a crafted backup from nesting without end. */
export const MAX_FILE_BASE64 = 20 * 1024 * 1024;

/**
 * A document made by the extension. It keeps either the data it was rendered from (with the
 * template's identity, so it can be rendered again byte for byte) or the file itself.
 */
export const DocumentRecordSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    kind: z.string().min(1).max(100),
    codes: z.array(z.string().min(1).max(200)).max(10000),
    origin: OriginSchema.optional(),
    createdAt: TimeSchema,
    template: TemplateIdSchema,
    fileName: z.string().min(1).max(300).optional(),
    data: z.json().optional(),
    fileBase64: z.string().max(MAX_FILE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/).optional(),
  })
  .refine((d) => d.data !== undefined || d.fileBase64 !== undefined, 'a document keeps its data or its file');
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const PeriodSchema = z
  .strictObject({ from: DaySchema, to: DaySchema })
  .refine((p) => p.from <= p.to, 'the period ends before it starts');
export type Period = z.infer<typeof PeriodSchema>;

/** One row of a proposed report: a dossier sent back by an office, or one that was late. */
export const ReportRowSchema = z.strictObject({
  kind: z.enum(['returned', 'late']),
  origin: OriginSchema,
  code: z.string().min(1).max(200),
  /** The dossier's other codes (the same dossier seen under them), so it is never a second row. */
  aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
  procedure: z.string().max(4000).optional(),
  applicant: z.string().max(4000).optional(),
  agency: z.string().max(4000).optional(),
  receivedAt: TimeSchema.optional(),
  dueAt: TimeSchema.optional(),
  /** When the result was finished or handed over (late rows). */
  completedAt: TimeSchema.optional(),
  /** When the office refused or sent the dossier back (returned rows). */
  sentBackAt: TimeSchema.optional(),
  reason: z.string().max(4000).optional(),
  /** Working days past the appointment, for late rows. */
  daysLate: z.number().int().nonnegative().optional(),
  /** True when a late dossier was still not finished at the end of the period. */
  stillOpen: z.boolean().optional(),
  /**
   * True when the portal printed no date for the sending back or the completion, so the row's date
   * is only when a page showed it: the report says "chưa rõ (thấy lúc …)" until the officer corrects it.
   */
  dateSeenOnly: z.boolean().optional(),
  /** The apology letter made for a late dossier, as the report prints it ("Số 12/PXL-UBND ngày 16/05/2022"). */
  apology: z.string().max(300).optional(),
});
export type ReportRow = z.infer<typeof ReportRowSchema>;

/** An officer's change to a proposed row: a field's new text, or `removed` to drop the row. */
export const DraftEditSchema = z.strictObject({
  rowKey: z.string().min(1).max(500),
  field: z.string().min(1).max(100),
  value: z.string().max(4000),
});

export const DraftRecordSchema = z.strictObject({
  id: z.string().min(1).max(200),
  period: PeriodSchema,
  label: z.string().max(200).optional(),
  rows: z.array(ReportRowSchema).max(20000),
  edits: z.array(DraftEditSchema).max(20000),
  createdAt: TimeSchema,
  updatedAt: TimeSchema,
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;
