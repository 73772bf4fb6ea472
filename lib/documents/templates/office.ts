/**
 * An office's own Word templates, one per kind, as kept under storage.local `templates`:
 * `{ [kind]: { name, sha256, base64, uploadedAt } }`. The rule that matters: a template is stored
 * only after it passed validation, so a broken upload never replaces a working template.
 */
import { z } from 'zod';
import { TEMPLATE_KINDS, validateTemplate, type TemplateKind } from '..';
import { base64ToBytes, bytesToBase64 } from './bytes';
import { LOCAL_TIME_SHAPE } from '../../time/shapes';
import { archiveProblems, contentProblems, type TemplateProblem } from './safety';

const StoredTemplateSchema = z.object({
  /** The file name the officer uploaded, shown back to them. */
  name: z.string().trim().min(1).max(300),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  base64: z.string().min(1).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  /** Vietnam local time of the upload. */
  uploadedAt: z.string().regex(LOCAL_TIME_SHAPE),
});
type StoredTemplate = z.infer<typeof StoredTemplateSchema>;
export type OfficeTemplates = Partial<Record<TemplateKind, StoredTemplate>>;

/** What storage holds, keeping each valid entry; anything else (a hand-edited value) is ignored. */
export function parseOfficeTemplates(raw: unknown): OfficeTemplates {
  const templates: OfficeTemplates = {};
  if (typeof raw !== 'object' || raw === null) return templates;
  for (const kind of TEMPLATE_KINDS) {
    const entry = StoredTemplateSchema.safeParse((raw as Record<string, unknown>)[kind]);
    if (entry.success) templates[kind] = entry.data;
  }
  return templates;
}

interface TemplateUpload {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  uploadedAt: string;
}

type TemplateVerdict = { ok: true } | { ok: false; problems: TemplateProblem[] };
export type UploadOutcome = { ok: true; templates: OfficeTemplates } | { ok: false; problems: TemplateProblem[] };

/**
 * Every rule an office template must pass: the safety rules first (sizes, macros, external targets;
 * see safety.ts), then the document module's (tags, loops, a test render). For bytes of unknown origin,
 * call `confirmDeclaredSizes` before: inflating trusts the sizes the archive declares.
 */
export function checkOfficeTemplate(kind: TemplateKind, bytes: Uint8Array): TemplateVerdict {
  const archive = archiveProblems(bytes).problems;
  if (archive.length > 0) return { ok: false, problems: archive };
  const content = contentProblems(bytes);
  if (content.length > 0) return { ok: false, problems: content };
  return validateTemplate(kind, bytes);
}

/**
 * The templates after an upload: the new file takes its kind's place only when `validate` accepts
 * it; otherwise the templates are returned unchanged, with the problems to show.
 */
export function acceptUpload(
  templates: OfficeTemplates,
  kind: TemplateKind,
  upload: TemplateUpload,
  validate: (kind: TemplateKind, bytes: Uint8Array) => TemplateVerdict = checkOfficeTemplate,
): UploadOutcome {
  const verdict = validate(kind, upload.bytes);
  if (!verdict.ok) return { ok: false, problems: verdict.problems };
  const entry = StoredTemplateSchema.parse({
    name: upload.name,
    sha256: upload.sha256,
    base64: bytesToBase64(upload.bytes),
    uploadedAt: upload.uploadedAt,
  });
  return { ok: true, templates: { ...templates, [kind]: entry } };
}

export function withoutTemplate(templates: OfficeTemplates, kind: TemplateKind): OfficeTemplates {
  const { [kind]: _removed, ...rest } = templates;
  return rest;
}

export const officeTemplateBytes = (entry: StoredTemplate): Uint8Array => base64ToBytes(entry.base64);

/** How a document records its template: the office file's SHA-256, or the shipped default's kind and version. */
export function templateIdentity(kind: TemplateKind, office: StoredTemplate | undefined, version: string): string {
  return office ? office.sha256 : `default:${kind}@${version}`;
}
