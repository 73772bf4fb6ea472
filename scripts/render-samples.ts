/**
 * `npx tsx scripts/render-samples.ts`: renders every kind with its sample data, converts the
 * documents with LibreOffice and writes page 1 of each to docs/img/<kind>.png (60 dpi, small).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installNodeDefaultTemplates } from '../lib/documents/templates/defaults-node';
import { tagsFor } from '../lib/documents/kinds';
import { renderDocx } from '../lib/documents/render-docx';
import { sampleData } from '../lib/documents/templates/sample-data';
import { TEMPLATE_KINDS, defaultTemplate } from '../lib/documents/templates/defaults';
import { convertToPdf, firstPagePng } from './libreoffice';

const imgDir = fileURLToPath(new URL('../docs/img/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'nhac-han-samples-'));
mkdirSync(imgDir, { recursive: true });
installNodeDefaultTemplates();

const docs = TEMPLATE_KINDS.map((kind) => {
  const path = join(work, `${kind}.docx`);
  writeFileSync(path, renderDocx(defaultTemplate(kind), tagsFor(kind, sampleData(kind))));
  return path;
});
const pdfs = convertToPdf(docs, work);
TEMPLATE_KINDS.forEach((kind, i) => {
  firstPagePng(pdfs[i]!, join(imgDir, `${kind}.png`));
  console.log(`docs/img/${kind}.png (from ${pdfs[i]})`);
});
