import type { z } from 'zod';
import {
  ReportSettingsSchema,
  SettingsSchema,
  ThresholdsSchema,
  type Settings,
} from './schema';
import type { SiteProfile } from '../portal/site-profile';
import { parseDayList } from '../time/day-entry';
import { showDay } from '../time/display';
import { FIELD_ORDER, type CheckField, type FieldPath, type TextField } from './fields';
import type { SettingsErrors, SettingsIssue } from './issues';

/**
 * The settings page edits a draft: what the officer typed, as text, so a half-typed number or a
 * badly written day stays on screen with its message instead of being lost. `settingsFromDraft`
 * turns the draft back into Settings through the one SettingsSchema, and reports each problem
 * against the field that caused it.
 */

/** Portal origins are not in the draft: the sites section changes them at once, through the background. */
export interface SettingsDraft {
  text: Record<TextField, string>;
  checks: Record<CheckField, boolean>;
  /** Reading profiles enter the draft only once their own editor found them valid. */
  profiles: SiteProfile[];
}

/** A textarea with one entry per line (recipients): trimmed, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------------------------
// Draft ⇄ settings

export function draftFromSettings(settings: Settings): SettingsDraft {
  const { thresholds, calendar, agency, report } = settings;
  return {
    text: {
      'thresholds.dueSoonDays': String(thresholds.dueSoonDays),
      'thresholds.checkWindowDays': String(thresholds.checkWindowDays),
      'thresholds.officeDayEnd': thresholds.officeDayEnd,
      asOf: settings.asOf,
      'calendar.extraDaysOff': calendar.extraDaysOff.map(showDay).join('\n'),
      'calendar.extraWorkingDays': calendar.extraWorkingDays.map(showDay).join('\n'),
      'agency.parentAgency': agency.parentAgency,
      'agency.agency': agency.agency,
      'agency.placeName': agency.placeName,
      'agency.documentSymbol': agency.documentSymbol,
      'agency.agencyCode': agency.agencyCode,
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
function formIssue(field: FieldPath, issue: z.core.$ZodIssue): SettingsIssue {
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

interface DraftResult {
  /** Present only when every field is valid: the value to save. */
  settings?: Settings;
  errors: SettingsErrors;
}

/**
 * Builds Settings from a draft over `base` (the settings as stored now, so fields this form does
 * not edit are kept). Never returns settings when any field is wrong.
 */
export function settingsFromDraft(draft: SettingsDraft, base: Settings): DraftResult {
  const { text, checks } = draft;
  const errors: SettingsErrors = {};
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
      officeDayEnd: text['thresholds.officeDayEnd'],
    },
    asOf: text.asOf.trim().slice(0, 16),
    calendar: {
      useOfficialSchedules: checks['calendar.useOfficialSchedules'],
      extraDaysOff: daysOff.days,
      extraWorkingDays: workingDays.days,
      saturdayIsWorkingDay: checks['calendar.saturdayIsWorkingDay'],
      // Loaded yearly schedules have their own editor, which saves at once.
      yearSchedules: base.calendar.yearSchedules,
    },
    agency: {
      parentAgency: text['agency.parentAgency'].trim(),
      agency: text['agency.agency'].trim(),
      placeName: text['agency.placeName'].trim(),
      documentSymbol: text['agency.documentSymbol'].trim(),
      agencyCode: text['agency.agencyCode'].trim(),
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
