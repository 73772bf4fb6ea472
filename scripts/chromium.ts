/**
 * Launches the system Chromium with the built extension loaded, and serves the demo portal for a
 * real portal URL so the manifest's own `matches` apply (no test-only host exception).
 * Shared by `npm run demo`, the browser tests and the Chromium benchmarks.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { handleDemoRequest } from './demo-server';
import { DEMO_PACKAGES, requireSystemPackages } from './system-packages';

/** A real one-stop host pattern from the manifest (`https://*.motcua.vnpt.vn/*`, docs/portal-reference.md S5). */
export const DEMO_ORIGIN = 'https://gialai.motcua.vnpt.vn';
/** The unpacked build under test; NHACHAN_EXTENSION_DIR points at another build (a copy, an older release). */
export const EXTENSION_DIR = resolve(process.env.NHACHAN_EXTENSION_DIR ?? '.output/chrome-mv3');
const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Finds Chromium, installing Debian's package first when it can (scripts/system-packages.ts). */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  requireSystemPackages(DEMO_PACKAGES, 'The browser harness');
  const installed = findChromium();
  if (installed) return installed;
  throw new Error('Chromium is installed but not at a known path; set CHROMIUM_PATH to its binary.');
}

export interface Session {
  context: BrowserContext;
  extensionId?: string;
  worker?: Worker;
  userDataDir: string;
  /** Every request the browser made, in order, for the privacy checks. */
  requests: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  extension?: boolean;
  headless?: boolean;
  userDataDir?: string;
  /** Serve the demo portal for DEMO_ORIGIN (default true). */
  serveDemo?: boolean;
  /** Further origins that serve the demo portal too (a portal the officer enables by hand). */
  extraOrigins?: string[];
  /** An X display for a headed browser (a test that must answer the browser's own dialogs). */
  display?: string;
  /** Keep the welcome page a fresh profile opens on install (closed otherwise, so it is no test's page). */
  keepWelcome?: boolean;
  /** The browser's language (default Vietnamese); tests of locale-independent entry use 'en-US'. */
  locale?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const { extension = true, serveDemo = true, display, locale = 'vi-VN' } = options;
  const headless = display ? false : (options.headless ?? true);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'nhac-han-profile-'));
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}); run "npx wxt build" first.`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale.split('-')[0]}`,
  ];
  if (headless) args.unshift('--headless=new');
  if (extension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: false, // headless mode is chosen by --headless=new above: old headless cannot load extensions
    args,
    viewport: { width: 1366, height: 800 },
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  if (extension && !options.keepWelcome) {
    context.on('page', (page) => {
      // A page closed before it loaded rejects here: that is not the welcome page, nothing to do.
      page
        .waitForLoadState('domcontentloaded')
        .then(() => (page.url().endsWith('/welcome.html') ? page.close() : undefined))
        .catch(() => undefined);
    });
  }
  if (serveDemo) {
    for (const origin of [DEMO_ORIGIN, ...(options.extraOrigins ?? [])]) {
      await context.route(`${origin}/**`, async (route) => {
        const response = await handleDemoRequest(new URL(route.request().url()));
        await route.fulfill({ status: response.status, headers: response.headers, body: response.body });
      });
    }
  }
  let worker: Worker | undefined;
  if (extension) {
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    requests,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Writes settings as the options page would (the background layers and validates them). */
export async function setSettings(session: Session, settings: Record<string, unknown>): Promise<void> {
  if (!session.worker) throw new Error('no extension service worker');
  await session.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: value });
  }, settings);
}

export const FIXTURES_AS_OF = '2022-05-20T08:00';
