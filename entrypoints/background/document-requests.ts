import { browser } from 'wxt/browser';
import { DossierSchema, type Dossier } from '../../lib/dossier/schema';
import type { DocumentAction } from '../../lib/overlay/actions';
import { documentRequestKey, type DocumentRequest } from '../../lib/documents/page/document-request';

/**
 * "Tạo phiếu xin lỗi" (or the request for additions): the row's dossier, completed with what a
 * detail view of the same dossier showed (a list rarely shows the address or phone), handed to the
 * document's page in a new tab.
 * Rendering happens there, in the extension, never in the portal's page.
 */
const detailKey = (origin: string) => `details:${origin}`;

type Details = Record<string, Partial<Dossier>>;

export async function rememberDetail(origin: string, detail: Partial<Dossier>): Promise<void> {
  if (!detail.code) return;
  const stored = ((await browser.storage.session.get(detailKey(origin)))[detailKey(origin)] ?? {}) as Details;
  stored[detail.code] = { ...stored[detail.code], ...detail };
  await browser.storage.session.set({ [detailKey(origin)]: stored });
}

/** Row values win over the detail view's where both exist: the row is what the officer clicked. */
async function completeFromDetail(origin: string, dossier: Dossier): Promise<Dossier> {
  const stored = ((await browser.storage.session.get(detailKey(origin)))[detailKey(origin)] ?? {}) as Details;
  const detail = stored[dossier.code];
  if (!detail) return dossier;
  const merged = { ...detail, ...Object.fromEntries(Object.entries(dossier).filter(([, v]) => v !== undefined)) };
  const parsed = DossierSchema.safeParse(merged);
  return parsed.success ? parsed.data : dossier;
}

/** The extension page that makes each document a row offers. */
const PAGES: Record<DocumentAction, '/letter.html' | '/supplement.html'> = { apology: '/letter.html', supplement: '/supplement.html' };

export async function openDocumentPage(url: string, dossier: Dossier, kind: DocumentAction = 'apology'): Promise<string> {
  const origin = new URL(url).origin;
  const id = crypto.randomUUID();
  const request: DocumentRequest = { origin, url, dossier: await completeFromDetail(origin, dossier) };
  await browser.storage.session.set({ [documentRequestKey(id)]: request });
  await browser.tabs.create({ url: `${browser.runtime.getURL(PAGES[kind])}?request=${id}` });
  return id;
}
