/**
 * Node only: reads the default templates from the repository's templates/ folder. Kept out of
 * index.ts so the extension bundle never imports node:fs; the extension fetches the same files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_KINDS, installDefaultTemplates, templateFileName, type TemplateKind } from './template-kinds';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export function readDefaultTemplate(kind: TemplateKind): Uint8Array {
  return new Uint8Array(readFileSync(`${TEMPLATES_DIR}${templateFileName(kind)}`));
}

export function installNodeDefaultTemplates(): void {
  installDefaultTemplates(Object.fromEntries(TEMPLATE_KINDS.map((kind) => [kind, readDefaultTemplate(kind)])));
}
