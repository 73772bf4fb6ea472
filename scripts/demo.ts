/**
 * `npm run demo`: the built extension in Chromium on the demo portal, served for a real portal URL,
 * with the as-of time pinned to the fixtures' date (2022-05-20 08:00). With a display it opens a
 * window and waits until you close it; without one it runs headless and writes screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings } from './chromium';
import { DEMO_PAGES } from './demo-pages';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = resolve('out/demo');

const session = await launch({ headless });
await setSettings(session, { asOf: FIXTURES_AS_OF });
const page = await session.context.newPage();

if (!headless) {
  await page.goto(`${DEMO_ORIGIN}/fixtures/index.html`);
  console.log(`Demo portal open at ${DEMO_ORIGIN}/fixtures/index.html (served locally). Close the window to end.`);
  await new Promise<void>((done) => session.context.on('close', () => done()));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const written: string[] = [];
for (const demo of DEMO_PAGES) {
  await page.goto(`${DEMO_ORIGIN}${demo.path}`);
  await page.waitForSelector('[data-nhachan-status]', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  const file = resolve(outDir, `${demo.id}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const flagged = await page.locator('[data-nhachan-status]').count();
  written.push(`${file}  (${demo.title}: ${flagged} rows flagged)`);
}
await session.close();
console.log(`\nDemo screenshots (as of ${FIXTURES_AS_OF}) written to ${outDir}:`);
for (const line of written) console.log(`  ${line}`);
