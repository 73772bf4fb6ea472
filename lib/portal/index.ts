/** The reading layer: dossier lists and details from portal pages the extension does not control. */
export { readDossierList, locateDossierLists } from './list';
export type { DossierListResult, ListFields, ListRead, ListView, RowRead } from './list';
export { readDossierDetail } from './detail';
export type { DossierDetailResult } from './detail';
export { chooseProfile, checkProfile, BUILTIN_PROFILES } from './profiles';
export type { ProfileCheck } from './profiles';
export { SiteProfileSchema, ColumnRuleSchema, ProfileFieldSchema } from './site-profile';
export type { SiteProfile } from './site-profile';
export { describeDiagnostic, MESSAGES as PORTAL_MESSAGES } from './diagnostics';
export type { Diagnostic, DiagnosticCode } from './diagnostics';
export { parseDate, scanDates, END_OF_DAY, START_OF_DAY } from './dates';
export type { DateOrder, FoundDate } from './dates';
export { FIELDS, FIELD_LABELS } from './vocabulary';
export type { Field } from './vocabulary';
