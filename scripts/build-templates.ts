/**
 * `npx tsx scripts/build-templates.ts`: writes templates/<kind>.docx from the code in
 * templates/src. The output is byte-for-byte reproducible; tests/unit/documents checks that the committed
 * files match a fresh build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_KINDS, templateFileName } from '../lib/documents/templates/defaults';
import { TEMPLATES_DIR } from '../lib/documents/templates/defaults-node';
import { buildTemplate } from '../templates/src/index';

for (const kind of TEMPLATE_KINDS) {
  const bytes = buildTemplate(kind);
  writeFileSync(join(TEMPLATES_DIR, templateFileName(kind)), bytes);
  console.log(`${templateFileName(kind)}: ${bytes.length} bytes`);
}
