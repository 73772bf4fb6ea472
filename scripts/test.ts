/**
 * `npm test`: the whole proof, in the order a failure is cheapest to read.
 * 1. typecheck; 2. unit tests under three time zones (a deadline must not move with the machine's
 * zone); 3. the Chromium and Firefox builds and zips; 4. browser tests in the system Chromium with the
 * built extension. Prints one closing line "Tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join('out', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failedSteps.push(label);
  return r.status === 0;
}

function vitest(label: string, file: string, args: string[], env: Record<string, string> = {}): void {
  const out = join(results, `${file}.json`);
  run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } catch {
    failed += 1; // the runner died before writing its report: count it, never hide it
  }
}

run('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
for (const tz of ['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles']) {
  vitest(`unit tests, TZ=${tz}`, `unit-${tz.replace('/', '-')}`, [], { TZ: tz });
}
const built = run('build Chromium MV3 + Firefox, and zip both', 'npm', ['run', '--silent', 'zip']);
if (built) vitest('browser tests (system Chromium + built extension)', 'browser', ['-c', 'vitest.browser.config.ts']);
else failed += 1;

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
