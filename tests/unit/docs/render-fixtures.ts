/** Renders each kind's sample data with the committed default templates, once per test file. */
import { installNodeDefaultTemplates } from '../../../lib/docs/default-templates';
import { tagsFor } from '../../../lib/docs/kinds';
import { renderDocx } from '../../../lib/docs/render-docx';
import { sampleData } from '../../../lib/docs/sample-data';
import { TEMPLATE_KINDS, defaultTemplate, type TemplateKind } from '../../../lib/docs/template-kinds';

installNodeDefaultTemplates();

export function renderSample(kind: TemplateKind): Uint8Array {
  return renderDocx(defaultTemplate(kind), tagsFor(kind, sampleData(kind)));
}

export const SAMPLES: ReadonlyArray<readonly [TemplateKind, Uint8Array]> = TEMPLATE_KINDS.map(
  (kind) => [kind, renderSample(kind)] as const,
);
