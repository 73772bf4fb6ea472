export {
  assessDossier,
  STANDING_STATUSES,
  type AssessedDossier,
  type AssessOptions,
  type Standing,
  type StandingRule,
  type StandingStatus,
} from './standing';
export { daysLateBetween, suggestAppointment } from './lateness';
