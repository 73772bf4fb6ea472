/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each exports a default async function returning
 * Figures) and prints each figure beside its same-run baseline. Exit code is 0 whatever the timings.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { Figure } from './figure';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<Figure[]> };
  console.log(`\n# ${file.replace('.bench.ts', '')}`);
  try {
    for (const f of await mod.default()) {
      const base = f.baseline
        ? `  | baseline ${f.baseline.name}: ${fmt(f.baseline.value)} ${f.unit}  (ratio ${fmt(f.value / f.baseline.value)}×)`
        : '';
      const target = f.target ? `  | target ${f.target}` : '';
      console.log(`${f.name}: ${fmt(f.value)} ${f.unit}${base}${target}`);
    }
  } catch (error) {
    console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
