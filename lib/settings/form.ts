import type { z } from 'zod';
import { translate, type Language, type Params } from '../i18n/format';
import { pagesMessages, type PagesKey } from '../i18n/pages';
import {
  ReportSettingsSchema,
  SettingsSchema,
  ThresholdsSchema,
  type Settings,
} from './schema';
import type { SiteProfile } from '../portal/site-profile';

/**
 * The settings page edits a draft: what the officer typed, as text, so a half-typed number or a
 * badly written day stays on screen with its message instead of being lost. `settingsFromDraft`
 * turns the draft back into Settings through the one SettingsSchema, and reports each problem
 * against the field that caused it.
 */

export const TEXT_FIELDS = [
  'thresholds.dueSoonDays',
  'thresholds.checkWindowDays',
  'asOf',
  'calendar.extraDaysOff',
  'calendar.extraWorkingDays',
  'agency.parentAgency',
  'agency.agency',
  'agency.placeName',
  'agency.documentSymbol',
  'agency.signingPrefix',
  'agency.signingAuthority',
  'agency.signerTitle',
  'agency.signerName',
  'agency.recipients',
  'report.period',
  'report.cutoffDay',
  'report.reminderDay',
  'retentionMonths',
  'language',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const CHECK_FIELDS = ['calendar.useOfficialSchedules', 'calendar.saturdayIsWorkingDay'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

export type FieldPath = TextField | CheckField | 'portalOrigins';

export function isTextField(field: string): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}

export function isCheckField(field: string): field is CheckField {
  return (CHECK_FIELDS as readonly string[]).includes(field);
}

/** Every field in the order the settings page shows them. */
export const FIELD_ORDER: readonly FieldPath[] = [
  'portalOrigins',
  'thresholds.dueSoonDays',
  'thresholds.checkWindowDays',
  'asOf',
  'calendar.useOfficialSchedules',
  'calendar.saturdayIsWorkingDay',
  'calendar.extraDaysOff',
  'calendar.extraWorkingDays',
  'agency.parentAgency',
  'agency.agency',
  'agency.placeName',
  'agency.documentSymbol',
  'agency.signingPrefix',
  'agency.signingAuthority',
  'agency.signerTitle',
  'agency.signerName',
  'agency.recipients',
  'report.period',
  'report.cutoffDay',
  'report.reminderDay',
  'retentionMonths',
  'language',
];

/** Portal origins are not in the draft: the sites section changes them at once, through the background. */
export interface SettingsDraft {
  text: Record<TextField, string>;
  checks: Record<CheckField, boolean>;
  /** Reading profiles enter the draft only once their own editor found them valid. */
  profiles: SiteProfile[];
}

export type FormIssueCode =
  | 'whole-number'
  | 'too-long'
  | 'line-too-long'
  | 'too-many-lines'
  | 'day-format'
  | 'as-of-format'
  | 'origin-format'
  | 'choice'
  | 'css-selector'
  | 'profile-exists'
  | 'invalid';

/** A problem with one field, kept as a code and its parameters so the page can say it in either language. */
export interface FormIssue {
  code: FormIssueCode;
  params: Params;
}

export type FormErrors = Partial<Record<FieldPath, FormIssue>>;

export function issueMessage(issue: FormIssue, lang: Language): string {
  return translate(pagesMessages, lang, `issue.${issue.code}` satisfies PagesKey, issue.params);
}

// ---------------------------------------------------------------------------------------------
// Day lists

export interface DayListResult {
  /** Valid days as `YYYY-MM-DD`, sorted, without repeats. */
  days: string[];
  /** Lines that are not a real day in either accepted form (1-based line numbers). */
  bad: { line: number; text: string }[];
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A real calendar day, checked in UTC arithmetic so the browser's time zone plays no part. */
function dayString(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One day written as `dd/mm/yyyy` (Vietnamese habit; `.` and `-` also accepted) or `yyyy-mm-dd`. */
export function parseDay(text: string): string | undefined {
  const trimmed = text.trim();
  const dmy = DMY.exec(trimmed);
  if (dmy) return dayString(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(trimmed);
  if (ymd) return dayString(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

/** A textarea with one day per line; blank lines are ignored. */
export function parseDayList(text: string): DayListResult {
  const days = new Set<string>();
  const bad: DayListResult['bad'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const day = parseDay(line);
    if (day) days.add(day);
    else bad.push({ line: index + 1, text: line });
  });
  return { days: [...days].sort(), bad };
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`, the form officers read and type. */
export function showDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/** `YYYY-MM-DDTHH:mm` → `dd/mm/yyyy HH:mm`. */
export function showLocalTime(value: string): string {
  return `${showDay(value.slice(0, 10))} ${value.slice(11, 16)}`;
}

/** A textarea with one entry per line (recipients): trimmed, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------------------------
// Origins

/**
 * What the officer typed into "add a site" → the origin the permission is asked for. Accepts a bare
 * host (`motcua.example.gov.vn`, taken as https) or any address on the site.
 */
export function normaliseOrigin(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
  return url.origin;
}

// ---------------------------------------------------------------------------------------------
// Draft ⇄ settings

export function draftFromSettings(settings: Settings): SettingsDraft {
  const { thresholds, calendar, agency, report } = settings;
  return {
    text: {
      'thresholds.dueSoonDays': String(thresholds.dueSoonDays),
      'thresholds.checkWindowDays': String(thresholds.checkWindowDays),
      asOf: settings.asOf,
      'calendar.extraDaysOff': calendar.extraDaysOff.map(showDay).join('\n'),
      'calendar.extraWorkingDays': calendar.extraWorkingDays.map(showDay).join('\n'),
      'agency.parentAgency': agency.parentAgency,
      'agency.agency': agency.agency,
      'agency.placeName': agency.placeName,
      'agency.documentSymbol': agency.documentSymbol,
      'agency.signingPrefix': agency.signingPrefix,
      'agency.signingAuthority': agency.signingAuthority,
      'agency.signerTitle': agency.signerTitle,
      'agency.signerName': agency.signerName,
      'agency.recipients': agency.recipients.join('\n'),
      'report.period': report.period,
      'report.cutoffDay': String(report.cutoffDay),
      'report.reminderDay': String(report.reminderDay),
      retentionMonths: String(settings.retentionMonths),
      language: settings.language,
    },
    checks: {
      'calendar.useOfficialSchedules': calendar.useOfficialSchedules,
      'calendar.saturdayIsWorkingDay': calendar.saturdayIsWorkingDay,
    },
    profiles: settings.siteProfiles,
  };
}

/** Digits only (a sign or decimals are let through so the schema can say "whole number"); else NaN. */
function numberFrom(text: string): number {
  const trimmed = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The number schemas behind the numeric fields, so messages quote the schema's own bounds. */
const NUMBER_SCHEMAS: Partial<Record<FieldPath, z.ZodDefault<z.ZodNumber>>> = {
  'thresholds.dueSoonDays': ThresholdsSchema.shape.dueSoonDays,
  'thresholds.checkWindowDays': ThresholdsSchema.shape.checkWindowDays,
  'report.cutoffDay': ReportSettingsSchema.shape.cutoffDay,
  'report.reminderDay': ReportSettingsSchema.shape.reminderDay,
  retentionMonths: SettingsSchema.shape.retentionMonths,
};

export function numberBounds(field: FieldPath): { min: number; max: number } | undefined {
  const schema = NUMBER_SCHEMAS[field]?.unwrap();
  if (!schema || schema.minValue === null || schema.maxValue === null) return undefined;
  return { min: schema.minValue, max: schema.maxValue };
}

const FIELD_PATHS: ReadonlySet<string> = new Set<string>(FIELD_ORDER);

function isFieldPath(value: string): value is FieldPath {
  return FIELD_PATHS.has(value);
}

/** The field a zod issue belongs to: the first one or two path segments, list indexes dropped. */
function fieldOf(path: readonly PropertyKey[]): FieldPath | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  const two = names.slice(0, 2).join('.');
  if (isFieldPath(two)) return two;
  const one = names[0];
  return one !== undefined && isFieldPath(one) ? one : undefined;
}

/** Translates one zod issue into the form's vocabulary, using what kind of field it is about. */
function formIssue(field: FieldPath, issue: z.core.$ZodIssue): FormIssue {
  const bounds = numberBounds(field);
  if (bounds) return { code: 'whole-number', params: bounds };
  const index = issue.path.find((p): p is number => typeof p === 'number');
  if (field === 'asOf') return { code: 'as-of-format', params: {} };
  if (field === 'portalOrigins') return { code: 'origin-format', params: {} };
  if (issue.code === 'too_big') {
    if (issue.origin === 'array') return { code: 'too-many-lines', params: { max: Number(issue.maximum) } };
    if (index !== undefined) return { code: 'line-too-long', params: { line: index + 1, max: Number(issue.maximum) } };
    return { code: 'too-long', params: { max: Number(issue.maximum) } };
  }
  if (issue.code === 'invalid_value') return { code: 'choice', params: {} };
  return { code: 'invalid', params: {} };
}

export interface DraftResult {
  /** Present only when every field is valid: the value to save. */
  settings?: Settings;
  errors: FormErrors;
}

/**
 * Builds Settings from a draft over `base` (the settings as stored now, so fields this form does
 * not edit are kept). Never returns settings when any field is wrong.
 */
export function settingsFromDraft(draft: SettingsDraft, base: Settings): DraftResult {
  const { text, checks } = draft;
  const errors: FormErrors = {};
  const daysOff = parseDayList(text['calendar.extraDaysOff']);
  const workingDays = parseDayList(text['calendar.extraWorkingDays']);
  for (const [field, list] of [
    ['calendar.extraDaysOff', daysOff],
    ['calendar.extraWorkingDays', workingDays],
  ] as const) {
    const first = list.bad[0];
    if (first) errors[field] = { code: 'day-format', params: { line: first.line, text: first.text } };
  }

  const candidate = {
    ...base,
    thresholds: {
      dueSoonDays: numberFrom(text['thresholds.dueSoonDays']),
      checkWindowDays: numberFrom(text['thresholds.checkWindowDays']),
    },
    asOf: text.asOf.trim().slice(0, 16),
    calendar: {
      useOfficialSchedules: checks['calendar.useOfficialSchedules'],
      extraDaysOff: daysOff.days,
      extraWorkingDays: workingDays.days,
      saturdayIsWorkingDay: checks['calendar.saturdayIsWorkingDay'],
    },
    agency: {
      parentAgency: text['agency.parentAgency'].trim(),
      agency: text['agency.agency'].trim(),
      placeName: text['agency.placeName'].trim(),
      documentSymbol: text['agency.documentSymbol'].trim(),
      signingPrefix: text['agency.signingPrefix'],
      signingAuthority: text['agency.signingAuthority'].trim(),
      signerTitle: text['agency.signerTitle'].trim(),
      signerName: text['agency.signerName'].trim(),
      recipients: parseLines(text['agency.recipients']),
    },
    report: {
      ...base.report,
      period: text['report.period'],
      cutoffDay: numberFrom(text['report.cutoffDay']),
      reminderDay: numberFrom(text['report.reminderDay']),
    },
    retentionMonths: numberFrom(text.retentionMonths),
    language: text.language,
    siteProfiles: draft.profiles,
  };

  const parsed = SettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field && !errors[field]) errors[field] = formIssue(field, issue);
    }
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return valid ? { settings: parsed.data, errors } : { errors };
}

// ---------------------------------------------------------------------------------------------
// Administrator policy

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields an administrator's policy (`storage.managed`) sets, in the form's order. */
export function policyFields(managed: unknown): FieldPath[] {
  if (!isRecord(managed)) return [];
  const set = new Set<string>();
  for (const [key, value] of Object.entries(managed)) {
    if (isRecord(value)) for (const sub of Object.keys(value)) set.add(`${key}.${sub}`);
    else set.add(key);
  }
  return FIELD_ORDER.filter((field) => set.has(field));
}
