export { assessDossier, APOLOGY_LEAD_DAYS, OFFICE_DAY_ENDS, type OfficeDayEnd, STANDING_STATUSES, type AssessedDossier, type Standing, type StandingStatus } from './standing';
export { daysLateBetween, suggestAppointment } from './lateness';
export { explainLaw } from './explain';
