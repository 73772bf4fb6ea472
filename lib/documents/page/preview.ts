/**
 * A document's preview is the rendered document's own text: the same template (the office's, or
 * the default), the same data, so what the officer reads is what will be printed. Any kind: the
 * apology letter and the request for additions both preview through here.
 */
import { docxParagraphs, type TemplateKind } from '..';
import type { SampleData } from '../templates/sample-data';
import { renderKind } from '../kinds';

export function documentPreview<K extends TemplateKind>(kind: K, data: SampleData[K], template?: Uint8Array): string[] {
  return renderedPreview(kind, data, template).lines;
}

/** The rendered document and its text: the text preview and the printed view show the same bytes. */
export function renderedPreview<K extends TemplateKind>(kind: K, data: SampleData[K], template?: Uint8Array): { bytes: Uint8Array; lines: string[] } {
  const bytes = renderKind(kind, data, template);
  return { bytes, lines: docxParagraphs(bytes).filter((p) => p.trim() !== '') };
}
