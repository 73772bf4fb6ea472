import { storage } from 'wxt/utils/storage';
import type { TemplateKind } from '..';
import { sha256Hex } from './bytes';
import { exclusive } from './lock';
import { acceptUpload, checkOfficeTemplate, parseOfficeTemplates, withoutTemplate, type OfficeTemplates, type UploadOutcome } from './office';
import { archiveProblems, confirmDeclaredSizes } from './safety';

/**
 * The extension's edge to the office templates: `browser.storage.local` under the key `templates`.
 * Only this file touches that storage; the rules live in office-templates.ts. Every change is a
 * read-modify-write of the one value, so each runs under one lock.
 */
const templatesItem = storage.defineItem<unknown>('local:templates');
const LOCK = 'nhac-han:templates';

export async function loadOfficeTemplates(): Promise<OfficeTemplates> {
  return parseOfficeTemplates(await templatesItem.getValue());
}

/** Checks sizes (inflating no part beyond what it declares), validates, then stores; a refused file changes nothing. */
export async function uploadOfficeTemplate(
  kind: TemplateKind,
  name: string,
  bytes: Uint8Array,
  uploadedAt: string,
): Promise<UploadOutcome> {
  const archive = archiveProblems(bytes);
  const early = archive.problems.length > 0 ? archive.problems : await confirmDeclaredSizes(bytes, archive.entries);
  if (early.length > 0) return { ok: false, problems: early };
  // Validated before taking the lock: a test render is slow, and the lock only guards the write.
  const verdict = checkOfficeTemplate(kind, bytes);
  const sha256 = await sha256Hex(bytes);
  return exclusive(LOCK, async () => {
    const outcome = acceptUpload(await loadOfficeTemplates(), kind, { name, bytes, sha256, uploadedAt }, () => verdict);
    if (outcome.ok) await templatesItem.setValue(outcome.templates);
    return outcome;
  });
}

export function removeOfficeTemplate(kind: TemplateKind): Promise<OfficeTemplates> {
  return exclusive(LOCK, async () => {
    const next = withoutTemplate(await loadOfficeTemplates(), kind);
    await templatesItem.setValue(next);
    return next;
  });
}
