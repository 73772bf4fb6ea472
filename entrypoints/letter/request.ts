import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DossierSchema } from '../../lib/dossier/schema';

/**
 * The letter request the background left in storage.session (see entrypoints/background/letters.ts)
 * for `letter.html?request=<id>`. Parsed again here: the dossier came from a portal page.
 */
const LetterRequestSchema = z.object({
  origin: z.string().max(300),
  url: z.string().max(4000),
  dossier: DossierSchema,
});
export type LetterRequest = z.infer<typeof LetterRequestSchema>;

export async function loadLetterRequest(search: string): Promise<LetterRequest | undefined> {
  const id = new URLSearchParams(search).get('request');
  if (!id || !/^[\w-]{1,100}$/.test(id)) return undefined;
  const key = `letter-request:${id}`;
  const parsed = LetterRequestSchema.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}
