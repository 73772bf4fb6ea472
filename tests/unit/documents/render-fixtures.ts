/** Renders each kind's sample data with the committed default templates, once per test file. */
import { installNodeDefaultTemplates } from '../../../lib/documents/templates/defaults-node';
import { tagsFor } from '../../../lib/documents/kinds';
import { renderDocx } from '../../../lib/documents/render-docx';
import { sampleData } from '../../../lib/documents/templates/sample-data';
import { TEMPLATE_KINDS, defaultTemplate, type TemplateKind } from '../../../lib/documents/templates/defaults';

installNodeDefaultTemplates();

export function renderSample(kind: TemplateKind): Uint8Array {
  return renderDocx(defaultTemplate(kind), tagsFor(kind, sampleData(kind)));
}

export const SAMPLES: ReadonlyArray<readonly [TemplateKind, Uint8Array]> = TEMPLATE_KINDS.map(
  (kind) => [kind, renderSample(kind)] as const,
);
