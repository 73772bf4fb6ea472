import { storage } from 'wxt/utils/storage';
import type { TemplateKind } from '..';
import { sha256Hex } from './bytes';
import { acceptUpload, parseOfficeTemplates, withoutTemplate, type OfficeTemplates, type UploadOutcome } from './office';

/**
 * The extension's edge to the office templates: `browser.storage.local` under the key `templates`.
 * Only this file touches that storage; the rules live in office-templates.ts.
 */
export const templatesItem = storage.defineItem<unknown>('local:templates');

export async function loadOfficeTemplates(): Promise<OfficeTemplates> {
  return parseOfficeTemplates(await templatesItem.getValue());
}

/** Validates, then stores; a refused file leaves the stored templates as they were. */
export async function uploadOfficeTemplate(
  kind: TemplateKind,
  name: string,
  bytes: Uint8Array,
  uploadedAt: string,
): Promise<UploadOutcome> {
  const outcome = acceptUpload(await loadOfficeTemplates(), kind, { name, bytes, sha256: await sha256Hex(bytes), uploadedAt });
  if (outcome.ok) await templatesItem.setValue(outcome.templates);
  return outcome;
}

export async function removeOfficeTemplate(kind: TemplateKind): Promise<OfficeTemplates> {
  const next = withoutTemplate(await loadOfficeTemplates(), kind);
  await templatesItem.setValue(next);
  return next;
}
