/** Offices' own Word templates: the validation rule, byte helpers and identity (storage lives in ./storage). */
export { base64ToBytes, bytesToBase64, sha256Hex } from './bytes';
export {
  StoredTemplateSchema,
  TemplateKindSchema,
  acceptUpload,
  officeTemplateBytes,
  parseOfficeTemplates,
  templateIdentity,
  withoutTemplate,
} from './office';
export type { OfficeTemplates, StoredTemplate, TemplateUpload, UploadOutcome } from './office';
