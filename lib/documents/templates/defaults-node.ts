/**
 * Node only: reads the default templates from the repository's templates/ folder. Kept out of
 * index.ts so the extension bundle never imports node:fs; the extension fetches the same files.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_KINDS, installDefaultTemplates, templateFileName, type TemplateKind } from './defaults';

// Resolved from this file's path, not with `new URL`, which DOM-like test environments replace.
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../templates');

export function readDefaultTemplate(kind: TemplateKind): Uint8Array {
  return new Uint8Array(readFileSync(join(TEMPLATES_DIR, templateFileName(kind))));
}

export function installNodeDefaultTemplates(): void {
  installDefaultTemplates(Object.fromEntries(TEMPLATE_KINDS.map((kind) => [kind, readDefaultTemplate(kind)])));
}
