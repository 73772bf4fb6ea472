/**
 * `npm test`: the whole proof, in the order a failure is cheapest to read.
 * 0. the system packages the tests need (installed when root with apt-get, else the one command to
 *    run is printed and the run stops failed); 1. typecheck; 2. unit tests under three time zones (a
 *    deadline must not move with the machine's zone); 3. the Chromium and Firefox builds and zips;
 *    4. browser tests in the system Chromium with the built extension.
 * Prints one closing line "Tests: N passed, N failed" where every failed test, every test file or
 * suite that failed on its own, and every failed step counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureSystemPackages, TEST_PACKAGES } from './system-packages';
import type { Counts } from './vitest-counts';

let passed = 0;
let failed = 0;
const failures: string[] = [];

function close(): never {
  if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

console.log('▶ system packages (Debian/Ubuntu)');
const system = ensureSystemPackages(TEST_PACKAGES);
if (!system.ok) {
  console.error(`\nThe tests need system packages that are missing: ${system.missing.join(', ')}. Run:\n\n  ${system.command}\n`);
  failed += 1;
  failures.push('system packages');
  close();
}

const results = join('out', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** A step outside the test runner: a failure counts once. */
function step(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const ok = spawnSync(command, args, { stdio: 'inherit' }).status === 0;
  if (!ok) {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

/** A vitest run: its tests and broken suites count; a run that fails without counting any counts once. */
function vitest(label: string, file: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`\n▶ ${label}`);
  const countsFile = resolve(results, `${file}.json`);
  const r = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=./scripts/vitest-counts.ts'], {
    stdio: 'inherit',
    env: { ...process.env, ...env, NHACHAN_COUNTS_FILE: countsFile },
  });
  let counts: Counts | undefined;
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8')) as Counts;
  } catch {
    counts = undefined; // the runner died before reporting: counted below
  }
  passed += counts?.passed ?? 0;
  failed += counts?.failed ?? 0;
  for (const suite of counts?.brokenSuites ?? []) failures.push(`${label}: ${suite}`);
  if (r.status !== 0 && (counts === undefined || counts.failed === 0)) {
    failed += 1;
    failures.push(`${label} (exit ${r.status ?? r.signal})`);
  }
}

step('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
for (const tz of ['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles']) {
  vitest(`unit tests, TZ=${tz}`, `unit-${tz.replace('/', '-')}`, [], { TZ: tz });
}
if (step('build Chromium MV3 + Firefox, and zip both', 'npm', ['run', '--silent', 'zip'])) {
  vitest('browser tests (system Chromium + built extension)', 'browser', ['-c', 'vitest.browser.config.ts']);
} else {
  failed += 1;
  failures.push('browser tests (not run: no build)');
}
close();
