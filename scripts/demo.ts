/**
 * `npm run demo`: checks the system packages (scripts/system-packages.ts), builds, then the built extension in Chromium on the demo portal, served for a real portal URL,
 * with the as-of time pinned to the fixtures' date (2022-05-20 08:00). With a display it opens a
 * window and waits until you close it; without one it runs headless, writes a screenshot of each
 * flagged portal variant and a sample apology letter (.docx, and its first page as PNG when
 * LibreOffice is installed), and prints where.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_ORIGIN, FIXTURES_AS_OF, launch, setSettings } from './chromium';
import { DEMO_AGENCY, DEMO_PAGES } from './demo-pages';
import { DEMO_PACKAGES, requireSystemPackages } from './system-packages';

requireSystemPackages(DEMO_PACKAGES, 'npm run demo');
// Built after the packages are checked, so a newcomer hears what is missing before a build's wait.
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = resolve('out/demo');

const session = await launch({ headless });
// The demo office works on the demo portal and has ticked it in the report (a built-in host counts only
// once the office says so: lib/history/portals.ts).
await setSettings(session, { asOf: FIXTURES_AS_OF, agency: DEMO_AGENCY, countedPortals: { added: [DEMO_ORIGIN], removed: [] } });
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
  await page.screenshot({ path: file });
  const flagged = await page.locator('[data-nhachan-status]').count();
  written.push(`${file}  (${demo.title}: ${flagged} rows flagged)`);
}

// One click on an overdue row's badge: the letter form, then the .docx.
await page.goto(`${DEMO_ORIGIN}${DEMO_PAGES[0].path}`);
const badge = page.locator('[data-nhachan-status="overdue"] [data-nhachan-badge] [role="button"]').last();
const [letter] = await Promise.all([session.context.waitForEvent('page'), badge.click()]);
await letter.waitForLoadState('domcontentloaded');
await letter.getByLabel('Lý do chậm trễ').fill('Cần kiểm tra hiện trạng công trình tại thực địa và lấy ý kiến của cơ quan quản lý đường bộ.');
await letter.waitForTimeout(300);
const form = resolve(outDir, 'letter-form.png');
await letter.screenshot({ path: form, fullPage: true });
written.push(`${form}  (the letter form, prefilled from the row)`);
const [download] = await Promise.all([letter.waitForEvent('download'), letter.getByRole('button', { name: 'Tải xuống .docx' }).click()]);
const docx = resolve(outDir, download.suggestedFilename());
await download.saveAs(docx);
written.push(`${docx}  (the apology letter)`);
await session.close();

if (existsSync('/usr/bin/soffice') && existsSync('/usr/bin/pdftoppm')) {
  const work = mkdtempSync(join(tmpdir(), 'nhac-han-demo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
  const pdf = join(work, download.suggestedFilename().replace(/\.docx$/, '.pdf'));
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(work, 'letter')]);
  const png = resolve(outDir, 'letter-page1.png');
  copyFileSync(join(work, 'letter.png'), png);
  written.push(`${png}  (page 1 of the letter, rendered by LibreOffice)`);
}

console.log(`\nDemo output (as of ${FIXTURES_AS_OF}) in ${outDir}:`);
for (const line of written) console.log(`  ${line}`);
