/**
 * The Debian/Ubuntu packages `npm run demo` and `npm test` need, checked before anything runs and
 * installed only when missing, so an installed machine pays one `dpkg-query` and nothing else.
 * As root with apt-get it installs them; otherwise it prints the one command to run and the caller
 * stops with a failing exit. No tool here downloads its own browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface SystemPackage {
  /** Debian package name. */
  name: string;
  /** Why the project needs it (printed with the install command). */
  why: string;
  /** A program it provides: the check on a machine without dpkg. */
  command?: string;
  /** Installed without recommended packages (LibreOffice would otherwise pull in a desktop). */
  noRecommends?: boolean;
}

/** What the demo needs: the browser, and Times New Roman's metric twin with Vietnamese glyphs. */
export const DEMO_PACKAGES: readonly SystemPackage[] = [
  { name: 'chromium', why: 'the browser the extension is tested and demonstrated in', command: 'chromium' },
  { name: 'fonts-liberation2', why: 'Vietnamese glyphs in Times New Roman’s metric twin' },
];

/** What `npm test` needs on top of the demo's packages. */
export const TEST_PACKAGES: readonly SystemPackage[] = [
  ...DEMO_PACKAGES,
  { name: 'fonts-liberation', why: 'Arial’s metric twin in the rendered documents' },
  { name: 'fonts-dejavu-core', why: 'the fallback font LibreOffice and Chromium render with' },
  { name: 'poppler-utils', why: 'pdftotext/pdftoppm read the rendered documents back', command: 'pdftotext' },
  { name: 'xvfb', why: 'a display for the test that answers the browser’s own permission prompt', command: 'Xvfb' },
  { name: 'xdotool', why: 'clicks that permission prompt', command: 'xdotool' },
  { name: 'libreoffice-writer-nogui', why: 'renders the .docx documents', command: 'soffice', noRecommends: true },
  { name: 'libreoffice-calc-nogui', why: 'opens the Excel exports to compare their cells', noRecommends: true },
];

export type Probe = (pkg: SystemPackage) => boolean;

/** dpkg's own word where there is dpkg; elsewhere whether the package's program is on the PATH. */
export function defaultProbe(): Probe {
  const hasDpkg = spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status === 0;
  if (hasDpkg) {
    return (pkg) => {
      const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg.name], { encoding: 'utf8' });
      return r.status === 0 && r.stdout.trim().endsWith(' installed');
    };
  }
  return (pkg) => pkg.command === undefined || spawnSync('sh', ['-c', `command -v ${pkg.command}`], { stdio: 'ignore' }).status === 0;
}

export function missingPackages(packages: readonly SystemPackage[], probe: Probe): SystemPackage[] {
  return packages.filter((pkg) => !probe(pkg));
}

/** The one command a person runs to install `missing` (recommends kept off where the project keeps them off). */
export function installCommand(missing: readonly SystemPackage[], asRoot: boolean): string {
  const sudo = asRoot ? '' : 'sudo ';
  const plain = missing.filter((p) => !p.noRecommends).map((p) => p.name);
  const lean = missing.filter((p) => p.noRecommends).map((p) => p.name);
  const parts = [`${sudo}apt-get update`];
  if (plain.length > 0) parts.push(`${sudo}apt-get install -y ${plain.join(' ')}`);
  if (lean.length > 0) parts.push(`${sudo}apt-get install -y --no-install-recommends ${lean.join(' ')}`);
  return parts.join(' && ');
}

export type EnsureResult = { ok: true; installed: string[] } | { ok: false; command: string; missing: string[] };

/**
 * Installs what is missing of `packages` when it can (root, apt-get on the PATH), else returns the
 * command to run. `probe` is injectable so the decision is tested without touching the machine.
 */
export function ensureSystemPackages(packages: readonly SystemPackage[], probe: Probe = defaultProbe()): EnsureResult {
  const missing = missingPackages(packages, probe);
  if (missing.length === 0) return { ok: true, installed: [] };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  const names = missing.map((p) => p.name);
  if (!isRoot || !hasApt) return { ok: false, command: installCommand(missing, false), missing: names };
  console.log(`Installing the missing system packages: ${names.join(', ')}`);
  for (const pkg of missing) console.log(`  ${pkg.name}: ${pkg.why}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const plain = missing.filter((p) => !p.noRecommends).map((p) => p.name);
  const lean = missing.filter((p) => p.noRecommends).map((p) => p.name);
  if (plain.length > 0) execFileSync('apt-get', ['install', '-y', '-qq', ...plain], { stdio: 'inherit', env });
  if (lean.length > 0) execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lean], { stdio: 'inherit', env });
  const still = missingPackages(missing, probe).map((p) => p.name);
  if (still.length > 0) return { ok: false, command: installCommand(missing, true), missing: still };
  return { ok: true, installed: names };
}

/** For the scripts: ensure `packages`, or print the one command to run and exit with failure. */
export function requireSystemPackages(packages: readonly SystemPackage[], what: string): void {
  const result = ensureSystemPackages(packages);
  if (result.ok) return;
  console.error(`\n${what} needs system packages that are missing: ${result.missing.join(', ')}. Run:\n\n  ${result.command}\n`);
  process.exit(1);
}
