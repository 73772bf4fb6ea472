/**
 * The one table of document kinds: for each template kind its data schema, its tag builder, the
 * file name of what it makes and the page that makes it. Code that handles "any kind" (rendering a
 * stored document again, template validation, previews, the golden tests) reads it here.
 */
import type { z } from 'zod';
import { ApologyLetterDataSchema, apologyLetterTags } from './apology-letter';
import { ExplanationDataSchema, explanationTags } from './explanation';
import { MonthlyReportDataSchema, monthlyReportTags } from './monthly-report';
import { parseData } from './parse-data';
import { renderDocx } from './render-docx';
import { SupplementRequestDataSchema, supplementRequestTags } from './supplement-request';
import { TEMPLATE_KINDS, defaultTemplate, type TemplateBytes, type TemplateKind } from './templates/defaults';

interface KindSpec<S extends z.ZodType> {
  schema: S;
  // Method syntax on purpose: its parameter is bivariant, so every kind fits KindSpec<z.ZodType>.
  tags(data: z.infer<S>): object;
  /** The start of the downloaded file's name (ASCII, see page/file-names.ts). */
  fileStem: string;
  /** The extension page that makes it: from a portal row, or from the history on records.html. */
  page: 'letter.html' | 'supplement.html' | 'records.html';
}

const spec = <S extends z.ZodType>(
  schema: S,
  tags: (data: z.infer<S>) => object,
  fileStem: string,
  page: KindSpec<S>['page'],
): KindSpec<S> => ({ schema, tags, fileStem, page });

export const DOCUMENT_KINDS = {
  'apology-letter': spec(ApologyLetterDataSchema, (data) => apologyLetterTags({ ...data, regime: '2018' }), 'Phieu-xin-loi', 'letter.html'),
  'apology-letter-2025': spec(ApologyLetterDataSchema, (data) => apologyLetterTags({ ...data, regime: '2025' }), 'Phieu-xin-loi', 'letter.html'),
  'monthly-report': spec(MonthlyReportDataSchema, monthlyReportTags, 'Bao-cao-ho-so-tra-lai-tre-han', 'records.html'),
  explanation: spec(ExplanationDataSchema, explanationTags, 'Giai-trinh', 'records.html'),
  'supplement-request': spec(SupplementRequestDataSchema, supplementRequestTags, 'Phieu-yeu-cau-bo-sung', 'supplement.html'),
} satisfies Record<TemplateKind, KindSpec<z.ZodType>>;

export function isTemplateKind(kind: string): kind is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(kind);
}

/** The tag values of `input` for a kind's template (the apology kinds force their own regime). */
export function tagsFor(kind: TemplateKind, input: unknown): object {
  const entry: KindSpec<z.ZodType> = DOCUMENT_KINDS[kind];
  return entry.tags(parseData(entry.schema, input));
}

/** A document of any kind from its data; validated first (a DocsError names what is wrong). */
export function renderKind(kind: TemplateKind, data: unknown, template?: TemplateBytes): Uint8Array {
  return renderDocx(template ?? defaultTemplate(kind), tagsFor(kind, data));
}
