/** Offices' own Word templates: the validation rule, byte helpers and identity (storage lives in ./storage). */
export { base64ToBytes, bytesToBase64, sha256Hex } from './bytes';
export {
  StoredTemplateSchema,
  TemplateKindSchema,
  acceptUpload,
  checkOfficeTemplate,
  officeTemplateBytes,
  parseOfficeTemplates,
  templateIdentity,
  withoutTemplate,
} from './office';
export type { OfficeTemplates, StoredTemplate, TemplateUpload, TemplateVerdict, UploadOutcome } from './office';
export { TEMPLATE_LIMITS, TEMPLATE_SAFETY_MESSAGES, archiveProblems, confirmDeclaredSizes, contentProblems } from './safety';
export type { TemplateProblem, TemplateSafetyCode } from './safety';
