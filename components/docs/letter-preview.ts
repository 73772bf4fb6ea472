/**
 * The letter's preview is the rendered document's own text: the same template (the office's, or
 * the default), the same data, so what the officer reads is what will be printed.
 */
import { docxParagraphs, type ApologyLetterInput, type TemplateKind } from '../../lib/docs';
import { renderKind } from './render';

export function letterPreview(kind: TemplateKind, data: ApologyLetterInput, template?: Uint8Array): string[] {
  return docxParagraphs(renderKind(kind, data, template)).filter((p) => p.trim() !== '');
}
