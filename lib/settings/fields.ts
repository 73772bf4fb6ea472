/** The settings page's fields, in the order it shows them: which are check boxes, which are text. */

/** Every field in the order the settings page shows them. */
export const FIELD_ORDER = [
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
] as const;

export type FieldPath = (typeof FIELD_ORDER)[number];

const CHECK_FIELDS = ['calendar.useOfficialSchedules', 'calendar.saturdayIsWorkingDay'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** Portal origins are not typed in: the sites section adds and removes them at once. */
export type TextField = Exclude<FieldPath, CheckField | 'portalOrigins'>;

export function isCheckField(field: string): field is CheckField {
  return (CHECK_FIELDS as readonly string[]).includes(field);
}

export function isTextField(field: string): field is TextField {
  return field !== 'portalOrigins' && !isCheckField(field) && (FIELD_ORDER as readonly string[]).includes(field);
}
