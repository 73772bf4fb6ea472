/**
 * `npx tsx scripts/build-templates.ts`: writes templates/<kind>.docx from the code in
 * templates/src. The output is byte-for-byte reproducible; tests/unit/docs checks that the committed
 * files match a fresh build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_KINDS, templateFileName } from '../lib/docs/template-kinds';
import { TEMPLATES_DIR } from '../lib/docs/default-templates';
import { buildTemplate } from '../templates/src/index';

for (const kind of TEMPLATE_KINDS) {
  const bytes = buildTemplate(kind);
  writeFileSync(join(TEMPLATES_DIR, templateFileName(kind)), bytes);
  console.log(`${templateFileName(kind)}: ${bytes.length} bytes`);
}
