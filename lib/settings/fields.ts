/** The settings page's fields: which are text, which are check boxes, and the order they are shown in. */

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

