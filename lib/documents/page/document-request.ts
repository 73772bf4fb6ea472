import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DossierSchema } from '../../dossier/schema';

/**
 * The document request the background leaves in storage.session (entrypoints/background/document-requests.ts)
 * for `letter.html?request=<id>` or `supplement.html?request=<id>`. Parsed again when read: the
 * dossier came from a portal page.
 */
export const documentRequestKey = (id: string) => `letter-request:${id}`;

const DocumentRequestSchema = z.object({
  origin: z.string().max(300),
  url: z.string().max(4000),
  dossier: DossierSchema,
});
export type DocumentRequest = z.infer<typeof DocumentRequestSchema>;

export async function loadDocumentRequest(search: string): Promise<DocumentRequest | undefined> {
  const id = new URLSearchParams(search).get('request');
  if (!id || !/^[\w-]{1,100}$/.test(id)) return undefined;
  const key = documentRequestKey(id);
  const parsed = DocumentRequestSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}
