/** Offices' own Word templates: the validation rule, byte helpers and identity (storage lives in ./storage). */
export { base64ToBytes, bytesToBase64, sha256Hex } from './bytes';
export { acceptUpload, checkOfficeTemplate, officeTemplateBytes, parseOfficeTemplates, templateIdentity, withoutTemplate } from './office';
export type { OfficeTemplates } from './office';
export { TEMPLATE_LIMITS } from './safety';
export type { TemplateProblem } from './safety';
