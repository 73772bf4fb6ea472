/**
 * The extension's icons at every size the manifest and the toolbar use (16, 32, 48, 128 px), drawn
 * from assets/icon.svg by the system Chromium, so they are reproducible: `npx tsx scripts/build-icons.ts`.
 * WXT puts public/icon/<size>.png into the manifest's `icons` and `action.default_icon`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launch } from './chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
const session = await launch({ extension: false, serveDemo: false });
const page = await session.context.newPage();
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icon/${size}.png`);
}
await session.close();
