/**
 * Which template a page renders with: the office's own when one is stored for the kind, else the
 * shipped default, fetched once from the extension's /templates folder. A document records the
 * identity of the template it used so "Tải lại" can render it again with the same one.
 */
import { browser } from 'wxt/browser';
import { defaultTemplate, loadDefaultTemplates, type TemplateKind } from '..';
import { officeTemplateBytes, templateIdentity } from './';
import { loadOfficeTemplates } from './storage';

let defaults: Promise<void> | undefined;

function ensureDefaultTemplates(): Promise<void> {
  defaults ??= loadDefaultTemplates(async (path) => {
    // The templates are copied by a build hook, so WXT's typed list of public paths does not name them.
    const url = (browser.runtime.getURL as (path: string) => string)(path);
    const response = await fetch(url);
    return new Uint8Array(await response.arrayBuffer());
  });
  defaults.catch(() => (defaults = undefined));
  return defaults;
}

const extensionVersion = (): string => browser.runtime.getManifest().version;

export interface ChosenTemplate {
  /** The office's file; absent means the default, which the render functions pick themselves. */
  bytes?: Uint8Array;
  identity: string;
  /** False when the template a document was made with is no longer available. */
  same: boolean;
}

export async function currentTemplate(kind: TemplateKind): Promise<ChosenTemplate> {
  await ensureDefaultTemplates();
  const office = (await loadOfficeTemplates())[kind];
  const identity = templateIdentity(kind, office, extensionVersion());
  return office ? { bytes: officeTemplateBytes(office), identity, same: true } : { identity, same: true };
}

/** The template a stored document names: the same office file if still stored, else today's choice. */
export async function templateFor(kind: TemplateKind, identity: string): Promise<ChosenTemplate> {
  const current = await currentTemplate(kind);
  if (identity === current.identity) return current;
  if (identity.startsWith('default:')) return { identity: `default:${kind}@${extensionVersion()}`, same: identity.startsWith(`default:${kind}@`) };
  return { ...current, same: false };
}

/** The shipped default's bytes, for "Tải mẫu mặc định". */
export async function defaultTemplateBytes(kind: TemplateKind): Promise<Uint8Array> {
  await ensureDefaultTemplates();
  return defaultTemplate(kind);
}
