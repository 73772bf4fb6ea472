export {
  assessDossier,
  APOLOGY_LEAD_DAYS,
  DEFAULT_OFFICE_DAY_END,
  OFFICE_DAY_ENDS,
  type OfficeDayEnd,
  STANDING_RULES,
  STANDING_STATUSES,
  type AssessedDossier,
  type AssessOptions,
  type Standing,
  type StandingRule,
  type StandingStatus,
} from './standing';
export { daysLateBetween, suggestAppointment } from './lateness';
export { explainLaw, type LawExplanation } from './explain';
