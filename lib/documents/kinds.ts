/**
 * Each template kind with its data schema and tag builder, so code that handles "any kind"
 * (template validation, previews, the golden tests) dispatches in one place.
 */
import type { z } from 'zod';
import { ApologyLetterDataSchema, apologyLetterTags } from './apology-letter';
import { ExplanationDataSchema, explanationTags } from './explanation';
import { MonthlyReportDataSchema, monthlyReportTags } from './monthly-report';
import { parseData } from './parse-data';
import { SupplementRequestDataSchema, supplementRequestTags } from './supplement-request';
import type { TemplateKind } from './templates/defaults';

interface KindSpec<S extends z.ZodType> {
  schema: S;
  // Method syntax on purpose: its parameter is bivariant, so every kind fits KindSpec<z.ZodType>.
  tags(data: z.infer<S>): object;
}

const spec = <S extends z.ZodType>(schema: S, tags: (data: z.infer<S>) => object): KindSpec<S> => ({ schema, tags });

const KINDS = {
  'apology-letter': spec(ApologyLetterDataSchema, (data) => apologyLetterTags({ ...data, regime: '2018' })),
  'apology-letter-2025': spec(ApologyLetterDataSchema, (data) => apologyLetterTags({ ...data, regime: '2025' })),
  'monthly-report': spec(MonthlyReportDataSchema, monthlyReportTags),
  explanation: spec(ExplanationDataSchema, explanationTags),
  'supplement-request': spec(SupplementRequestDataSchema, supplementRequestTags),
} satisfies Record<TemplateKind, KindSpec<z.ZodType>>;

/** The tag values of `input` for a kind's template (the apology kinds force their own regime). */
export function tagsFor(kind: TemplateKind, input: unknown): object {
  const entry: KindSpec<z.ZodType> = KINDS[kind];
  return entry.tags(parseData(entry.schema, input));
}
