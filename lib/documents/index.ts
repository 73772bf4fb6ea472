/**
 * Official Word documents for one-stop offices, rendered with docxtemplater in Node, the extension's
 * pages or its background (never the content script). Default templates are installed first:
 * `loadDefaultTemplates(fetchBytes)` in the extension, `installNodeDefaultTemplates()` from
 * ./templates/defaults-node in Node.
 */
export { AgencyProfileSchema, IssueSchema, SigningPrefixSchema, recipientTags } from './agency-profile';
export type { AgencyProfile, AgencyProfileInput, SigningPrefix } from './agency-profile';
export {
  ApologyLetterDataSchema,
  ApologyRegimeSchema,
  REGIME_2025_FROM,
  apologyLetterTags,
  apologyRegime,
  apologyTemplateKind,
  renderApologyLetter,
} from './apology-letter';
export type { ApologyLetterData, ApologyLetterInput, ApologyRegime } from './apology-letter';
export {
  LateRowSchema,
  MonthlyReportDataSchema,
  ReportPeriodSchema,
  ReturnedRowSchema,
  monthlyReportTags,
  renderMonthlyReport,
  totalsByUnit,
} from './monthly-report';
export type { MonthlyReportData, MonthlyReportInput } from './monthly-report';
export { ExplanationCaseSchema, ExplanationDataSchema, explanationTags, renderExplanation } from './explanation';
export type { ExplanationData, ExplanationInput } from './explanation';
export { SupplementRequestDataSchema, renderSupplementRequest, supplementRequestTags } from './supplement-request';
export type { SupplementRequestData, SupplementRequestInput } from './supplement-request';
export { DOCS_MESSAGES, DocsError } from './errors';
export type { DocsErrorCode, DocsProblem } from './errors';
export {
  TEMPLATE_KINDS,
  defaultTemplate,
  installDefaultTemplates,
  loadDefaultTemplates,
  templateFileName,
  templatePublicPath,
} from './templates/defaults';
export type { TemplateBytes, TemplateKind } from './templates/defaults';
export { TEMPLATE_TAGS } from './vocabulary';
export type { TagVocabulary } from './vocabulary';
export { validateTemplate } from './validate-template';
export type { TemplateValidation } from './validate-template';
export { sampleData } from './templates/sample-data';
export { DOCUMENT_KINDS, isTemplateKind, renderKind, tagsFor } from './kinds';
export { dateTimeInWords, dayInWords, timeInWords } from '../time/in-words';
export { docxParagraphs } from './docx-text';
