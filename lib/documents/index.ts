/**
 * Official Word documents for one-stop offices, rendered with docxtemplater in Node, the extension's
 * pages or its background (never the content script). Default templates are installed first:
 * `loadDefaultTemplates(fetchBytes)` in the extension, `installNodeDefaultTemplates()` from
 * ./templates/defaults-node in Node.
 */
export type { AgencyProfileInput } from './agency-profile';
export { ApologyLetterDataSchema, REGIME_2025_FROM, apologyRegime, apologyTemplateKind, renderApologyLetter } from './apology-letter';
export type { ApologyLetterData, ApologyLetterInput } from './apology-letter';
export { MonthlyReportDataSchema, monthlyReportTags, totalsByUnit } from './monthly-report';
export type { MonthlyReportInput, SeenTotals as ReportSeenTotals } from './monthly-report';
export { rowFacts } from './report-facts';
export { ExplanationDataSchema } from './explanation';
export type { ExplanationInput } from './explanation';
export { SupplementRequestDataSchema } from './supplement-request';
export type { SupplementRequestData, SupplementRequestInput } from './supplement-request';
export { DocsError } from './errors';
export { TEMPLATE_KINDS, defaultTemplate, loadDefaultTemplates } from './templates/defaults';
export type { TemplateKind } from './templates/defaults';
export { validateTemplate } from './validate-template';
export { sampleData } from './templates/sample-data';
export { renderKind } from './kinds';
export { docxParagraphs } from './docx-text';
