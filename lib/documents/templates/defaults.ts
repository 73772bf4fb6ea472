/**
 * The kinds of default template and where their files live. The bytes are not bundled: Node reads
 * them from templates/ (./defaults-node.ts) and the extension fetches them from its public
 * folder, then hands them to `installDefaultTemplates`.
 */
import { DocsError } from '../errors';

export const TEMPLATE_KINDS = [
  'apology-letter',
  'apology-letter-2025',
  'monthly-report',
  'explanation',
  'supplement-request',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The bytes of a .docx, as fetch() or fs gives them. */
export type TemplateBytes = Uint8Array | ArrayBuffer;

export const templateFileName = (kind: TemplateKind): string => `${kind}.docx`;
/** Where the extension serves a default template (its public/templates folder). */
export const templatePublicPath = (kind: TemplateKind): string => `/templates/${templateFileName(kind)}`;

export const toBytes = (bytes: TemplateBytes): Uint8Array => (bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));

const installed = new Map<TemplateKind, Uint8Array>();

export function installDefaultTemplates(templates: Partial<Record<TemplateKind, TemplateBytes>>): void {
  for (const kind of TEMPLATE_KINDS) {
    const bytes = templates[kind];
    if (bytes !== undefined) installed.set(kind, toBytes(bytes));
  }
}

/**
 * Fetches and installs every default template, e.g. in the extension:
 * `loadDefaultTemplates((path) => fetch(browser.runtime.getURL(path)).then((r) => r.arrayBuffer()))`.
 */
export async function loadDefaultTemplates(fetchBytes: (path: string) => Promise<TemplateBytes>): Promise<void> {
  const entries = await Promise.all(
    TEMPLATE_KINDS.map(async (kind) => [kind, await fetchBytes(templatePublicPath(kind))] as const),
  );
  installDefaultTemplates(Object.fromEntries(entries));
}

export function defaultTemplate(kind: TemplateKind): Uint8Array {
  const bytes = installed.get(kind);
  if (bytes === undefined) throw DocsError.of('default-template-missing', { tag: kind });
  return bytes;
}
